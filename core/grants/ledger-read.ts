import type { ExpressionBuilder, Kysely } from 'kysely';
import { pageOf, type Page } from '../shared/paging';
import type { ApprovalsInput, LedgerInput, ReturnedInput } from './schemas';
import type { DB } from '../../db/schema';

/**
 * A page of a fund's ledger (optionally one award's entries, or one type), each entry with what it did
 * to the fund's released running total and that total after it. The running total is a window sum
 * over the fund's own entries in order, so a page needs no earlier page; filters apply after it.
 */
export async function fundLedger(db: Kysely<DB>, input: LedgerInput): Promise<Page<LedgerRow>> {
  const change = (eb: ExpressionBuilder<any, any>) =>
    eb
      .case()
      .when('e.entry_type', '=', 'release')
      .then(eb.fn.coalesce('pay.gross_pence', eb.lit(0)))
      .when(
        eb.and([
          eb('e.entry_type', '=', 'reversal'),
          eb.exists(eb.selectFrom('ledger_entries as r').select('r.id').whereRef('r.payment_id', '=', 'e.payment_id').where('r.entry_type', '=', 'release').whereRef('r.id', '<', 'e.id')),
        ]),
      )
      .then(eb.neg(eb.ref('e.gross_pence')))
      .when('e.entry_type', '=', 'clawback')
      .then(eb.neg(eb.ref('e.gross_pence')))
      .else(eb.lit(0))
      .end();
  const fundEntries = db.selectFrom('ledger_entries as e').innerJoin('awards as a', 'a.id', 'e.award_id').where('a.fund_id', '=', input.fundId);
  const withRunning = fundEntries
    .leftJoin('ledger_entries as pay', 'pay.id', 'e.payment_id')
    .select(['e.id', 'e.entry_type', 'e.award_id'])
    .select((eb) => [change(eb).as('change'), eb.fn.sum<number>(change(eb)).over((ob) => ob.orderBy('e.id')).as('running')]);
  let page = db.selectFrom(withRunning.as('l'));
  let counting = fundEntries;
  if (input.awardId !== null) {
    page = page.where('l.award_id', '=', input.awardId);
    counting = counting.where('e.award_id', '=', input.awardId);
  }
  if (input.type !== null) {
    page = page.where('l.entry_type', '=', input.type);
    counting = counting.where('e.entry_type', '=', input.type);
  }
  const counted = await counting.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  // The page's ids with their running totals first; then the page's details, so joins touch 50 rows, not the fund.
  const slice = await page.select(['l.id', 'l.change', 'l.running']).orderBy('l.id', input.direction).limit(input.page.limit).offset(input.page.offset).execute();
  const details = slice.length
    ? await db
        .selectFrom('ledger_entries as e')
        .innerJoin('awards as a', 'a.id', 'e.award_id')
        .innerJoin('partners as p', 'p.id', 'a.partner_id')
        .innerJoin('users as u', 'u.id', 'e.actor_user_id')
        .leftJoin('ledger_returns as r', 'r.payment_id', 'e.id')
        .select(['r.return_date as returned_on', 'r.reason as returned_reason'])
        .select(['e.id', 'e.entry_type', 'e.payment_id', 'e.gross_pence', 'e.fee_pence', 'e.net_pence', 'e.entry_date', 'e.reference', 'e.reason', 'e.recorded_at', 'a.reference as award_reference', 'a.id as award_id', 'p.name as partner_name', 'u.username'])
        .where('e.id', 'in', slice.map((l) => l.id))
        .execute()
    : [];
  const byId = new Map(details.map((d) => [d.id, d]));
  const entries = slice.map((l) => ({ ...byId.get(l.id)!, change: l.change, running: l.running }));
  const rows = entries.map((e) => ({
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
    /** A payment an approver returned to its recorder: it never moved money. */
    returned: e.returned_on === null ? null : { date: e.returned_on, reason: e.returned_reason ?? '' },
    releasedChangePence: Number(e.change),
    runningReleasedPence: Number(e.running),
  }));
  return pageOf(rows, Number(counted.n), input.page);
}

export interface LedgerRow {
  id: number;
  type: 'payment' | 'approval' | 'release' | 'reversal' | 'clawback';
  paymentId: number | null;
  awardId: number;
  awardReference: string;
  partnerName: string;
  grossPence: number;
  feePence: number;
  netPence: number;
  date: string;
  reference: string;
  reason: string;
  by: string;
  recordedAt: string;
  returned: { date: string; reason: string } | null;
  releasedChangePence: number;
  runningReleasedPence: number;
}

