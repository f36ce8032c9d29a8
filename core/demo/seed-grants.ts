import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditActor } from '../trpc/context';
import type { Role } from '../shared/roles';
import { appendAudit } from '../audit/service';
import { nowIso } from '../shared/clock';
import { checkInvariants } from '../grants/invariants';
import { londonToday, statusFrom } from '../partners/due-diligence';
import { PARTNERS } from './data';
import { DEMO_DUE_DILIGENCE, DEMO_FUNDS, type DemoAward, type DemoFund, type DemoPayment } from './data/grants';

/**
 * Seeds the demonstration grants inside the caller's transaction: due diligence, funds, awards with
 * their schedules, and the payment ledger. It writes rows directly (the grants services each open
 * their own transaction, which cannot nest in the demo's) but keeps the services' rules: every write
 * is audited under the real demo user who would have made it, payments are recorded by the finance
 * officer and approved and released by the finance approver (the database refuses an approval by the
 * recorder), and the money invariants are re-checked at the end.
 */
export async function seedDemoGrants(trx: Kysely<DB>, who: AuditActor): Promise<void> {
  const finance = await demoUser(trx, who, 'finance');
  const approver = await demoUser(trx, who, 'approver');
  const partnerIds = await partnerIdsByKey(trx);
  const partnerId = (key: string): number => {
    const id = partnerIds.get(key);
    if (id === undefined) throw new Error(`Demo grants name an unknown partner "${key}"`);
    return id;
  };

  const today = londonToday();
  for (const check of DEMO_DUE_DILIGENCE) {
    const row = await trx
      .insertInto('partner_due_diligence')
      .values({
        partner_id: partnerId(check.partnerKey),
        checks_json: JSON.stringify(check.checks),
        checked_by: check.checkedBy,
        checked_on: check.checkedOn,
        expires_on: check.expiresOn,
        notes: check.notes,
        recorded_at: nowIso(),
        recorded_by: finance.actor!.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    // The same audit entry as recordDueDiligence: the partner's standing before and after, and the record.
    const record = { id: row.id, partnerId: row.partner_id, checks: check.checks, checkedBy: row.checked_by, checkedOn: row.checked_on, expiresOn: row.expires_on, notes: row.notes, recordedAt: row.recorded_at, recordedBy: row.recorded_by };
    await appendAudit(trx, finance, {
      action: 'partner.due_diligence',
      entityType: 'partner',
      entityId: row.partner_id,
      before: { dueDiligence: statusFrom(undefined, today) },
      after: { dueDiligence: statusFrom(row, today), record },
    });
  }

  const ledger: LedgerStep[] = [];
  for (const fund of DEMO_FUNDS) {
    const fundId = await insertFund(trx, finance, fund);
    for (const [index, award] of fund.awards.entries()) {
      const reference = `${fund.code}-${String(index + 1).padStart(3, '0')}`;
      const inserted = await insertAward(trx, finance, fundId, partnerId(award.partnerKey), reference, award);
      for (const payment of award.payments) ledger.push(...paymentSteps(payment, inserted));
    }
  }

  // One ledger in date order (a stable sort keeps each payment's steps, and same-day steps, in data order).
  ledger.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const paymentIds = new Map<DemoPayment, number>();
  for (const step of ledger) {
    const by = step.kind === 'payment' ? finance : approver;
    const paymentId = step.kind === 'payment' ? null : paymentIds.get(step.payment)!;
    const { payment, award } = step;
    const instalmentId = award.instalmentIds[payment.instalment - 1]!;
    // Like the services: the finance officer records a reversal, and a different person approves it;
    // only the approval writes the reversal into the ledger.
    let correctionId: number | null = null;
    if (step.kind === 'reversal') {
      const correction = await trx
        .insertInto('ledger_corrections')
        .values({ kind: 'reversal', award_id: award.id, payment_id: paymentId, amount_pence: payment.amountPence, correction_date: step.date, reason: payment.reversed!.reason, recorded_by: finance.actor!.userId, recorded_at: nowIso() })
        .returning('id')
        .executeTakeFirstOrThrow();
      correctionId = correction.id;
      const after = { correctionId, amountPence: payment.amountPence, date: step.date, reason: payment.reversed!.reason, stage: 'pending_approval' };
      await appendAudit(trx, finance, { action: 'payment.reverse', entityType: 'payment', entityId: paymentId, after });
    }
    // Like the services: a payment and its reversal carry the money, approvals and releases carry none.
    const movedPence = step.kind === 'payment' || step.kind === 'reversal' ? payment.amountPence : 0;
    const entry = await trx
      .insertInto('ledger_entries')
      .values({
        entry_type: step.kind,
        award_id: award.id,
        instalment_id: instalmentId,
        payment_id: paymentId,
        gross_pence: movedPence,
        fee_pence: 0,
        net_pence: movedPence,
        entry_date: step.date,
        reference: step.kind === 'payment' ? step.reference : '',
        reason: step.kind === 'reversal' ? payment.reversed!.reason : '',
        actor_user_id: by.actor!.userId,
        recorded_at: nowIso(),
        idempotency_key: null,
        request_hash: null,
        correction_id: correctionId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (step.kind === 'payment') {
      paymentIds.set(payment, entry.id);
      const after = { awardId: award.id, instalmentId, amountPence: payment.amountPence, paymentDate: step.date, reference: step.reference, feePence: 0 };
      await appendAudit(trx, by, { action: 'payment.record', entityType: 'payment', entityId: entry.id, after });
    } else if (step.kind === 'reversal') {
      const after = { correctionId, entryId: entry.id, date: step.date, stage: 'approved' };
      await appendAudit(trx, by, { action: 'payment.reversal_approve', entityType: 'payment', entityId: paymentId, before: { correctionId, stage: 'pending_approval' }, after });
    } else {
      await appendAudit(trx, by, { action: FOLLOW_UP_ACTIONS[step.kind], entityType: 'payment', entityId: paymentId, before: { stage: step.stageBefore }, after: { entryId: entry.id, date: step.date } });
    }
  }

  const violations = await checkInvariants(trx);
  if (violations.length) throw new Error(`The demonstration grants break the money rules: ${violations.map((v) => v.message).join('; ')}`);
}

const FOLLOW_UP_ACTIONS = { approval: 'payment.approve', release: 'payment.release' } as const;

interface InsertedAward {
  id: number;
  reference: string;
  instalmentIds: number[];
}

type Stage = 'pending_approval' | 'approved' | 'released';

type LedgerStep = { payment: DemoPayment; award: InsertedAward; date: string } & (
  | { kind: 'payment'; reference: string }
  | { kind: 'approval' | 'release' | 'reversal'; stageBefore: Stage }
);

/** The ledger steps one scripted payment goes through, each with its date. */
function paymentSteps(payment: DemoPayment, award: InsertedAward): LedgerStep[] {
  if (payment.instalment < 1 || payment.instalment > award.instalmentIds.length) {
    throw new Error(`Demo payment on ${award.reference} names instalment ${payment.instalment}, which the award does not have`);
  }
  const reference = payment.reference ?? `${award.reference}/${payment.instalment}`;
  const steps: LedgerStep[] = [{ payment, award, date: payment.paidOn, kind: 'payment', reference }];
  let stage: Stage = 'pending_approval';
  if (payment.approvedOn) {
    steps.push({ payment, award, date: payment.approvedOn, kind: 'approval', stageBefore: stage });
    stage = 'approved';
  }
  if (payment.releasedOn) {
    steps.push({ payment, award, date: payment.releasedOn, kind: 'release', stageBefore: stage });
    stage = 'released';
  }
  if (payment.reversed) steps.push({ payment, award, date: payment.reversed.on, kind: 'reversal', stageBefore: stage });
  for (let i = 1; i < steps.length; i++) {
    if (steps[i]!.date < steps[i - 1]!.date) throw new Error(`Demo payment ${reference} has a ${steps[i]!.kind} dated before its ${steps[i - 1]!.kind}`);
  }
  return steps;
}

/** The demo user who makes a change, as the audit log and the ledger record them. */
async function demoUser(trx: Kysely<DB>, who: AuditActor, username: string): Promise<AuditActor> {
  const user = await trx.selectFrom('users').select(['id', 'username', 'display_name', 'role']).where('username', '=', username).executeTakeFirst();
  if (!user) throw new Error(`The demo grants need the demo user "${username}"; seed the users first`);
  return {
    actor: { userId: user.id, username: user.username, displayName: user.display_name, role: user.role as Role, sessionId: 0 },
    requestId: who.requestId,
    channel: 'system',
  };
}

async function partnerIdsByKey(trx: Kysely<DB>): Promise<Map<string, number>> {
  const rows = await trx.selectFrom('partners').select(['id', 'org_id']).execute();
  const byOrgId = new Map(rows.map((r) => [r.org_id, r.id]));
  const ids = new Map<string, number>();
  for (const partner of PARTNERS) {
    const id = byOrgId.get(partner.orgId);
    if (id !== undefined) ids.set(partner.key, id);
  }
  return ids;
}

async function insertFund(trx: Kysely<DB>, who: AuditActor, fund: DemoFund): Promise<number> {
  const programme = await trx.selectFrom('programmes').select('id').where('code', '=', fund.programmeCode).executeTakeFirst();
  if (!programme) throw new Error(`Demo fund ${fund.code} names an unknown programme "${fund.programmeCode}"`);
  const now = nowIso();
  const row = await trx
    .insertInto('funds')
    .values({
      programme_id: programme.id,
      code: fund.code,
      name: fund.name,
      source: fund.source,
      allocation_pence: fund.allocationPence,
      first_financial_year: fund.firstFinancialYear,
      last_financial_year: fund.lastFinancialYear,
      end_date: fund.endDate,
      zero_transaction_cost: fund.zeroTransactionCost ? 1 : 0,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAudit(trx, who, { action: 'fund.create', entityType: 'fund', entityId: row.id, after: row });
  return row.id;
}

async function insertAward(trx: Kysely<DB>, who: AuditActor, fundId: number, partnerId: number, reference: string, award: DemoAward): Promise<InsertedAward> {
  const now = nowIso();
  const row = await trx
    .insertInto('awards')
    .values({
      fund_id: fundId,
      partner_id: partnerId,
      reference,
      title: award.title,
      purpose: award.purpose,
      amount_pence: award.amountPence,
      award_date: award.awardDate,
      planned_start: award.plannedStart,
      planned_end: award.plannedEnd,
      route: award.route,
      route_justification: award.routeJustification ?? '',
      payment_basis: award.paymentBasis,
      basis_justification: award.basisJustification ?? '',
      status: 'active',
      created_by: who.actor!.userId,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const instalments = await trx
    .insertInto('instalments')
    .values(award.instalments.map((i, index) => ({ award_id: row.id, sequence: index + 1, due_date: i.dueDate, amount_pence: i.amountPence })))
    .returning(['id', 'sequence'])
    .execute();
  if (award.wardCodes.length) await trx.insertInto('award_areas').values(award.wardCodes.map((code) => ({ award_id: row.id, area_code: code }))).execute();
  await appendAudit(trx, who, { action: 'award.create', entityType: 'award', entityId: row.id, after: { ...row, instalments: award.instalments, wardCodes: award.wardCodes } });
  return { id: row.id, reference, instalmentIds: instalments.sort((a, b) => a.sequence - b.sequence).map((i) => i.id) };
}
