import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/**
 * How many ledger entries recorded by `userId` are still waiting for someone else's decision.
 * Identity's role-change rules use it: a finance officer cannot become a finance approver (or the
 * other way round) while work they recorded waits, so no one decides on entries they made in
 * another role. All knowledge of the ledger's states for that question lives in this file.
 *
 * A `payment` waits until it is released, unless an approved reversal or a return has closed it;
 * a recorded reversal or clawback (`ledger_corrections`) waits until it is approved (its ledger
 * entry exists) or returned.
 */
export async function countWaitingEntriesRecordedBy(db: Kysely<DB>, userId: number): Promise<number> {
  const payments = await db
    .selectFrom('ledger_entries as p')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('p.entry_type', '=', 'payment')
    .where('p.actor_user_id', '=', userId)
    .where(({ not, exists, or, selectFrom }) =>
      not(
        or([
          exists(selectFrom('ledger_entries as e').select('e.id').whereRef('e.payment_id', '=', 'p.id').where('e.entry_type', 'in', ['release', 'reversal'])),
          exists(selectFrom('ledger_returns as r').select('r.id').whereRef('r.payment_id', '=', 'p.id')),
        ]),
      ),
    )
    .executeTakeFirstOrThrow();
  const corrections = await db
    .selectFrom('ledger_corrections as c')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('c.recorded_by', '=', userId)
    .where(({ not, exists, or, selectFrom }) =>
      not(
        or([
          exists(selectFrom('ledger_entries as e').select('e.id').whereRef('e.correction_id', '=', 'c.id')),
          exists(selectFrom('ledger_returns as r').select('r.id').whereRef('r.correction_id', '=', 'c.id')),
        ]),
      ),
    )
    .executeTakeFirstOrThrow();
  return Number(payments.n) + Number(corrections.n);
}
