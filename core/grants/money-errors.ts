import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { checkInvariants } from './invariants';

/** Re-checks the money rules inside the caller's transaction; any breach aborts the whole write. */
export async function assertInvariants(trx: Kysely<DB>, scope: { fundId: number; awardId?: number }): Promise<void> {
  const violations = await checkInvariants(trx, scope);
  if (violations.length) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: `Refused: ${violations.map((v) => v.message).join('; ')}.` });
  }
}

export function refuse(message: string): TRPCError {
  return new TRPCError({ code: 'BAD_REQUEST', message });
}
