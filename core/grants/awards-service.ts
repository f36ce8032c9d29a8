import { sql, type Expression, type ExpressionBuilder, type Kysely } from 'kysely';
import { pageOf } from '../shared/paging';
import { containsText } from './list-filters';
import type { DB } from '../../db/schema';
import type { AuditActor } from '../trpc/context';
import { appendAudit } from '../audit/service';
import { nowIso, todayIso } from '../shared/clock';
import { fieldError, notFound } from '../shared/field-errors';
import { formatPence } from '../shared/money';
import { assertDueDiligenceValid } from '../partners/service';
import { correctionStates, livePayments, paymentStates, type ReturnNote } from './ledger-state';
import { awardDateProblems } from './fund-period';
import { assertInvariants } from './money-errors';
import type { AwardInput, AwardListInput } from './schemas';

export async function createAward(db: Kysely<DB>, who: AuditActor, input: AwardInput, today = todayIso()) {
  const scheduled = input.instalments.reduce((t, i) => t + i.amountPence, 0);
  if (scheduled !== input.amountPence) {
    throw fieldError({ instalments: [`The instalments add up to ${formatPence(scheduled)} but the award is ${formatPence(input.amountPence)}`] });
  }
  return db.transaction().execute(async (trx) => {
    const fund = await trx.selectFrom('funds').selectAll().where('id', '=', input.fundId).executeTakeFirst();
    if (!fund) throw fieldError({ fundId: ['That fund does not exist'] });
    const dateProblems = awardDateProblems(fund, input, today);
    if (Object.keys(dateProblems).length) throw fieldError(dateProblems);
    const partner = await trx.selectFrom('partners').select(['id', 'name', 'archived_at']).where('id', '=', input.partnerId).executeTakeFirst();
    if (!partner || partner.archived_at) throw fieldError({ partnerId: ['Choose an active partner from the register'] });
    await assertDueDiligenceValid(trx, input.partnerId, today);
    const awarded = await trx
      .selectFrom('awards')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_pence'), eb.lit(0)).as('total'))
      .where('fund_id', '=', fund.id)
      .where('status', '!=', 'cancelled')
      .executeTakeFirstOrThrow();
    const over = Number(awarded.total) + input.amountPence - fund.allocation_pence;
    if (over > 0) {
      throw fieldError({ amountPence: [`This award would take the fund ${formatPence(over)} over its allocation of ${formatPence(fund.allocation_pence)} (${formatPence(fund.allocation_pence - Number(awarded.total))} is left)`] });
    }
    const wardCodes = [...new Set(input.wardCodes)];
    if (wardCodes.length) {
      const known = await trx.selectFrom('areas').select('code').where('code', 'in', wardCodes).execute();
      const unknown = wardCodes.filter((c) => !known.some((k) => k.code === c));
      if (unknown.length) throw fieldError({ wardCodes: [`Unknown ward code: ${unknown.join(', ')}`] });
    }
    const count = await trx.selectFrom('awards').select((eb) => eb.fn.countAll<number>().as('n')).where('fund_id', '=', fund.id).executeTakeFirstOrThrow();
    const now = nowIso();
    const award = await trx
      .insertInto('awards')
      .values({
        fund_id: fund.id,
        partner_id: input.partnerId,
        reference: `${fund.code}-${String(Number(count.n) + 1).padStart(3, '0')}`,
        title: input.title,
        purpose: input.purpose,
        amount_pence: input.amountPence,
        award_date: input.awardDate,
        planned_start: input.plannedStart,
        planned_end: input.plannedEnd,
        route: input.route,
        route_justification: input.routeJustification,
        payment_basis: input.paymentBasis,
        basis_justification: input.basisJustification,
        status: 'active',
        created_by: who.actor?.userId ?? null,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.insertInto('instalments').values(input.instalments.map((i, index) => ({ award_id: award.id, sequence: index + 1, due_date: i.dueDate, amount_pence: i.amountPence }))).execute();
    if (wardCodes.length) await trx.insertInto('award_areas').values(wardCodes.map((code) => ({ award_id: award.id, area_code: code }))).execute();
    await assertInvariants(trx, { fundId: fund.id, awardId: award.id });
    await appendAudit(trx, who, { action: 'award.create', entityType: 'award', entityId: award.id, after: { ...award, instalments: input.instalments, wardCodes } });
    return { id: award.id, reference: award.reference };
  });
}

export async function getAward(db: Kysely<DB>, awardId: number) {
  const award = await db
    .selectFrom('awards')
    .innerJoin('partners', 'partners.id', 'awards.partner_id')
    .innerJoin('funds', 'funds.id', 'awards.fund_id')
    .selectAll('awards')
    .select(['partners.name as partner_name', 'partners.org_id as partner_org_id', 'funds.code as fund_code', 'funds.name as fund_name', 'funds.zero_transaction_cost'])
    .where('awards.id', '=', awardId)
    .executeTakeFirst();
  if (!award) throw notFound('That award');
  const [instalments, wards, payments, corrections, users, entries] = await Promise.all([
    db.selectFrom('instalments').selectAll().where('award_id', '=', awardId).orderBy('sequence').execute(),
    db.selectFrom('award_areas').innerJoin('areas', 'areas.code', 'award_areas.area_code').select(['areas.code', 'areas.name']).where('award_id', '=', awardId).execute(),
    paymentStates(db, { awardIds: [awardId] }),
    correctionStates(db, { awardIds: [awardId] }),
    db.selectFrom('users').select(['id', 'display_name']).execute(),
    db
      .selectFrom('ledger_entries as e')
      .innerJoin('users as u', 'u.id', 'e.actor_user_id')
      .select(['e.id', 'e.entry_type as type', 'e.payment_id as paymentId', 'u.username as by', 'e.entry_date as date', 'e.reason'])
      .where('e.award_id', '=', awardId)
      .orderBy('e.id')
      .execute(),
  ]);
  const nameOf = (userId: number | null) => (userId === null ? null : (users.find((u) => u.id === userId)?.display_name ?? '?'));
  const returnNote = (note: ReturnNote | null) => (note ? { byName: nameOf(note.by)!, date: note.date, reason: note.reason } : null);
  const live = livePayments(payments);
  return {
    id: award.id,
    reference: award.reference,
    title: award.title,
    purpose: award.purpose,
    amountPence: award.amount_pence,
    awardDate: award.award_date,
    plannedStart: award.planned_start,
    plannedEnd: award.planned_end,
    route: award.route,
    routeJustification: award.route_justification,
    paymentBasis: award.payment_basis,
    basisJustification: award.basis_justification,
    status: award.status,
    partner: { id: award.partner_id, name: award.partner_name, orgId: award.partner_org_id },
    fund: { id: award.fund_id, code: award.fund_code, name: award.fund_name, zeroTransactionCost: award.zero_transaction_cost === 1 },
    wards,
    instalments: instalments.map((i) => {
      const own = live.filter((p) => p.instalmentId === i.id);
      return {
        id: i.id,
        sequence: i.sequence,
        dueDate: i.due_date,
        amountPence: i.amount_pence,
        recordedPence: own.reduce((t, p) => t + p.grossPence, 0),
        releasedPence: own.filter((p) => p.stage === 'released').reduce((t, p) => t + p.grossPence, 0),
      };
    }),
    payments: payments.map((p) => ({ ...p, returnNote: returnNote(p.returned) })),
    /** The award's own ledger entries in order, with who made each (usernames): who acted on each payment. */
    entries,
    /** Reversals and clawbacks recorded on the award: waiting for a second person, approved or returned. */
    corrections: corrections.map((c) => ({
      ...c,
      recordedByName: nameOf(c.recordedBy)!,
      approvedByName: nameOf(c.approvedBy),
      returnNote: returnNote(c.returned),
      paymentReference: c.paymentId === null ? null : (payments.find((p) => p.id === c.paymentId)?.reference ?? null),
    })),
  };
}

/**
 * A page of awards (a fund's, a partner's, or all), sorted and filtered on the server, each with what
 * is recorded and released on it from the running totals (award_ledger_totals); beside the page, the
 * totals of every matching award that is not cancelled.
 */
export async function listAwards(db: Kysely<DB>, input: AwardListInput) {
  let filtered = db.selectFrom('awards').innerJoin('partners', 'partners.id', 'awards.partner_id').innerJoin('award_ledger_totals as t', 't.award_id', 'awards.id');
  if (input.fundId !== null) filtered = filtered.where('awards.fund_id', '=', input.fundId);
  if (input.partnerId !== null) filtered = filtered.where('awards.partner_id', '=', input.partnerId);
  if (input.status !== null) filtered = filtered.where('awards.status', '=', input.status);
  if (input.search) {
    filtered = filtered.where((eb) => eb.or([containsText('awards.reference', input.search), containsText('awards.title', input.search), containsText('partners.name', input.search)]));
  }
  const live = (eb: ExpressionBuilder<any, any>, value: Expression<number>) => eb.fn.sum<number>(eb.case().when('awards.status', '!=', 'cancelled').then(value).else(0).end());
  const summary = await filtered
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      live(eb, eb.ref('awards.amount_pence')).as('amount'),
      live(eb, eb.ref('t.recorded_pence')).as('recorded'),
      live(eb, sql<number>`${eb.ref('t.released_pence')} - ${eb.ref('t.reversed_after_release_pence')}`).as('released'),
    ])
    .executeTakeFirstOrThrow();
  const order = {
    reference: sql.ref('awards.reference'),
    partner: sql.ref('partners.name'),
    title: sql.ref('awards.title'),
    amount: sql.ref('awards.amount_pence'),
    recorded: sql.ref('t.recorded_pence'),
    released: sql`${sql.ref('t.released_pence')} - ${sql.ref('t.reversed_after_release_pence')}`,
    status: sql.ref('awards.status'),
  }[input.sort];
  const rows = await filtered
    .select(['awards.id', 'awards.reference', 'awards.title', 'awards.amount_pence', 'awards.status', 'awards.fund_id', 'awards.partner_id', 'partners.name as partner_name'])
    .select(['t.recorded_pence', 't.released_pence', 't.reversed_after_release_pence'])
    .orderBy(order, input.direction)
    .orderBy('awards.reference')
    .limit(input.page.limit)
    .offset(input.page.offset)
    .execute();
  const page = pageOf(
    rows.map((r) => ({
      id: r.id,
      reference: r.reference,
      title: r.title,
      partnerId: r.partner_id,
      partnerName: r.partner_name,
      amountPence: r.amount_pence,
      status: r.status,
      fundId: r.fund_id,
      /** Released and not reversed (before clawbacks, which are award-wide). */
      releasedPence: r.released_pence - r.reversed_after_release_pence,
      /** Payments neither reversed nor returned. */
      recordedPence: r.recorded_pence,
    })),
    Number(summary.n),
    input.page,
  );
  /** Every matching award that is not cancelled, on every page. */
  const totals = { amountPence: Number(summary.amount ?? 0), recordedPence: Number(summary.recorded ?? 0), releasedPence: Number(summary.released ?? 0) };
  return { ...page, totals };
}
