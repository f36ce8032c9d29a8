import type { Kysely } from 'kysely';
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
import type { AwardInput } from './schemas';

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
  const [instalments, wards, payments, corrections, users] = await Promise.all([
    db.selectFrom('instalments').selectAll().where('award_id', '=', awardId).orderBy('sequence').execute(),
    db.selectFrom('award_areas').innerJoin('areas', 'areas.code', 'award_areas.area_code').select(['areas.code', 'areas.name']).where('award_id', '=', awardId).execute(),
    paymentStates(db, { awardIds: [awardId] }),
    correctionStates(db, { awardIds: [awardId] }),
    db.selectFrom('users').select(['id', 'display_name']).execute(),
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

export async function listAwards(db: Kysely<DB>, fundId: number | null) {
  let query = db
    .selectFrom('awards')
    .innerJoin('partners', 'partners.id', 'awards.partner_id')
    .select(['awards.id', 'awards.reference', 'awards.title', 'awards.amount_pence', 'awards.status', 'awards.fund_id', 'awards.partner_id', 'partners.name as partner_name']);
  if (fundId !== null) query = query.where('awards.fund_id', '=', fundId);
  const rows = await query.orderBy('awards.reference').execute();
  const payments = await paymentStates(db, { awardIds: rows.map((r) => r.id) });
  return rows.map((r) => {
    const own = livePayments(payments).filter((p) => p.awardId === r.id);
    return {
      id: r.id,
      reference: r.reference,
      title: r.title,
      partnerId: r.partner_id,
      partnerName: r.partner_name,
      amountPence: r.amount_pence,
      status: r.status,
      fundId: r.fund_id,
      releasedPence: own.filter((p) => p.stage === 'released').reduce((t, p) => t + p.grossPence, 0),
      recordedPence: own.reduce((t, p) => t + p.grossPence, 0),
    };
  });
}

