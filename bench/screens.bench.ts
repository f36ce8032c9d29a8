import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { todayIso } from '../core/shared/clock';
import type { Role } from '../core/shared/roles';
import { openDatabasePool } from '../core/host/pool';
import { startHttpServer } from '../core/transport/http-server';
import { configureConnection, openWorkspaceDatabase, type Workspace } from '../db/connection';
import { GM_SCALE_FILE } from './alignment.bench';
import { generateGmScaleWorkspace, GM_SCALE_PASSPHRASE } from './gm-scale';
import { removeWorkspaceFiles } from './gm-scale/cached-workspace';
import { SCREEN_FLOORS } from './screen-floors';
import { SCREENS, type Fixtures, type ScreenLoad } from './screens';
import { median, percentile } from './stats';

/** Loads timed per screen after one warm-up; fewer when a screen's loads use up the time budget. */
const RUNS = Number(process.env.SCREENS_RUNS ?? 20);
const BUDGET_MS = Number(process.env.SCREENS_BUDGET_S ?? 40) * 1000;
const MIN_RUNS = 3;
const RAW_INSERTS = 50;

/** Targets from issue 10 — printed beside each line, never asserted. */
const TARGET = { screenP95Ms: 200, floorRatio: 3, concurrentRatio: 2, writeRatio: 3, acknowledgeMs: 50 };

/** Who loads each role's screens: generated users of the GM-scale workspace (bench/gm-scale/users.ts). */
const USERNAME: Record<Role, string> = {
  admin: 'admin',
  strategy_officer: 'strategy',
  leader: 'leader',
  finance_officer: 'bolton.finance1',
  finance_approver: 'bolton.approver1',
};

export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The one place this bench starts the server on the working copy: browser mode's pooled server
 * (core/host/pool.ts: one writer and two reader worker threads, each with its own connection), so a
 * long read on one reader never holds up a short one. The bench's own connection stays open beside
 * it for fixtures and the raw-SQL floors.
 */
export async function startBenchServer(target: { workspace: Workspace; file: string }): Promise<BenchServer> {
  const pool = await openDatabasePool({ file: target.file, channel: 'http', readers: 2 });
  const server = await startHttpServer({ database: pool, port: 0 });
  return {
    url: server.url,
    async close() {
      await server.close();
      await pool.close();
    },
  };
}

interface Answer {
  data: unknown[];
  bytes: number;
}

/** A signed-in user's calls over HTTP, shaped as the renderer's httpBatchLink sends them. */
class Client {
  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  static async signIn(url: string, username: string): Promise<Client> {
    const data = (await new Client(url, '').mutate('auth.signIn', { username, passphrase: GM_SCALE_PASSPHRASE })) as { token: string };
    return new Client(url, data.token);
  }

  /** One batched GET of queries, as the renderer issues the calls of one render together. */
  async batch(calls: ReadonlyArray<{ path: string; input: unknown }>): Promise<Answer> {
    const input = JSON.stringify(Object.fromEntries(calls.map((c, i) => [i, c.input])));
    const res = await fetch(`${this.url}trpc/${calls.map((c) => c.path).join(',')}?batch=1&input=${encodeURIComponent(input)}`, { headers: this.headers() });
    const text = await res.text();
    const body = JSON.parse(text) as unknown;
    if (!Array.isArray(body)) throw new Error(`${calls.map((c) => c.path).join(',')}: HTTP ${res.status} ${text.slice(0, 200)}`);
    const items = body as Array<{ result?: { data: unknown }; error?: { message: string } }>;
    items.forEach((item, i) => {
      if (item.error) throw new Error(`${calls[i]!.path}: ${item.error.message}`);
    });
    return { data: items.map((item) => item.result!.data), bytes: Buffer.byteLength(text) };
  }

