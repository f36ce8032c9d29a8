import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { checkInvariants } from './invariants';

/**
 * Re-checks the money rules inside the caller's transaction; any breach aborts the whole write. The
 * date rules are left out: new rows cannot break them (the services and migration 0011's triggers
 * refuse), and an award written before them that does must still be payable. They are reported by
 * the on-demand check.
 */
export async function assertInvariants(trx: Kysely<DB>, scope: { fundId: number; awardId?: number }): Promise<void> {
  const violations = await checkInvariants(trx, scope, { dateRules: false });
  if (violations.length) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: `Refused: ${violations.map((v) => v.message).join('; ')}.` });
  }
}

export function refuse(message: string): TRPCError {
  return new TRPCError({ code: 'BAD_REQUEST', message });
}
