import type Database from 'better-sqlite3';
import { resolveFixtures } from '../screens.bench';
import type { Fixtures } from '../screens';
import { UserClient, type Connection } from './client';
import type { SimulatedRole } from './driver';

/** What the simulated users work on, read from the workspace before the run. */
export interface LoadTargets {
  fixtures: Fixtures;
  accounts: Record<SimulatedRole, string[]>;
  instalmentIds: number[];
  observation: { indicatorId: number; period: string; areaCode: string } | null;
}

/**
 * The workspace's users by role, instalments that can take many £1 payments (active award, current
 * due diligence, zero-transaction-cost fund), and the latest figure of the busiest indicator.
 * `sqlite` is a read connection beside the running server (WAL lets it read alongside).
 */
export async function loadTargets(sqlite: Database.Database, connection: Connection, passphrase: string, today: string): Promise<LoadTargets> {
  const usernames = (role: SimulatedRole) => sqlite.prepare('select username from users where role = ? and disabled = 0 and must_change_passphrase = 0 order by id').pluck().all(role) as string[];
  const accounts = { leader: usernames('leader'), strategy_officer: usernames('strategy_officer'), finance_officer: usernames('finance_officer'), finance_approver: usernames('finance_approver') };
  for (const [role, list] of Object.entries(accounts)) if (!list.length) throw new Error(`The workspace has no ${role} to simulate`);
  const adapt = (client: UserClient) => ({ batch: async (calls: ReadonlyArray<{ path: string; input: unknown }>) => ({ data: await client.batch(calls) }), mutate: (path: string, input: unknown) => client.mutate(path, input) });
  const strategy = await UserClient.signIn(connection, accounts.strategy_officer[0]!, passphrase);
  const leader = await UserClient.signIn(connection, accounts.leader[0]!, passphrase);
  const fixtures = await resolveFixtures(sqlite, { strategy_officer: adapt(strategy), leader: adapt(leader) });
  const instalmentIds = sqlite
    .prepare(
      `select i.id from instalments i join awards a on a.id = i.award_id join funds f on f.id = a.fund_id
       where a.status = 'active' and a.award_date <= @today and f.zero_transaction_cost = 1
         and exists (select 1 from partner_due_diligence d where d.partner_id = a.partner_id and d.expires_on > @today)
         and a.amount_pence - coalesce((select t.recorded_pence from award_ledger_totals t where t.award_id = a.id), 0) > 100000
         and i.amount_pence - coalesce((select sum(e.gross_pence) from ledger_entries e where e.award_id = a.id and e.instalment_id = i.id and e.entry_type = 'payment'), 0) > 100000
       order by i.amount_pence desc limit 40`,
    )
    .pluck()
    .all({ today }) as number[];
  const latest = sqlite
    .prepare('select o.period, o.area_code from observations o join indicators i on i.identity_id = o.identity_id where i.id = ? order by o.period desc, o.id desc limit 1')
    .get(fixtures.indicatorId) as { period: string; area_code: string } | undefined;
  return { fixtures, accounts, instalmentIds, observation: latest ? { indicatorId: fixtures.indicatorId, period: latest.period, areaCode: latest.area_code } : null };
}