  async mutate(path: string, input: unknown): Promise<unknown> {
    const res = await fetch(`${this.url}trpc/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...this.headers() }, body: JSON.stringify(input) });
    const body = (await res.json()) as { result?: { data: unknown }; error?: { message: string } };
    if (!res.ok || body.error) throw new Error(`${path}: ${body.error?.message ?? `HTTP ${res.status}`}`);
    return body.result!.data;
  }

  private headers(): Record<string, string> {
    return this.token ? { authorization: `Bearer ${this.token}` } : {};
  }
}

interface Timing {
  times: number[];
  bytes: number;
  first: unknown;
}

/** One warm-up, then up to RUNS timed runs, stopping early (after MIN_RUNS) once BUDGET_MS is spent. */
async function timed(fn: () => Promise<{ bytes: number; first: unknown }>): Promise<Timing> {
  let last = await fn();
  const times: number[] = [];
  let spent = 0;
  while (times.length < RUNS && (times.length < MIN_RUNS || spent < BUDGET_MS)) {
    const start = performance.now();
    last = await fn();
    const took = performance.now() - start;
    times.push(took);
    spent += took;
  }
  return { times, bytes: last.bytes, first: last.first };
}

async function loadScreen(screen: ScreenLoad, client: Client, fixtures: Fixtures): Promise<{ bytes: number; first: unknown }> {
  let bytes = 0;
  let first: unknown;
  for (const wave of screen.waves) {
    const answer = await client.batch(wave.map((c) => ({ path: c.path, input: c.input(fixtures) })));
    bytes += answer.bytes;
    if (first === undefined) first = answer.data[0];
  }
  return { bytes, first };
}

const one = (sqlite: Database.Database, sql: string, ...params: unknown[]) => sqlite.prepare(sql).get(...params) as Record<string, unknown> | undefined;

/** What resolveFixtures needs of a signed-in client. */
export interface FixtureClient {
  batch(calls: ReadonlyArray<{ path: string; input: unknown }>): Promise<{ data: unknown[] }>;
  mutate(path: string, input: unknown): Promise<unknown>;
}

/** The heaviest record of each kind, so each screen is shown at its worst. */
export async function resolveFixtures(sqlite: Database.Database, clients: Record<'strategy_officer' | 'leader', FixtureClient>): Promise<Fixtures> {
  const fund = one(sqlite, 'select fund_id as id from awards group by fund_id order by count(*) desc, fund_id limit 1')!;
  const award = one(sqlite, 'select e.award_id as id from ledger_entries e join awards a on a.id = e.award_id where a.fund_id = ? group by e.award_id order by count(*) desc limit 1', fund.id)!;
  const programme = one(sqlite, 'select programme_id as id from programme_partners group by programme_id order by count(*) desc, programme_id limit 1') ?? one(sqlite, 'select min(id) as id from programmes')!;
  const partner = one(sqlite, 'select partner_id as id from awards group by partner_id order by count(*) desc, partner_id limit 1')!;
  const indicator = one(
    sqlite,
    `select i.id, f.code as framework_code, ii.code from indicators i
     join framework_versions v on v.id = i.version_id join frameworks f on f.id = v.framework_id join indicator_identities ii on ii.id = i.identity_id
     join (select identity_id, count(*) as n from observations group by identity_id) o on o.identity_id = i.identity_id
     where v.status = 'published' order by o.n desc, i.id limit 1`,
  )!;
  // The outcomes screen opens on the first framework's current version (renderer outcomes-state.ts).
  const [frameworks] = (await clients.strategy_officer.batch([{ path: 'outcomes.frameworks', input: undefined }])).data as [Array<{ versions: Array<{ id: number; status: string }> }>];
  const versions = frameworks[0]!.versions;
  const version = [...versions].reverse().find((v) => v.status === 'published') ?? versions[versions.length - 1]!;
  let pack = one(sqlite, 'select max(id) as id from briefing_packs');
  if (!pack?.id) {
    const generated = (await clients.leader.mutate('packs.generate', {
      audience: 'gmca',
      periodLabel: '2026/27 Q2',
      sections: ['headline', 'programmes', 'grants', 'alignment'].map((id) => ({ id, commentary: `Commentary for ${id}.` })),
      highlightProgrammes: [],
    })) as { id: number };
    pack = { id: generated.id };
  }
  return {
    programmeId: Number(programme.id),
    fundId: Number(fund.id),
    awardId: Number(award.id),
    partnerId: Number(partner.id),
    indicatorId: Number(indicator.id),
    indicatorFrameworkCode: String(indicator.framework_code),
    indicatorCode: String(indicator.code),
    versionId: version.id,
    packId: Number(pack.id),
  };
}

const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`);
const mark = (ok: boolean, target: string) => `${ok ? 'meets' : 'MISSES'} ${target}`;
const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length));
const lpad = (text: string, width: number) => (text.length >= width ? text : ' '.repeat(width - text.length) + text);

