import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../core/audit/service';
import { DEMO_FUNDS, EXPIRED_DUE_DILIGENCE_PARTNER_KEY, LIVE_WELL_FUND, MISSING_DUE_DILIGENCE_PARTNER_KEY } from '../../../core/demo/data/grants';
import { PARTNERS } from '../../../core/demo/data';
import { fundStatement } from '../../../core/grants/funds-service';
import { checkInvariants } from '../../../core/grants/invariants';
import { paymentStates } from '../../../core/grants/ledger-state';
import { dueDiligenceStatus } from '../../../core/partners/service';
import { openDemoWorkspace } from '../../../core/workspace/service';
import { openWorkspaceDatabase, type Workspace } from '../../../db/connection';

const SYSTEM = { actor: null, requestId: 't', channel: 'system' as const };
const TODAY = '2026-11-25';

describe('demonstration grants', () => {
  let workspace: Workspace;
  let seedMs = 0;
  let fundId = 0;
  beforeAll(async () => {
    workspace = await openWorkspaceDatabase(':memory:');
    const started = performance.now();
    await openDemoWorkspace(workspace.db, SYSTEM);
    seedMs = performance.now() - started;
    fundId = (await workspace.db.selectFrom('funds').select('id').where('code', '=', 'LWT-VCFSE').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => {
    await workspace.close();
  });

  const one = <T>(sql: string, ...params: unknown[]) => workspace.sqlite.prepare(sql).get(...params) as T;
  const all = <T>(sql: string, ...params: unknown[]) => workspace.sqlite.prepare(sql).all(...params) as T[];

  it('keeps opening the demonstration workspace fast', () => {
    expect(seedMs).toBeLessThan(2000);
  });

  it('awards the Live Well VCFSE fund in full: exactly £1,200,000.00, on the WGN-LWT programme, zero transaction cost', () => {
    const fund = one<{ programme_code: string; allocation_pence: number; zero_transaction_cost: number; source: string }>(
      `select p.code programme_code, f.allocation_pence, f.zero_transaction_cost, f.source from funds f join programmes p on p.id = f.programme_id where f.id = ?`,
      fundId,
    );
    expect(fund).toEqual({ programme_code: 'WGN-LWT', allocation_pence: 120_000_000, zero_transaction_cost: 1, source: 'DWP via GMCA (Economic Inactivity Trailblazer)' });
    expect(one<{ total: number; n: number }>(`select sum(amount_pence) total, count(*) n from awards where fund_id = ? and status = 'active'`, fundId)).toEqual({ total: 120_000_000, n: LIVE_WELL_FUND.awards.length });
  });

  it('gives every award instalments that add up to it, and ward codes', () => {
    const mismatched = all(`select a.reference from awards a where a.amount_pence <> (select coalesce(sum(i.amount_pence), 0) from instalments i where i.award_id = a.id)`);
    expect(mismatched).toEqual([]);
    expect(all(`select a.reference from awards a where not exists (select 1 from award_areas w where w.award_id = a.id)`)).toEqual([]);
    expect(one<{ n: number }>(`select count(*) n from awards`).n).toBe(DEMO_FUNDS.reduce((t, f) => t + f.awards.length, 0));
  });

  it('shows the fund statement with money released, nothing unallocated and no transaction costs', async () => {
    const statement = await fundStatement(workspace.db, fundId);
    expect(statement.totals.releasedPence).toBeGreaterThan(0);
    expect(statement.totals.netReleasedPence).toBeLessThan(120_000_000);
    expect(statement.totals).toMatchObject({ allocationPence: 120_000_000, awardedPence: 120_000_000, unallocatedPence: 0, feesPence: 0, clawedBackPence: 0 });
    expect(statement.totals.grossReleasedPence).toBe(statement.totals.netOfFeesReleasedPence);
    expect(statement.transactionCostLine).toBe('Transaction costs £0.00 — 100% of released funds reached partners');
    expect(statement.partnersPaid).toBe(LIVE_WELL_FUND.awards.length);
  });

  it('carries no fee anywhere: every ledger entry has fee 0 and gross = net', () => {
    expect(one<{ n: number }>(`select count(*) n from ledger_entries where fee_pence <> 0 or gross_pence <> net_pence`).n).toBe(0);
  });

  it('has exactly one reversal, of a released payment, with a reason, repaid in full', async () => {
    const reversals = all<{ payment_id: number; reason: string; award_id: number; instalment_id: number }>(`select payment_id, reason, award_id, instalment_id from ledger_entries where entry_type = 'reversal'`);
    expect(reversals).toHaveLength(1);
    const [reversal] = reversals;
    expect(reversal!.reason.length).toBeGreaterThan(20);
    const payments = await paymentStates(workspace.db, { awardIds: [reversal!.award_id] });
    expect(payments.find((p) => p.id === reversal!.payment_id)!.releasedBy).not.toBeNull();
    const instalment = one<{ amount_pence: number }>(`select amount_pence from instalments where id = ?`, reversal!.instalment_id);
    const repaid = payments.filter((p) => p.instalmentId === reversal!.instalment_id && p.stage === 'released');
    expect(repaid.reduce((t, p) => t + p.grossPence, 0)).toBe(instalment.amount_pence);
  });

  it('leaves payments waiting: at least one for approval and one approved but not released', async () => {
    const stages = (await paymentStates(workspace.db, { fundId })).map((p) => p.stage);
    expect(stages.filter((s) => s === 'pending_approval').length).toBeGreaterThanOrEqual(1);
    expect(stages.filter((s) => s === 'approved')).toHaveLength(1);
    expect(stages.filter((s) => s === 'released').length).toBeGreaterThan(20);
  });

  it('records payments as the finance officer and approves and releases them as the finance approver, never the recorder', () => {
    const byType = all<{ entry_type: string; username: string; n: number }>(
      `select e.entry_type, u.username, count(*) n from ledger_entries e join users u on u.id = e.actor_user_id group by 1, 2 order by 1, 2`,
    );
    expect(byType.map((r) => `${r.entry_type}:${r.username}`)).toEqual(['approval:approver', 'payment:finance', 'release:approver', 'reversal:approver']);
    // The reversal was recorded by the finance officer and approved (written into the ledger) by the approver.
    const corrections = all<{ kind: string; username: string }>(`select c.kind, u.username from ledger_corrections c join users u on u.id = c.recorded_by`);
    expect(corrections).toEqual([{ kind: 'reversal', username: 'finance' }]);
    const selfApproved = all(`select a.id from ledger_entries a join ledger_entries p on p.id = a.payment_id where a.entry_type = 'approval' and a.actor_user_id = p.actor_user_id`);
    expect(selfApproved).toEqual([]);
  });

  it('dates nothing after today', () => {
    expect(one<{ latest: string }>(`select max(entry_date) latest from ledger_entries`).latest <= TODAY).toBe(true);
    expect(one<{ latest: string }>(`select max(award_date) latest from awards`).latest <= TODAY).toBe(true);
  });

  it('records due diligence: valid for most partners, expired for one and missing for another; every award goes to a valid partner', async () => {
    const partners = all<{ id: number; org_id: string }>(`select id, org_id from partners`);
    const standing = new Map<string, string>();
    for (const partner of PARTNERS) {
      const id = partners.find((p) => p.org_id === partner.orgId)!.id;
      standing.set(partner.key, (await dueDiligenceStatus(workspace.db, id, TODAY)).status);
    }
    expect(standing.get(MISSING_DUE_DILIGENCE_PARTNER_KEY)).toBe('missing');
    expect(standing.get(EXPIRED_DUE_DILIGENCE_PARTNER_KEY)).toBe('expired');
    expect([...standing.values()].filter((s) => s === 'valid')).toHaveLength(PARTNERS.length - 2);
    const awardedWithoutValidCheck = all(
      `select a.reference from awards a where not exists (select 1 from partner_due_diligence d where d.partner_id = a.partner_id and d.checked_on <= a.award_date and d.expires_on > ?)`,
      TODAY,
    );
    expect(awardedWithoutValidCheck).toEqual([]);
  });

  it('breaks no money rule', async () => {
    expect(await checkInvariants(workspace.db)).toEqual([]);
  });

  it('audits every write under the demo user who made it, and the audit chain verifies', async () => {
    const audited = (action: string) => one<{ n: number }>(`select count(*) n from audit_log where action = ?`, action).n;
    const entries = (type: string) => one<{ n: number }>(`select count(*) n from ledger_entries where entry_type = ?`, type).n;
    expect(audited('fund.create')).toBe(DEMO_FUNDS.length);
    expect(audited('award.create')).toBe(one<{ n: number }>(`select count(*) n from awards`).n);
    expect(audited('partner.due_diligence')).toBe(one<{ n: number }>(`select count(*) n from partner_due_diligence`).n);
    expect([audited('payment.record'), audited('payment.approve'), audited('payment.release'), audited('payment.reverse')]).toEqual([entries('payment'), entries('approval'), entries('release'), entries('reversal')]);
    const wrongActor = all(
      `select l.id from audit_log l join ledger_entries e on e.id = cast(l.entity_id as integer) and e.entry_type = 'payment'
       where l.action = 'payment.record' and l.actor_user_id is not e.actor_user_id`,
    );
    expect(wrongActor).toEqual([]);
    expect(all(`select action from audit_log where action like 'payment.%' and (actor_user_id is null or request_id <> 't')`)).toEqual([]);
    expect((await verifyAuditChain(workspace.db)).ok).toBe(true);
  });
});
