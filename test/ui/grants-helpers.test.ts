import { describe, expect, it } from 'vitest';
import { createSubmissionKeyHolder, IDEMPOTENCY_KEY_PATTERN, mintIdempotencyKey } from '../../renderer/src/grants/idempotency';
import { instalmentTotals, splitEvenly } from '../../renderer/src/grants/instalments';
import { paymentPeople } from '../../renderer/src/grants/payment-people';

describe('idempotency key holder', () => {
  it('mints one key when the form opens and keeps it for every retry', () => {
    let minted = 0;
    const holder = createSubmissionKeyHolder(() => `key-${++minted}-0123456789abcdef`);
    const key = holder.key;
    expect(minted).toBe(1);
    expect(holder.begin()).toBe(true);
    holder.end(); // refused: the form stays open with the same key
    expect(holder.begin()).toBe(true);
    holder.end();
    expect(holder.key).toBe(key);
    expect(minted).toBe(1);
  });

  it('refuses a second attempt while one is in flight (a double click)', () => {
    const holder = createSubmissionKeyHolder(() => 'abcdefghijklmnopqrstuvwxyz');
    expect(holder.begin()).toBe(true);
    expect(holder.busy).toBe(true);
    expect(holder.begin()).toBe(false);
    holder.end();
    expect(holder.busy).toBe(false);
    expect(holder.begin()).toBe(true);
  });

  it('uses crypto.randomUUID, falls back to random bytes, and only makes keys the server accepts', () => {
    expect(mintIdempotencyKey({ randomUUID: () => '3b241101-e2bb-4255-8caf-4136c566a962' })).toBe('3b241101-e2bb-4255-8caf-4136c566a962');
    const fallback = mintIdempotencyKey({ getRandomValues: <T extends Uint8Array>(a: T) => a.fill(171) });
    expect(fallback).toBe('ab'.repeat(16));
    expect(IDEMPOTENCY_KEY_PATTERN.test(mintIdempotencyKey())).toBe(true);
    expect(mintIdempotencyKey()).not.toBe(mintIdempotencyKey());
    expect(() => mintIdempotencyKey({})).toThrow(/cannot submit payments safely/);
    expect(() => createSubmissionKeyHolder(() => 'short')).toThrow(/not in the form/);
    expect(() => createSubmissionKeyHolder(() => 'has spaces in it, no good')).toThrow();
  });
});

describe('instalment totals', () => {
  it('compares the schedule with the award in exact pence', () => {
    expect(instalmentTotals('0.30', [{ amount: '0.10' }, { amount: '0.20' }])).toMatchObject({ awardPence: 30, scheduledPence: 30, differencePence: 0, status: 'match' });
    expect(instalmentTotals('1,500', [{ amount: '1,000' }]).message).toBe('The instalments add up to £1,000.00: £500.00 less than the award of £1,500.00.');
    expect(instalmentTotals('1,500', [{ amount: '1,000' }, { amount: '600' }])).toMatchObject({ status: 'over', differencePence: -10_000 });
    expect(instalmentTotals('1500', [{ amount: '750' }, { amount: '750.00' }]).message).toBe('The instalments add up to £1,500.00, matching the award of £1,500.00.');
  });

  it('says which instalments cannot be read, and waits for the award amount', () => {
    const totals = instalmentTotals('', [{ amount: '10' }, { amount: '' }, { amount: '1.234' }]);
    expect(totals).toMatchObject({ awardPence: null, scheduledPence: 1000, unreadable: [2, 3], differencePence: null, status: 'unknown' });
    expect(totals.message).toBe('The instalments add up to £10.00. Enter the award amount to compare. Instalments 2 and 3 have no amount that can be read yet.');
    expect(instalmentTotals('10', [{ amount: 'ten' }]).message).toContain('Instalment 1 has no amount that can be read yet.');
    expect(instalmentTotals('10', []).status).toBe('short');
  });

  it('splits an award evenly with the odd pennies first', () => {
    expect(splitEvenly(150_000, 2)).toEqual([75_000, 75_000]);
    expect(splitEvenly(100, 3)).toEqual([34, 33, 33]);
    expect(splitEvenly(1_283_500, 3).reduce((a, b) => a + b, 0)).toBe(1_283_500);
    expect(splitEvenly(100, 0)).toEqual([]);
    expect(splitEvenly(0.5, 2)).toEqual([]);
  });
});

describe('who acted on each payment', () => {
  it('reads the recorder, approver, releaser and reversal from the ledger', () => {
    const people = paymentPeople([
      { id: 7, type: 'payment', paymentId: null, by: 'finance', date: '2026-01-09', reason: '' },
      { id: 8, type: 'approval', paymentId: 7, by: 'approver', date: '2026-01-13', reason: '' },
      { id: 9, type: 'release', paymentId: 7, by: 'approver', date: '2026-01-14', reason: '' },
      { id: 10, type: 'reversal', paymentId: 7, by: 'finance', date: '2026-01-15', reason: 'Wrong amount' },
      { id: 11, type: 'payment', paymentId: null, by: 'finance', date: '2026-02-01', reason: '' },
      { id: 12, type: 'clawback', paymentId: null, by: 'finance', date: '2026-03-01', reason: 'Underspend' },
    ]);
    expect(people.get(7)).toEqual({
      recordedBy: 'finance',
      approvedBy: 'approver',
      approvedOn: '2026-01-13',
      releasedBy: 'approver',
      releasedOn: '2026-01-14',
      reversedBy: 'finance',
      reversedOn: '2026-01-15',
      reversalReason: 'Wrong amount',
    });
    expect(people.get(11)).toMatchObject({ recordedBy: 'finance', approvedBy: null, releasedBy: null });
    expect(people.has(12)).toBe(false);
  });
});
