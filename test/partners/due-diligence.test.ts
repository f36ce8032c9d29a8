import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertDueDiligenceValid, dueDiligenceStatus } from '../../core/partners/service';
import { formatDay, londonToday } from '../../core/partners/due-diligence';
import { testWorkspace, type TestWorkspace } from '../helpers/workspace';
import { partnerInput, refusal, snapshot } from './partner-input';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await testWorkspace();
});
afterEach(() => ws.close());

const check = (partnerId: number, overrides: Record<string, unknown> = {}) => ({
  partnerId,
  checks: ['governing_document', 'accounts', 'safeguarding_policy'] as ('governing_document' | 'accounts' | 'safeguarding_policy' | 'insurance')[],
  checkedBy: 'Grants officer',
  checkedOn: '2026-03-03',
  expiresOn: '2027-03-03',
  notes: '',
  ...overrides,
});

async function kitchen() {
  const finance = await ws.as('finance_officer');
  const { partner } = await finance.partners.create(partnerInput());
  return { finance, partnerId: partner.id };
}

describe('due diligence', () => {
  it('is missing until recorded; the awards gate names the partner', async () => {
    const { finance, partnerId } = await kitchen();
    expect(await dueDiligenceStatus(ws.db, partnerId, '2026-06-01')).toEqual({ status: 'missing', expiresOn: null, checkedOn: null });
    expect(await finance.partners.dueDiligence({ partnerId })).toMatchObject({ status: 'missing' });
    const missing = await refusal(assertDueDiligenceValid(ws.db, partnerId, '2026-06-01'));
    expect(missing.code).toBe('BAD_REQUEST');
    expect(missing.message).toBe('No due diligence has been recorded for Pennine Fold Community Kitchen: record a check before making an award');
    expect(missing.fieldErrors).toEqual({ partnerId: [missing.message] });
    expect((await refusal(assertDueDiligenceValid(ws.db, 999, '2026-06-01'))).code).toBe('NOT_FOUND');
  });

  it('is valid until the expiry date and expired from that day, with the date in the message', async () => {
    const { finance, partnerId } = await kitchen();
    const { record, status } = await finance.partners.recordDueDiligence(check(partnerId, { checkedOn: '2025-03-03', expiresOn: '2026-03-03', checks: ['insurance', 'accounts'] }));
    expect(record).toMatchObject({ partnerId, checks: ['accounts', 'insurance'], checkedBy: 'Grants officer', expiresOn: '2026-03-03', recordedBy: expect.any(Number) });
    expect(status.expiresOn).toBe('2026-03-03');
    expect(await dueDiligenceStatus(ws.db, partnerId, '2026-03-02')).toEqual({ status: 'valid', expiresOn: '2026-03-03', checkedOn: '2025-03-03' });
    await expect(assertDueDiligenceValid(ws.db, partnerId, '2026-03-02')).resolves.toBeUndefined();
    expect(await dueDiligenceStatus(ws.db, partnerId, '2026-03-03')).toMatchObject({ status: 'expired' });
    const expired = await refusal(assertDueDiligenceValid(ws.db, partnerId, '2026-04-10'));
    expect(expired.code).toBe('BAD_REQUEST');
    expect(expired.message).toBe('Due diligence for Pennine Fold Community Kitchen expired on 3 Mar 2026: record a new check before making an award');
  });

  it('takes the latest check by date; a same-day correction wins; an older check recorded later does not', async () => {
    const { finance, partnerId } = await kitchen();
    await finance.partners.recordDueDiligence(check(partnerId, { checkedOn: '2025-05-01', expiresOn: '2026-05-01' }));
    await finance.partners.recordDueDiligence(check(partnerId, { checkedOn: '2025-05-01', expiresOn: '2026-04-01', notes: 'Insurance ends sooner' }));
    await finance.partners.recordDueDiligence(check(partnerId, { checkedOn: '2024-05-01', expiresOn: '2030-05-01', notes: 'Backfilled' }));
    expect(await dueDiligenceStatus(ws.db, partnerId, '2026-04-15')).toEqual({ status: 'expired', expiresOn: '2026-04-01', checkedOn: '2025-05-01' });
    const detail = await finance.partners.get({ id: partnerId });
    expect(detail.dueDiligenceHistory.map((r) => r.notes)).toEqual(['Insurance ends sooner', '', 'Backfilled']);
  });

  it('shows current standing in the list, detail and query', async () => {
    const { finance, partnerId } = await kitchen();
    const other = (await finance.partners.create(partnerInput({ name: 'Fernhollow Pathways', charityNumber: '1090096' }))).partner.id;
    await finance.partners.recordDueDiligence(check(partnerId, { checkedOn: '2025-01-01', expiresOn: '2099-01-01' }));
    await finance.partners.recordDueDiligence(check(other, { checkedOn: '2024-01-01', expiresOn: '2025-01-01' }));
    const leader = await ws.as('leader');
    expect((await leader.partners.list({})).rows.map((r) => [r.name, r.dueDiligence.status, r.dueDiligence.expiresOn])).toEqual([
      ['Fernhollow Pathways', 'expired', '2025-01-01'],
      ['Pennine Fold Community Kitchen', 'valid', '2099-01-01'],
    ]);
    expect((await leader.partners.list({ dueDiligence: 'expired' })).rows.map((r) => r.id)).toEqual([other]);
    expect((await leader.partners.get({ id: partnerId })).dueDiligence).toEqual({ status: 'valid', expiresOn: '2099-01-01', checkedOn: '2025-01-01' });
    expect(await leader.partners.dueDiligence({ partnerId: other })).toMatchObject({ status: 'expired' });
  });

  it('audits each check with the standing before and after', async () => {
    const { finance, partnerId } = await kitchen();
    await finance.partners.recordDueDiligence(check(partnerId, { checkedOn: '2025-01-01', expiresOn: '2099-01-01' }));
    const [entry] = await finance.partners.history({ id: partnerId });
    expect(entry).toMatchObject({
      action: 'partner.due_diligence',
      actorRole: 'finance_officer',
      before: { dueDiligence: { status: 'missing' } },
      after: { dueDiligence: { status: 'valid', expiresOn: '2099-01-01' }, record: { checkedBy: 'Grants officer' } },
    });
  });

  it('only finance officers and admins record it; nothing is written on any refusal', async () => {
    const { finance, partnerId } = await kitchen();
    const others = await Promise.all((['strategy_officer', 'leader', 'finance_approver'] as const).map((role) => ws.as(role)));
    const before = snapshot(ws);
    for (const caller of others) {
      expect((await refusal(caller.partners.recordDueDiligence(check(partnerId)))).code).toBe('FORBIDDEN');
    }
    const refusals = [
      [check(partnerId, { expiresOn: '2026-03-03' }), { expiresOn: ['The expiry date must be after the date of the check'] }],
      [check(partnerId, { checkedOn: '2099-01-01', expiresOn: '2100-01-01' }), { checkedOn: ['A check cannot be dated after today'] }],
      [check(partnerId, { checks: [] }), { checks: ['Tick at least one check'] }],
      [check(partnerId, { checks: ['accounts', 'accounts'] }), { checks: ['Tick each check once'] }],
      [check(partnerId, { checks: ['horoscope'] }), { 'checks.0': ['Choose checks from the list'] }],
      [check(partnerId, { checkedOn: '2026-02-30' }), { checkedOn: ['Enter a real date, written YYYY-MM-DD'] }],
      [check(999), { partnerId: ['That partner is not in the register'] }],
    ] as const;
    for (const [input, fieldErrors] of refusals) {
      const error = await refusal(finance.partners.recordDueDiligence(input as never));
      expect({ input, fieldErrors: error.fieldErrors }).toEqual({ input, fieldErrors });
    }
    expect(snapshot(ws)).toEqual(before);
    await finance.partners.archive({ id: partnerId });
    const archived = snapshot(ws);
    expect((await refusal(finance.partners.recordDueDiligence(check(partnerId)))).fieldErrors?.partnerId?.[0]).toMatch(/Restore this partner/);
    expect(snapshot(ws)).toEqual(archived);
    expect(archived.partner_due_diligence).toEqual([]);
  });

  it('cannot be changed or deleted once recorded (append-only)', async () => {
    const { finance, partnerId } = await kitchen();
    await finance.partners.recordDueDiligence(check(partnerId));
    expect(() => ws.sqlite.prepare("update partner_due_diligence set expires_on = '2099-01-01'").run()).toThrow();
    expect(() => ws.sqlite.prepare('delete from partner_due_diligence').run()).toThrow();
  });

  it('writes days the UK way and knows the UK date', () => {
    expect(formatDay('2026-03-03')).toBe('3 Mar 2026');
    expect(formatDay('2026-09-15')).toBe('15 Sep 2026');
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