/** One entry waiting for a finance approver: a payment (to approve or release), a reversal or a clawback (to approve). */
export interface QueueRow {
  kind: 'payment' | 'reversal' | 'clawback';
  /** The payment's ledger id, or the correction's id for a reversal or clawback. */
  id: number;
  awardId: number;
  awardReference: string;
  partnerName: string;
  fundCode: string;
  /** The payment reference; for a reversal, the reference of the payment it reverses. */
  reference: string;
  date: string;
  grossPence: number;
  stage: 'pending_approval' | 'approved';
  /** For a payment waiting for release: when it was approved. */
  approvedOn: string | null;
  reason: string;
  recordedBy: number;
  recordedByUsername: string;
  recordedByName: string;
  recordedByViewer: boolean;
}

/** An entry the viewer recorded that an approver sent back, with why. */
export interface ReturnedRow {
  kind: 'payment' | 'reversal' | 'clawback';
  id: number;
  awardId: number;
  awardReference: string;
  partnerName: string;
  reference: string;
  date: string;
  grossPence: number;
  returnedOn: string;
  returnedByName: string;
  reason: string;
}

/**
 * One list of what waits for a finance approver — payments to approve or release, reversals and
 * clawbacks to approve — with who recorded each (nobody may approve or release what they recorded).
 * Reads only the waiting entries (`ledger_waiting`, kept by triggers), never every payment's state. A payment whose
 * reversal waits for approval is left out: it is frozen until the reversal is decided.
 */
export async function approvalsQueue(db: Kysely<DB>, viewerUserId: number, input: ApprovalsInput): Promise<Page<QueueRow>> {
  return input.list === 'payments' ? waitingPayments(db, viewerUserId, input) : waitingCorrections(db, viewerUserId, input);
}

function recorder(viewerUserId: number, r: { recorded_by: number; username: string; display_name: string }) {
  return { recordedBy: r.recorded_by, recordedByUsername: r.username, recordedByName: r.display_name, recordedByViewer: r.recorded_by === viewerUserId };
}

async function waitingPayments(db: Kysely<DB>, viewerUserId: number, input: ApprovalsInput): Promise<Page<QueueRow>> {
  let waiting = db
    .selectFrom('ledger_waiting as w')
    .where('w.kind', '=', 'payment')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('ledger_waiting as h').select('h.entry_id').where('h.kind', '=', 'reversal').whereRef('h.payment_id', '=', 'w.entry_id'))));
  if (input.stage !== null) waiting = waiting.where('w.stage', '=', input.stage);
  const counted = await waiting.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const order = { recorded: 'e.id', date: 'e.entry_date', amount: 'e.gross_pence' } as const;
  const rows = await waiting
    .innerJoin('ledger_entries as e', 'e.id', 'w.entry_id')
    .innerJoin('awards as a', 'a.id', 'e.award_id')
    .innerJoin('partners as p', 'p.id', 'a.partner_id')
    .innerJoin('funds as f', 'f.id', 'a.fund_id')
    .innerJoin('users as u', 'u.id', 'e.actor_user_id')
    .leftJoin('ledger_entries as ap', (join) => join.onRef('ap.payment_id', '=', 'e.id').on('ap.entry_type', '=', 'approval'))
    .select(['e.id', 'e.award_id', 'a.reference as award_reference', 'p.name as partner_name', 'f.code as fund_code', 'e.reference', 'e.entry_date', 'e.gross_pence', 'w.stage', 'ap.entry_date as approved_on'])
    .select(['e.actor_user_id as recorded_by', 'u.username', 'u.display_name'])
    .orderBy(order[input.sort], input.direction)
    .orderBy('e.id', input.direction)
    .limit(input.page.limit)
    .offset(input.page.offset)
    .execute();
  return pageOf(
    rows.map((r) => ({
      kind: 'payment' as const,
      id: r.id,
      awardId: r.award_id,
      awardReference: r.award_reference,
      partnerName: r.partner_name,
      fundCode: r.fund_code,
      reference: r.reference,
      date: r.entry_date,
      grossPence: r.gross_pence,
      stage: r.stage,
      approvedOn: r.approved_on ?? null,
      reason: '',
      ...recorder(viewerUserId, r),
    })),
    Number(counted.n),
    input.page,
  );
}

