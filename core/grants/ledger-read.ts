import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { paymentStates } from './ledger-state';

/** The ledger of a fund in order, each entry with what it did to the released running total. */
export async function fundLedger(db: Kysely<DB>, fundId: number) {
  const entries = await db
    .selectFrom('ledger_entries as e')
    .innerJoin('awards as a', 'a.id', 'e.award_id')
    .innerJoin('partners as p', 'p.id', 'a.partner_id')
    .innerJoin('users as u', 'u.id', 'e.actor_user_id')
    .select(['e.id', 'e.entry_type', 'e.payment_id', 'e.gross_pence', 'e.fee_pence', 'e.net_pence', 'e.entry_date', 'e.reference', 'e.reason', 'e.recorded_at', 'a.reference as award_reference', 'a.id as award_id', 'p.name as partner_name', 'u.username'])
    .where('a.fund_id', '=', fundId)
    .orderBy('e.id')
    .execute();
  const paymentGross = new Map(entries.filter((e) => e.entry_type === 'payment').map((e) => [e.id, e.gross_pence]));
  const released = new Set<number>();
  let runningReleased = 0;
  return entries.map((e) => {
    let change = 0;
    if (e.entry_type === 'release' && e.payment_id !== null) {
      change = paymentGross.get(e.payment_id) ?? 0;
      released.add(e.payment_id);
    } else if (e.entry_type === 'reversal' && e.payment_id !== null && released.has(e.payment_id)) change = -e.gross_pence;
    else if (e.entry_type === 'clawback') change = -e.gross_pence;
    runningReleased += change;
    return {
      id: e.id,
      type: e.entry_type,
      paymentId: e.payment_id,
      awardId: e.award_id,
      awardReference: e.award_reference,
      partnerName: e.partner_name,
      grossPence: e.gross_pence,
      feePence: e.fee_pence,
      netPence: e.net_pence,
      date: e.entry_date,
      reference: e.reference,
      reason: e.reason,
      by: e.username,
      recordedAt: e.recorded_at,
      releasedChangePence: change,
      runningReleasedPence: runningReleased,
    };
  });
}

/** Payments waiting for approval or release, marking the ones the viewer recorded (they cannot approve those). */
export async function approvalsQueue(db: Kysely<DB>, viewerUserId: number) {
  const payments = (await paymentStates(db)).filter((p) => p.stage === 'pending_approval' || p.stage === 'approved');
  if (!payments.length) return [];
  const awards = await db
    .selectFrom('awards')
    .innerJoin('partners', 'partners.id', 'awards.partner_id')
    .innerJoin('funds', 'funds.id', 'awards.fund_id')
    .select(['awards.id', 'awards.reference', 'partners.name', 'funds.code as fund_code'])
    .where('awards.id', 'in', [...new Set(payments.map((p) => p.awardId))])
    .execute();
  const users = await db.selectFrom('users').select(['id', 'username']).execute();
  return payments.map((p) => {
    const award = awards.find((a) => a.id === p.awardId)!;
    return {
      ...p,
      awardReference: award.reference,
      partnerName: award.name,
      fundCode: award.fund_code,
      recordedByUsername: users.find((u) => u.id === p.recordedBy)?.username ?? '?',
      recordedByViewer: p.recordedBy === viewerUserId,
    };
  });
}
