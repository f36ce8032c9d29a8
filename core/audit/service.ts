import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditActor } from '../trpc/context';
import { nowIso } from '../shared/clock';
import { canonicalJson } from './canonical-json';
import { entryHash, GENESIS_HASH, verifyEntries, type ChainVerdict, type StoredEntry } from './hash-chain';

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** Appends one hash-chained entry. Call it inside the same transaction as the change it records. */
export async function appendAudit(trx: Transaction<DB> | Kysely<DB>, who: AuditActor, event: AuditEvent): Promise<string> {
  const last = await trx.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  const fields = {
    id: (last?.id ?? 0) + 1,
    at: nowIso(),
    actor_user_id: who.actor?.userId ?? null,
    actor_username: who.actor?.username ?? null,
    actor_role: who.actor?.role ?? null,
    channel: who.channel,
    request_id: who.requestId,
    action: event.action,
    entity_type: event.entityType,
    entity_id: event.entityId === null ? null : String(event.entityId),
    before_json: event.before === undefined || event.before === null ? null : canonicalJson(event.before),
    after_json: event.after === undefined || event.after === null ? null : canonicalJson(event.after),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = entryHash(prevHash, fields);
  await trx.insertInto('audit_log').values({ ...fields, prev_hash: prevHash, hash }).execute();
  return hash;
}

export async function chainHead(db: Kysely<DB>): Promise<{ entries: number; headHash: string }> {
  const last = await db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  return { entries: last?.id ?? 0, headHash: last?.hash ?? GENESIS_HASH };
}

/** Re-reads the whole chain in pages and names the first broken entry. */
export async function verifyAuditChain(db: Kysely<DB>): Promise<ChainVerdict> {
  const pageSize = 2000;
  const entries: StoredEntry[] = [];
  let after = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    entries.push(...page);
    if (page.length < pageSize) break;
    after = page[page.length - 1]!.id;
  }
  return verifyEntries(entries);
}

export interface AuditFilter {
  actorUserId?: number | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  beforeId?: number | undefined;
}

export async function listAudit(db: Kysely<DB>, filter: AuditFilter) {
  let query = db.selectFrom('audit_log').selectAll();
  if (filter.actorUserId !== undefined) query = query.where('actor_user_id', '=', filter.actorUserId);
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.action) query = query.where('action', 'like', `${filter.action.replace(/[%_]/g, '')}%`);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', nextDay(filter.to));
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
  const rows = await query.orderBy('id', 'desc').limit(filter.limit).execute();
  return rows.map(toAuditView);
}

function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function toAuditView(row: StoredEntry) {
  return {
    id: row.id,
    at: row.at,
    actorUserId: row.actor_user_id,
    actorUsername: row.actor_username,
    actorRole: row.actor_role,
    channel: row.channel,
    requestId: row.request_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
    hash: row.hash,
  };
}

export type AuditView = ReturnType<typeof toAuditView>;