/** Five writes at GM scale over HTTP, each against a raw better-sqlite3 insert into the same file. */
async function benchWrites(file: string, sqlite: Database.Database, clients: Record<Role, Client>, fixtures: Fixtures): Promise<string[]> {
  const today = todayIso();
  const run = `${process.pid}-${Date.now().toString(36)}`;
  const lines: string[] = [];

  // Raw floor: one row per committed transaction, same file, same pragmas as the app's connection.
  const raw = new Database(file);
  configureConnection(raw, file);
  raw.exec('create table if not exists bench_raw_inserts (id integer primary key, kind text not null, amount_pence integer not null, actor integer not null, recorded_at text not null) strict');
  const insert = raw.prepare("insert into bench_raw_inserts (kind, amount_pence, actor, recorded_at) values ('payment', 100, 1, ?)");
  const rawTimes: number[] = [];
  insert.run(new Date().toISOString());
  for (let i = 0; i < RAW_INSERTS; i++) {
    const start = performance.now();
    insert.run(new Date().toISOString());
    rawTimes.push(performance.now() - start);
  }
  raw.close();
  const rawMedian = median(rawTimes);

  // An instalment that can take many £1 payments: an active award whose partner's due diligence is current.
  const candidates = sqlite
    .prepare(
      `select i.id from instalments i join awards a on a.id = i.award_id join funds f on f.id = a.fund_id
       where a.status = 'active' and a.award_date <= @today and f.zero_transaction_cost = 1
         and exists (select 1 from partner_due_diligence d where d.partner_id = a.partner_id and d.expires_on > @today)
       order by i.amount_pence desc limit 40`,
    )
    .pluck()
    .all({ today }) as number[];
  let instalmentId: number | null = null;
  const errors: string[] = [];
  let seq = 0;
  const recordPayment = async () =>
    (await clients.finance_officer.mutate('grants.recordPayment', {
      idempotencyKey: `bench-${run}-${String(seq++).padStart(6, '0')}`,
      instalmentId,
      amountPence: 100,
      paymentDate: today,
      reference: `BENCH-${seq}`,
    })) as { paymentId: number };
  for (const candidate of candidates) {
    instalmentId = candidate;
    try {
      await recordPayment();
      break;
    } catch (error) {
      errors.push((error as Error).message);
      instalmentId = null;
    }
  }

  const timeEach = async (label: string, fn: () => Promise<unknown>) => {
    const times: number[] = [];
    await fn();
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await fn();
      times.push(performance.now() - start);
    }
    return { label, med: median(times), p95: percentile(times, 95) };
  };

  const results: Array<{ label: string; med: number; p95: number; target?: (med: number) => string }> = [];
  const againstRaw = (med: number) => mark(med <= TARGET.writeRatio * rawMedian, `≤ ${TARGET.writeRatio}× raw (${(med / rawMedian).toFixed(1)}×)`);
  if (instalmentId === null) {
    lines.push(`  record payment / approve: no instalment took a payment (${errors.slice(0, 2).join('; ')})`);
  } else {
    const payments: number[] = [];
    results.push({ ...(await timeEach('record payment', async () => payments.push((await recordPayment()).paymentId))), target: againstRaw });
    results.push({ ...(await timeEach('approve payment', () => clients.finance_approver.mutate('grants.approvePayment', { paymentId: payments.shift(), date: today }))), target: againstRaw });
  }
  let programmes = 0;
  results.push(
    await timeEach('create programme', () =>
      clients.strategy_officer.mutate('programmes.create', { code: `BENCH-${run}-${programmes++}`.slice(0, 40), name: `Benchmark programme ${programmes}`, type: 'other', status: 'active' }),
    ),
  );
  const latest = one(sqlite, 'select o.period, o.area_code from observations o join indicators i on i.identity_id = o.identity_id where i.id = ? order by o.period desc, o.id desc limit 1', fixtures.indicatorId);
  if (latest) {
    let value = 1;
    results.push(
      await timeEach('record observation', () =>
        clients.strategy_officer.mutate('outcomes.recordObservation', { indicatorId: fixtures.indicatorId, period: latest.period, areaCode: latest.area_code, value: value++, sourceNote: 'Benchmark' }),
      ),
    );
  }
  // Open findings to acknowledge, one per call (fetched once, before timing).
  const open = (await clients.strategy_officer.batch([{ path: 'alignment.findings', input: { status: 'open', page: { offset: 0, limit: RUNS + 1 } } }])).data[0] as { rows: Array<{ key: string }> };
  const keys = open.rows.map((f) => f.key);
  if (keys.length >= RUNS + 1) {
    results.push({
      ...(await timeEach('acknowledge finding', () => clients.strategy_officer.mutate('alignment.acknowledge', { findingKey: keys.shift(), reason: 'Benchmark acknowledgement' }))),
      target: (med) => mark(med < TARGET.acknowledgeMs, `< ${TARGET.acknowledgeMs} ms`),
    });
  } else {
    lines.push(`  acknowledge finding: only ${keys.length} open findings, not timed`);
  }

  lines.unshift(`  ${pad('write', 26)}${lpad('median', 10)}${lpad('p95', 10)}  target`);
  for (const r of results) lines.push(`  ${pad(r.label, 26)}${lpad(fmt(r.med), 10)}${lpad(fmt(r.p95), 10)}  ${r.target ? r.target(r.med) : `(${(r.med / rawMedian).toFixed(1)}× raw)`}`);
  lines.push(`  ${pad('raw better-sqlite3 insert', 26)}${lpad(fmt(rawMedian), 10)}${lpad(fmt(percentile(rawTimes, 95)), 10)}  (one row, own committed transaction, synchronous=FULL, WAL)`);
  return lines;
}

