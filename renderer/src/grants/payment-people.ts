/** Who did what to each payment, read from the fund ledger (the award's payments carry only user ids). */
import type { LedgerEntry } from '../api/types';

export interface PaymentPeople {
  recordedBy: string | null;
  approvedBy: string | null;
  approvedOn: string | null;
  releasedBy: string | null;
  releasedOn: string | null;
  reversedBy: string | null;
  reversedOn: string | null;
  reversalReason: string | null;
}

const EMPTY: PaymentPeople = { recordedBy: null, approvedBy: null, approvedOn: null, releasedBy: null, releasedOn: null, reversedBy: null, reversedOn: null, reversalReason: null };

export function paymentPeople(ledger: ReadonlyArray<Pick<LedgerEntry, 'id' | 'type' | 'paymentId' | 'by' | 'date' | 'reason'>>): Map<number, PaymentPeople> {
  const people = new Map<number, PaymentPeople>();
  for (const entry of ledger) {
    // A payment entry is the payment itself; approvals, releases and reversals point at it.
    const paymentId = entry.type === 'payment' ? entry.id : entry.paymentId;
    if (paymentId === null) continue;
    const current = people.get(paymentId) ?? { ...EMPTY };
    if (entry.type === 'payment') current.recordedBy = entry.by;
    if (entry.type === 'approval') Object.assign(current, { approvedBy: entry.by, approvedOn: entry.date });
    if (entry.type === 'release') Object.assign(current, { releasedBy: entry.by, releasedOn: entry.date });
    if (entry.type === 'reversal') Object.assign(current, { reversedBy: entry.by, reversedOn: entry.date, reversalReason: entry.reason });
    people.set(paymentId, current);
  }
  return people;
}