async function waitingCorrections(db: Kysely<DB>, viewerUserId: number, input: ApprovalsInput): Promise<Page<QueueRow>> {
  const waiting = db.selectFrom('ledger_waiting as w').where('w.kind', 'in', ['reversal', 'clawback']);
  const counted = await waiting.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const order = { recorded: 'c.id', date: 'c.correction_date', amount: 'c.amount_pence' } as const;
  const rows = await waiting
    .innerJoin('ledger_corrections as c', 'c.id', 'w.entry_id')
    .innerJoin('awards as a', 'a.id', 'c.award_id')
    .innerJoin('partners as p', 'p.id', 'a.partner_id')
    .innerJoin('funds as f', 'f.id', 'a.fund_id')
    .innerJoin('users as u', 'u.id', 'c.recorded_by')
    .leftJoin('ledger_entries as pay', 'pay.id', 'c.payment_id')
    .select(['c.id', 'c.kind', 'c.award_id', 'a.reference as award_reference', 'p.name as partner_name', 'f.code as fund_code', 'pay.reference', 'c.correction_date', 'c.amount_pence', 'c.reason'])
    .select(['c.recorded_by', 'u.username', 'u.display_name'])
    .orderBy(order[input.sort], input.direction)
    .orderBy('c.id', input.direction)
    .limit(input.page.limit)
    .offset(input.page.offset)
    .execute();
  return pageOf(
    rows.map((r) => ({
      kind: r.kind,
      id: r.id,
      awardId: r.award_id,
      awardReference: r.award_reference,
      partnerName: r.partner_name,
      fundCode: r.fund_code,
      reference: r.kind === 'reversal' ? (r.reference ?? '?') : 'Clawback',
      date: r.correction_date,
      grossPence: r.amount_pence,
      stage: 'pending_approval' as const,
      approvedOn: null,
      reason: r.reason,
      ...recorder(viewerUserId, r),
    })),
    Number(counted.n),
    input.page,
  );
}

/** Entries the viewer recorded that an approver sent back, with why (returns are few; read from `ledger_returns`). */
export async function returnedToViewer(db: Kysely<DB>, viewerUserId: number, input: ReturnedInput): Promise<Page<ReturnedRow>> {
  const returns = db
    .selectFrom('ledger_returns as r')
    .leftJoin('ledger_entries as e', 'e.id', 'r.payment_id')
    .leftJoin('ledger_corrections as c', 'c.id', 'r.correction_id')
    .where((eb) => eb.or([eb('e.actor_user_id', '=', viewerUserId), eb('c.recorded_by', '=', viewerUserId)]));
  const counted = await returns.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await returns
    .innerJoin('awards as a', (join) => join.on((eb) => eb('a.id', '=', eb.fn.coalesce('e.award_id', 'c.award_id'))))
    .innerJoin('partners as p', 'p.id', 'a.partner_id')
    .innerJoin('users as u', 'u.id', 'r.returned_by')
    .leftJoin('ledger_entries as reversed', 'reversed.id', 'c.payment_id')
    .select(['r.id as return_id', 'r.payment_id', 'r.correction_id', 'c.kind', 'a.id as award_id', 'a.reference as award_reference', 'p.name as partner_name'])
    .select(['e.reference as payment_reference', 'reversed.reference as reversed_reference', 'e.entry_date', 'c.correction_date', 'e.gross_pence', 'c.amount_pence'])
    .select(['r.return_date', 'r.reason', 'u.display_name as returned_by_name'])
    .orderBy(input.sort === 'amount' ? (eb) => eb.fn.coalesce('e.gross_pence', 'c.amount_pence') : 'r.return_date', input.direction)
    .orderBy('r.id', input.direction)
    .limit(input.page.limit)
    .offset(input.page.offset)
    .execute();
  return pageOf(
    rows.map((r) => {
      const kind = r.payment_id !== null ? ('payment' as const) : r.kind!;
      return {
        kind,
        id: (r.payment_id ?? r.correction_id)!,
        awardId: r.award_id,
        awardReference: r.award_reference,
        partnerName: r.partner_name,
        reference: kind === 'payment' ? r.payment_reference! : kind === 'reversal' ? (r.reversed_reference ?? '?') : 'Clawback',
        date: (r.entry_date ?? r.correction_date)!,
        grossPence: (r.gross_pence ?? r.amount_pence)!,
        returnedOn: r.return_date,
        returnedByName: r.returned_by_name,
        reason: r.reason,
      };
    }),
    Number(counted.n),
    input.page,
  );
}
