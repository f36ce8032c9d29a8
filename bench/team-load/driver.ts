import type { Role } from '../../core/shared/roles';
import { SCREENS, type Fixtures, type ScreenLoad } from '../screens';
import { CallError, type Connection, UserClient } from './client';

/**
 * "Team server under load": simulated users working as a council team does — leaders and strategy
 * officers reading the register, outcomes and alignment, strategy officers recording figures,
 * finance officers on the grants screens recording payments, approvers working the queue — each
 * pausing between actions as people do. Used by `npm run bench -- team` (GM scale, 50 users, 2 min)
 * and by test/server/load-restart.test.ts (small workspace, kill -9 in the middle).
 */

export type SimulatedRole = Extract<Role, 'leader' | 'strategy_officer' | 'finance_officer' | 'finance_approver'>;

/** How many of each 50 simulated users play each role. */
export const TEAM_MIX: Readonly<Record<SimulatedRole, number>> = { leader: 10, strategy_officer: 10, finance_officer: 20, finance_approver: 10 };

/** Screens each role opens (bench/screens.ts), chosen at random for each "read" action. */
const READS: Readonly<Record<SimulatedRole, readonly string[]>> = {
  leader: ['register', 'programme', 'off-track', 'packs', 'pack', 'outcomes'],
  strategy_officer: ['register', 'programme', 'outcomes', 'indicator', 'alignment', 'alignment-findings'],
  finance_officer: ['grants', 'fund', 'award', 'partners', 'partner'],
  finance_approver: ['approvals'],
};

/** Share of a role's actions that write (payments, figures, approvals). */
const WRITE_SHARE: Readonly<Record<SimulatedRole, number>> = { leader: 0, strategy_officer: 0.3, finance_officer: 0.4, finance_approver: 0.6 };

export interface LoadPlan {
  connection: Connection;
  passphrase: string;
  /** Usernames available for each role (several simulated users may share one account, each with its own session). */
  accounts: Readonly<Record<SimulatedRole, readonly string[]>>;
  fixtures: Fixtures;
  /** Instalments that can take many £1 payments. */
  instalmentIds: readonly number[];
  /** A figure strategy officers revise (an indicator, a period that has ended, an area). */
  observation: { indicatorId: number; period: string; areaCode: string } | null;
  users: number;
  durationMs: number;
  thinkMs: readonly [number, number];
  today: string;
  /** Distinguishes this run's idempotency keys. */
  runId: string;
  /** True while the server is deliberately down (a kill -9 and restart): failures then are retried, not errors. */
  serverDown?: () => boolean;
  /** How long a write keeps retrying while the server is down before it counts as an error. */
  retryForMs?: number;
  random?: () => number;
}

export interface LoadResult {
  /** Milliseconds per successful call, by label ("screen: Fund", "grants.recordPayment"). */
  timings: Map<string, number[]>;
  errors: Array<{ label: string; message: string }>;
  /** Calls that failed while the server was deliberately down and were retried or dropped (reads). */
  failedWhileDown: number;
  /** Payments the server acknowledged (answered with an id). */
  acknowledgedPayments: Array<{ paymentId: number; idempotencyKey: string }>;
  approvedPayments: number[];
  observationsRecorded: number;
  actions: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rolesFor(users: number): SimulatedRole[] {
  const total = Object.values(TEAM_MIX).reduce((a, b) => a + b, 0);
  const roles: SimulatedRole[] = [];
  for (const [role, share] of Object.entries(TEAM_MIX) as Array<[SimulatedRole, number]>) {
    for (let i = 0; i < Math.max(1, Math.round((share * users) / total)); i++) roles.push(role);
  }
  return roles.slice(0, Math.max(users, 4));
}

/** Runs the plan: signs every simulated user in (one after another), then lets them work for `durationMs`. */
export async function runTeamLoad(plan: LoadPlan): Promise<LoadResult> {
  const random = plan.random ?? Math.random;
  const result: LoadResult = { timings: new Map(), errors: [], failedWhileDown: 0, acknowledgedPayments: [], approvedPayments: [], observationsRecorded: 0, actions: 0 };
  const toApprove: number[] = [];
  const down = plan.serverDown ?? (() => false);
  const retryFor = plan.retryForMs ?? 60_000;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  const time = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const value = await work();
    const took = performance.now() - start;
    const list = result.timings.get(label) ?? [];
    list.push(took);
    result.timings.set(label, list);
    return value;
  };