/**
 * npm run bench, "screens at GM scale": every screen's on-load calls (bench/screens.ts) over HTTP on
 * a copy of the Greater Manchester–scale workspace, median and p95; the five heaviest beside their
 * raw-SQL floor (bench/screen-floors.ts); the register page while the heaviest screen loads; and five
 * writes against a raw insert. Targets are printed, never asserted.
 */
export async function benchScreens(): Promise<void> {
  console.log('Screens at Greater Manchester scale (HTTP, each screen\'s on-load calls batched as the renderer sends them)');
  const generation = await generateGmScaleWorkspace(GM_SCALE_FILE, { seed: 1, scale: 1 });
  if (!generation.reused) console.log(`  generated the workspace in ${(generation.elapsedMs / 1000).toFixed(1)} s -> ${GM_SCALE_FILE}`);
  // The bench writes (sign-ins, payments, programmes…): it works on a copy, never on the cached file.
  const file = join(tmpdir(), `alignment-desk-gm-screens-${process.pid}.sqlite`);
  removeWorkspaceFiles(file);
  copyFileSync(GM_SCALE_FILE, file);
  const workspace = await openWorkspaceDatabase(file);
  const server = await startBenchServer({ workspace, file });
  try {
    const roles = Object.keys(USERNAME) as Role[];
    const clients = Object.fromEntries(await Promise.all(roles.map(async (role) => [role, await Client.signIn(server.url, USERNAME[role])] as const))) as Record<Role, Client>;
    const fixtures = await resolveFixtures(workspace.sqlite, clients);
    console.log(`  copy: ${file}; up to ${RUNS} loads per screen after a warm-up (fewer once a screen has used ${BUDGET_MS / 1000} s; n shows how many)`);
    console.log(`  records shown: ${Object.entries(fixtures).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log('');

    const header = `  ${pad('screen', 28)}${lpad('n', 3)}${lpad('median', 10)}${lpad('p95', 10)}${lpad('size', 9)}  ${pad('target', 24)}calls on load (→ a later wave)`;
    console.log(header);
    const results = new Map<ScreenLoad, Timing>();
    for (const screen of SCREENS) {
      const calls = screen.waves.map((wave) => wave.map((c) => c.path).join(' + ')).join(' → ') || '(none)';
      if (screen.waves.length === 0) {
        console.log(`  ${pad(screen.label, 28)}${lpad('–', 3)}${' '.repeat(31)}  ${pad('', 24)}${calls}`);
        continue;
      }
      let timing: Timing;
      try {
        timing = await timed(() => loadScreen(screen, clients[screen.as], fixtures));
      } catch (error) {
        console.log(`  ${pad(screen.label, 28)}FAILED: ${(error as Error).message}`);
        continue;
      }
      results.set(screen, timing);
      const p95 = percentile(timing.times, 95);
      console.log(
        `  ${pad(screen.label, 28)}${lpad(String(timing.times.length), 3)}${lpad(fmt(median(timing.times)), 10)}${lpad(fmt(p95), 10)}${lpad(size(timing.bytes), 9)}  ${pad(mark(p95 < TARGET.screenP95Ms, `p95 < ${TARGET.screenP95Ms} ms`), 24)}${calls}`,
      );
    }

    console.log('');
    console.log(`  five heaviest against the same result straight from better-sqlite3 (target ≤ ${TARGET.floorRatio}× the floor)`);
    const today = todayIso();
    for (const floor of SCREEN_FLOORS) {
      const screen = SCREENS.find((s) => s.route === floor.route)!;
      const timing = results.get(screen);
      if (!timing) {
        console.log(`  ${pad(screen.label, 28)}not measured (the screen failed)`);
        continue;
      }
      const input = screen.waves[0]![0]!.input(fixtures);
      let rows = 0;
      const rawTimes: number[] = [];
      rows = floor.run(workspace.sqlite, input, today);
      let spent = 0;
      while (rawTimes.length < RUNS && (rawTimes.length < MIN_RUNS || spent < BUDGET_MS)) {
        const start = performance.now();
        rows = floor.run(workspace.sqlite, input, today);
        rawTimes.push(performance.now() - start);
        spent += rawTimes[rawTimes.length - 1]!;
      }
      const apiRows = floor.apiRows(timing.first);
      const api = median(timing.times);
      const raw = median(rawTimes);
      const ratio = api / raw;
      console.log(
        `  ${pad(screen.label, 28)}API ${lpad(fmt(api), 9)}  floor ${lpad(fmt(raw), 9)} (${floor.what})  ${ratio.toFixed(1)}×  ${mark(ratio <= TARGET.floorRatio, `≤ ${TARGET.floorRatio}×`)}` +
          (apiRows === rows ? `  (${rows.toLocaleString('en-GB')} rows each)` : `  MISMATCH: API ${apiRows} rows, SQL ${rows}`),
      );
    }

    console.log('');
    // The floors ran synchronously on this thread for seconds, while the server closed the client's idle
    // keep-alive sockets; let the client see those closes before it sends again (else: ECONNRESET).
    await new Promise((resolve) => setTimeout(resolve, 200));
    const register = SCREENS.find((s) => s.route === 'register')!;
    const heaviest = [...results.entries()].filter(([s]) => s !== register).sort((a, b) => median(b[1].times) - median(a[1].times))[0];
    const alone = results.get(register);
    if (heaviest && alone) {
      await concurrentRegister(heaviest, register, alone, clients, fixtures).catch((error: unknown) =>
        console.log(`  register page while "${heaviest[0].label}" loads: FAILED: ${(error as Error).message}${(error as Error).cause ? ` (${String((error as Error).cause)})` : ''}`),
      );
    }

    console.log('');
    console.log(`  writes at GM scale over HTTP (median and p95 of ${RUNS} after a warm-up) against a raw insert into the same file`);
    try {
      for (const line of await benchWrites(file, workspace.sqlite, clients, fixtures)) console.log(line);
    } catch (error) {
      console.log(`  writes: FAILED: ${(error as Error).message}`);
    }
  } finally {
    await server.close();
    await workspace.close();
    removeWorkspaceFiles(file);
  }
}

/** The register page loaded while the heaviest screen's load is in flight, against the register alone. */
async function concurrentRegister(heaviest: [ScreenLoad, Timing], register: ScreenLoad, alone: Timing, clients: Record<Role, Client>, fixtures: Fixtures): Promise<void> {
  const [heavy, heavyTiming] = heaviest;
  const times: number[] = [];
  let spent = 0;
  while (times.length < RUNS && (times.length < MIN_RUNS || spent < BUDGET_MS)) {
    const started = performance.now();
    const background = loadScreen(heavy, clients[heavy.as], fixtures);
    background.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
    await new Promise((resolve) => setTimeout(resolve, Math.min(50, median(heavyTiming.times) / 4)));
    const start = performance.now();
    await loadScreen(register, clients[register.as], fixtures);
    times.push(performance.now() - start);
    await background;
    spent += performance.now() - started;
  }
  const during = median(times);
  const ratio = during / median(alone.times);
  console.log(
    `  register page while "${heavy.label}" loads: median ${fmt(during)}, p95 ${fmt(percentile(times, 95))} (n ${times.length}); alone ${fmt(median(alone.times))}; ${ratio.toFixed(1)}×  ${mark(ratio <= TARGET.concurrentRatio, `≤ ${TARGET.concurrentRatio}× alone`)}`,
  );
}
