import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

/** The stored fields of an audit entry that the hash covers. */
export interface ChainedFields {
  id: number;
  at: string;
  actor_user_id: number | null;
  actor_username: string | null;
  actor_role: string | null;
  channel: string;
  request_id: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
}

/** SHA-256 over the previous hash and the canonical JSON of the entry. */
export function entryHash(prevHash: string, fields: ChainedFields): string {
  const body = canonicalJson({
    id: fields.id,
    at: fields.at,
    actor_user_id: fields.actor_user_id,
    actor_username: fields.actor_username,
    actor_role: fields.actor_role,
    channel: fields.channel,
    request_id: fields.request_id,
    action: fields.action,
    entity_type: fields.entity_type,
    entity_id: fields.entity_id,
    before_json: fields.before_json,
    after_json: fields.after_json,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

export interface StoredEntry extends ChainedFields {
  prev_hash: string;
  hash: string;
}

export type ChainVerdict =
  | { ok: true; entries: number; headHash: string }
  | { ok: false; entries: number; brokenEntryId: number; reason: string };

/** Walks entries in id order and names the first one whose link or content does not match. */
export function verifyEntries(entries: Iterable<StoredEntry>): ChainVerdict {
  let previous = GENESIS_HASH;
  let expectedId: number | null = null;
  let count = 0;
  for (const entry of entries) {
    count += 1;
    if (expectedId !== null && entry.id !== expectedId) {
      return { ok: false, entries: count, brokenEntryId: entry.id, reason: `entry ${expectedId} is missing` };
    }
    if (entry.prev_hash !== previous) {
      return { ok: false, entries: count, brokenEntryId: entry.id, reason: 'its link to the previous entry does not match' };
    }
    if (entryHash(previous, entry) !== entry.hash) {
      return { ok: false, entries: count, brokenEntryId: entry.id, reason: 'its content no longer matches its hash' };
    }
    previous = entry.hash;
    expectedId = entry.id + 1;
  }
  return { ok: true, entries: count, headHash: previous };
}