  // While the server is down (and for a few seconds after it is back) a write is repeated with the
  // same idempotency key, as the app's retry does; any other failure is an error.
  let lastSeenDown = -Infinity;
  const recentlyDown = () => {
    if (down()) lastSeenDown = Date.now();
    return Date.now() - lastSeenDown < 5000;
  };
  const unavailable = (error: unknown) => error instanceof CallError && (error.network || error.status === 503);

  const persist = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    for (;;) {
      try {
        return await time(label, work);
      } catch (error) {
        if (unavailable(error) && recentlyDown() && Date.now() - started < retryFor) {
          result.failedWhileDown++;
          await sleep(250);
          continue;
        }
        throw error;
      }
    }
  };

  const roles = rolesFor(plan.users);
  const clients: Array<{ role: SimulatedRole; client: UserClient; index: number }> = [];
  for (const [index, role] of roles.entries()) {
    const accounts = plan.accounts[role];
    const username = accounts[index % accounts.length]!;
    clients.push({ role, client: await UserClient.signIn(plan.connection, username, plan.passphrase), index });
  }

  const screens = new Map<string, ScreenLoad>(SCREENS.map((s) => [s.route, s]));
  const readScreen = async (client: UserClient, route: string) => {
    const screen = screens.get(route);
    if (!screen) throw new Error(`No screen ${route} in bench/screens.ts`);
    await time(`screen: ${screen.label}`, async () => {
      for (const wave of screen.waves) await client.batch(wave.map((c) => ({ path: c.path, input: c.input(plan.fixtures) })));
    });
  };

  const deadline = Date.now() + plan.durationMs;
  let paymentSeq = 0;
  const act = async (role: SimulatedRole, client: UserClient, index: number) => {
    const write = random() < WRITE_SHARE[role];
    if (role === 'finance_officer' && write && plan.instalmentIds.length) {
      const idempotencyKey = `${loadKeyPrefix(plan.runId)}${index}-${paymentSeq++}`;
      const instalmentId = plan.instalmentIds[paymentSeq % plan.instalmentIds.length]!;
      const answer = (await persist('grants.recordPayment', () =>
        client.mutate('grants.recordPayment', { idempotencyKey, instalmentId, amountPence: 100, paymentDate: plan.today, reference: `LOAD-${paymentSeq}` }),
      )) as { paymentId: number };
      result.acknowledgedPayments.push({ paymentId: answer.paymentId, idempotencyKey });
      toApprove.push(answer.paymentId);
    } else if (role === 'finance_approver' && write && toApprove.length) {
      const paymentId = toApprove.shift()!;
      try {
        await persist('grants.approvePayment', () => client.mutate('grants.approvePayment', { paymentId, date: plan.today }));
        result.approvedPayments.push(paymentId);
      } catch (error) {
        // Approving again after a restart, when the first attempt had been saved before the kill, is not an error.
        if (!(recentlyDown() && error instanceof CallError && /already/i.test(error.message))) throw error;
        result.approvedPayments.push(paymentId);
      }
    } else if (role === 'strategy_officer' && write && plan.observation) {
      const { indicatorId, period, areaCode } = plan.observation;
      await persist('outcomes.recordObservation', () =>
        client.mutate('outcomes.recordObservation', { indicatorId, period, areaCode, value: Math.round(random() * 1000) / 10, sourceNote: 'Load test revision' }),
      );
      result.observationsRecorded++;
    } else {
      await readScreen(client, pick(READS[role]));
    }
  };

  await Promise.all(
    clients.map(async ({ role, client, index }) => {
      // Users arrive over the first think time rather than all at once.
      await sleep(random() * plan.thinkMs[1]);
      while (Date.now() < deadline) {
        try {
          result.actions++;
          await act(role, client, index);
        } catch (error) {
          if (unavailable(error) && recentlyDown()) result.failedWhileDown++;
          else result.errors.push({ label: error instanceof CallError ? error.label : role, message: (error as Error).message });
        }
        await sleep(plan.thinkMs[0] + random() * (plan.thinkMs[1] - plan.thinkMs[0]));
      }
    }),
  );
  return result;
}

/** The idempotency keys of one run's payments start with this (min. 16 characters in all). */
export function loadKeyPrefix(runId: string): string {
  return `team-load-${runId.padStart(6, '0')}-`;
}
