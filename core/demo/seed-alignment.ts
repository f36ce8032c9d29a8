import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { appendAudit } from '../audit/service';
import { nowIso } from '../shared/clock';
import type { AuditActor } from '../trpc/context';
import { DEMO_BALANCE_TARGETS, DEMO_INDICATOR_LINKS, DEMO_PROGRAMME_LINKS } from './data/alignment';

/**
 * Seeds the demonstration alignment links and balance targets inside the caller's transaction,
 * audited under the demo strategy officer who would have made them.
 */
export async function seedDemoAlignment(trx: Kysely<DB>, who: AuditActor): Promise<void> {
  const strategy = await trx.selectFrom('users').select(['id', 'username', 'display_name', 'role']).where('username', '=', 'strategy').executeTakeFirstOrThrow();
  const actor: AuditActor = {
    actor: { userId: strategy.id, username: strategy.username, displayName: strategy.display_name, role: 'strategy_officer', sessionId: 0 },
    requestId: who.requestId,
    channel: 'system',
  };
  const programmes = new Map((await trx.selectFrom('programmes').select(['id', 'code']).execute()).map((p) => [p.code, p.id]));
  const at = nowIso();
  for (const link of DEMO_PROGRAMME_LINKS) {
    const programmeId = programmes.get(link.programmeCode);
    if (programmeId === undefined) throw new Error(`Demo alignment names an unknown programme "${link.programmeCode}"`);
    const row = {
      programme_id: programmeId,
      target_type: link.targetType,
      target_framework_code: link.frameworkCode,
      target_code: link.targetCode,
      strength: link.strength,
      rationale: link.rationale,
      evidence: link.evidence,
      created_by: strategy.id,
      created_at: at,
    };
    const { id } = await trx.insertInto('alignment_links').values(row).returning('id').executeTakeFirstOrThrow();
    await appendAudit(trx, actor, { action: 'alignment.link', entityType: 'programme', entityId: programmeId, after: { linkId: id, ...row } });
  }
  for (const link of DEMO_INDICATOR_LINKS) {
    const identity = await trx
      .selectFrom('indicator_identities as ii')
      .innerJoin('frameworks as f', 'f.id', 'ii.framework_id')
      .select('ii.id')
      .where('f.code', '=', link.fromFrameworkCode)
      .where('ii.code', '=', link.fromIndicatorCode)
      .executeTakeFirstOrThrow();
    const row = {
      from_indicator_id: identity.id,
      target_type: 'indicator' as const,
      target_framework_code: link.toFrameworkCode,
      target_code: link.toIndicatorCode,
      relation: link.relation,
      rationale: link.rationale,
      evidence: link.evidence,
      created_by: strategy.id,
      created_at: at,
    };
    const { id } = await trx.insertInto('alignment_links').values(row).returning('id').executeTakeFirstOrThrow();
    await appendAudit(trx, actor, { action: 'alignment.link_indicator', entityType: 'indicator', entityId: link.fromIndicatorCode, after: { linkId: id, ...row } });
  }
  for (const t of DEMO_BALANCE_TARGETS) {
    const row = { dimension: t.dimension, code: t.code, target_share: t.targetShare, tolerance: t.tolerance, set_by: strategy.id, set_at: at };
    await trx.insertInto('balance_targets').values(row).execute();
    await appendAudit(trx, actor, { action: 'alignment.balance_target', entityType: 'balance_target', entityId: `${t.dimension}:${t.code}`, after: row });
  }
}
