import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/**
 * How many ledger entries recorded by `userId` are still waiting for someone else's decision.
 * Identity's role-change rules use it: a finance officer cannot become a finance approver (or the
 * other way round) while work they recorded waits, so no one decides on entries they made in
 * another role. All knowledge of the ledger's states for that question lives in this file.
 *
 * Today's ledger: a `payment` entry waits until it has both an `approval` and a `release` entry,
 * unless a `reversal` entry has withdrawn it. Approvals, releases, reversals and clawbacks take
 * effect when recorded, so none of them waits.
 */
export async function countWaitingEntriesRecordedBy(db: Kysely<DB>, userId: number): Promise<number> {
  const row = await db
    .selectFrom('ledger_entries as p')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('p.entry_type', '=', 'payment')
    .where('p.actor_user_id', '=', userId)
    .where(({ not, exists, and, selectFrom }) => {
      const followedBy = (type: 'approval' | 'release' | 'reversal') =>
        exists(selectFrom('ledger_entries as e').select('e.id').whereRef('e.payment_id', '=', 'p.id').where('e.entry_type', '=', type));
      return and([not(followedBy('reversal')), not(and([followedBy('approval'), followedBy('release')]))]);
    })
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
