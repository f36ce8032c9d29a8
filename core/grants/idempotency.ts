import { createHash } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { canonicalJson } from '../audit/canonical-json';
import { nowIso } from '../shared/clock';

export function requestHash(operation: string, actorUserId: number, payload: unknown): string {
  return createHash('sha256').update(canonicalJson({ operation, actorUserId, payload })).digest('hex');
}

/**
 * Runs `work` once per idempotency key, inside the caller's transaction. The same key with the same
 * payload returns the first result; the same key with a different payload is refused with CONFLICT.
 */
export async function once<T>(trx: Kysely<DB>, key: string, operation: string, actorUserId: number, payload: unknown, work: () => Promise<T>): Promise<{ result: T; replayed: boolean }> {
  const hash = requestHash(operation, actorUserId, payload);
  const previous = await trx.selectFrom('idempotency_keys').selectAll().where('key', '=', key).executeTakeFirst();
  if (previous) {
    if (previous.request_hash !== hash || previous.operation !== operation) {
      throw new TRPCError({ code: 'CONFLICT', message: 'This form was already submitted with different details. Reopen the form to make a new payment.' });
    }
    return { result: JSON.parse(previous.response_json) as T, replayed: true };
  }
  const result = await work();
  await trx
    .insertInto('idempotency_keys')
    .values({ key, operation, request_hash: hash, response_json: JSON.stringify(result), actor_user_id: actorUserId, created_at: nowIso() })
    .execute();
  return { result, replayed: false };
}
