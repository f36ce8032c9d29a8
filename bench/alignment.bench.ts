import { copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearAlignmentCache, currentCheck } from '../core/alignment/check';
import { todayIso } from '../core/outcomes/assessment';
import { alignmentReport } from '../core/alignment/report';
import { ALL_RULES } from '../core/alignment/rules';
import { appRouter } from '../core/router';
import { createCallerFactory } from '../core/trpc/init';
import { openWorkspaceDatabase } from '../db/connection';
import { alignmentFindingKeysBySql, SQL_RULES } from './alignment-sql';
import { generateGmScaleWorkspace, GM_SCALE_TODAY } from './gm-scale';
import { median, ms, timeRuns } from './stats';

/** The cached full-size workspace (seed 1, scale 1); GM_SCALE_FILE overrides the path. */
export const GM_SCALE_FILE = process.env.GM_SCALE_FILE ?? join(tmpdir(), 'alignment-desk-gm-scale-seed1.sqlite');
const RUNS = 5;
const AIM_MS = 250;

const SCALE_FACTS: ReadonlyArray<[string, string]> = [
  ['programmes', 'programmes'],
  ['partners', 'partners'],
  ['awards', 'awards'],
  ['ledger entries', 'ledger_entries'],
  ['observations', 'observations'],
];

/**
 * npm run bench: the full alignment check on the Greater Manchester–scale workspace — load the
 * snapshot, run every rule, apply acknowledgements, score coverage and build the matrix
 * (alignmentReport) — beside the equivalent hand-written SQL (bench/alignment-sql: one raw
 * better-sqlite3 statement per rule returning its finding keys), and the ratio. Both run on the same
 * connection, median of five runs after a warm-up. The two sides' finding keys are compared rule by
 * rule; any difference is printed as a MISMATCH.
 */
export async function benchAlignment(): Promise<void> {
  console.log('Alignment check on the Greater Manchester-scale workspace (seed 1, scale 1)');
  const generation = await generateGmScaleWorkspace(GM_SCALE_FILE, { seed: 1, scale: 1 });
  if (!generation.reused) console.log(`  generated the workspace in ${(generation.elapsedMs / 1000).toFixed(1)} s -> ${GM_SCALE_FILE}`);
  const workspace = await openWorkspaceDatabase(GM_SCALE_FILE);
  try {
    const facts = SCALE_FACTS.map(([label, table]) => `${Number(workspace.sqlite.prepare(`select count(*) from ${table}`).pluck().get()).toLocaleString('en-GB')} ${label}`);
    console.log(`  scale: ${facts.join(', ')}; today ${GM_SCALE_TODAY}`);

    let engineKeys = new Map<string, string[]>();
    const engine = await timeRuns(RUNS, async () => {
      clearAlignmentCache(); // the full check from nothing, as before the cache
      const report = await alignmentReport(workspace.db, GM_SCALE_TODAY);
      engineKeys = new Map(ALL_RULES.map((r) => [r.id, [] as string[]]));
      for (const f of report.findings) engineKeys.get(f.ruleId)?.push(f.key);
    });
    let sqlKeys = new Map<string, string[]>();
    const bySql = await timeRuns(RUNS, () => {
      sqlKeys = alignmentFindingKeysBySql(workspace.sqlite, GM_SCALE_TODAY);
    });

    const engineMedian = median(engine);
    const sqlMedian = median(bySql);
    const total = (keys: Map<string, string[]>) => [...keys.values()].reduce((t, list) => t + list.length, 0);
    console.log(`  full engine check from nothing, alignmentReport (median of ${RUNS}): ${ms(engineMedian)}  (${total(engineKeys).toLocaleString('en-GB')} findings)`);
    console.log(`  hand-written SQL, 11 rule queries (median of ${RUNS}): ${ms(sqlMedian)}  (${total(sqlKeys).toLocaleString('en-GB')} findings)`);
    console.log(`  ratio engine / SQL:                              ${(engineMedian / sqlMedian).toFixed(1)}×`);
    console.log(
      `  aim: the full check within ${AIM_MS} ms — the engine takes ${ms(engineMedian)}, ` +
        `${engineMedian <= AIM_MS ? 'within' : `${(engineMedian / AIM_MS).toFixed(1)}× over`} the aim`,
    );
    console.log('  (the engine also applies acknowledgements, scores coverage and builds the matrix; the SQL side returns finding keys only.');
    console.log('   Every rule is SQL, including indicator RAG/staleness and funding-balance shares; JS only binds today and supplies constants.)');

    const mismatches: string[] = [];
    console.log('  findings per rule (engine / SQL, SQL median time alone):');
    for (const rule of SQL_RULES) {
      const statement = workspace.sqlite.prepare(rule.sql).pluck();
      const alone = median(await timeRuns(RUNS, () => (rule.sql.includes('@today') ? statement.all({ today: GM_SCALE_TODAY }) : statement.all())));
      const fromEngine = new Set(engineKeys.get(rule.id) ?? []);
      const fromSql = new Set(sqlKeys.get(rule.id) ?? []);
      const same = fromEngine.size === fromSql.size && [...fromEngine].every((k) => fromSql.has(k));
      if (!same) {
        const onlyEngine = [...fromEngine].filter((k) => !fromSql.has(k));
        const onlySql = [...fromSql].filter((k) => !fromEngine.has(k));
        mismatches.push(`${rule.id}: ${onlyEngine.length} only from the engine (${onlyEngine.slice(0, 3).join(', ')}), ${onlySql.length} only from SQL (${onlySql.slice(0, 3).join(', ')})`);
      }
      console.log(`    ${rule.id.padEnd(34)} ${String(fromEngine.size).padStart(6)} / ${String(fromSql.size).padEnd(6)} ${ms(alone).padStart(12)}${same ? '' : '  MISMATCH'}`);
    }
    for (const id of engineKeys.keys()) if (!sqlKeys.has(id)) mismatches.push(`${id}: no SQL query`);
    if (mismatches.length) {
      console.log('  !!!! MISMATCH: the engine and the hand-written SQL disagree !!!!');
      for (const line of mismatches) console.log(`  !!!! ${line}`);
    } else {
      console.log('  the engine and the SQL find exactly the same keys for every rule');
    }
  } finally {
    await workspace.close();
  }
  await benchAlignmentCache();
}

const CACHE_RUNS = 20;

function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

/**
 * The findings cache (core/alignment/check.ts) at GM scale, median and p95 of 20 after a warm-up: the
 * procedures the alignment screens call (answer serialised to JSON, as over HTTP), acknowledging a
 * finding, and the first (cold) check after a write to each part of the snapshot. Writes go to a copy
 * of the workspace file, never to the cached one.
 */
export async function benchAlignmentCache(): Promise<void> {
  console.log(`Alignment findings cache on the Greater Manchester-scale workspace (median / p95 of ${CACHE_RUNS})`);
  const file = join(tmpdir(), `alignment-desk-bench-cache-${process.pid}.sqlite`);
  copyFileSync(GM_SCALE_FILE, file);
  const workspace = await openWorkspaceDatabase(file);
  try {
    const user = workspace.sqlite.prepare("select id, username from users where role = 'strategy_officer' order by id limit 1").get() as { id: number; username: string };
    const caller = createCallerFactory(appRouter)({
      db: workspace.db,
      actor: { userId: user.id, username: user.username, displayName: user.username, role: 'strategy_officer', sessionId: 0 },
      channel: 'http',
      requestId: 'bench',
    });
    const row = (label: string, times: number[], bytes?: number) =>
      console.log(`  ${label.padEnd(58)} ${ms(median(times)).padStart(12)} ${ms(p95(times)).padStart(12)}${bytes === undefined ? '' : `  ${(bytes / 1024).toFixed(1)} kB`}`);
    const timed = async (label: string, call: () => Promise<unknown>) => {
      let bytes = 0;
      const times = await timeRuns(CACHE_RUNS, async () => {
        bytes = JSON.stringify(await call()).length;
      });
      row(label, times, bytes);
    };
    console.log(`  ${'call'.padEnd(58)} ${'median'.padStart(12)} ${'p95'.padStart(12)}  JSON`);

    // The procedures work out findings for the real today, as over HTTP; so do the checks looked at here.
    const today = todayIso();
    const check = await currentCheck(workspace.db, today);
    await timed('alignment.report (matrix screen), cached', () => caller.alignment.report());
    await timed('alignment.findings, first page of open findings', () => caller.alignment.findings({ status: 'open' }));
    await timed('alignment.findings, page 100 sorted by owner', () => caller.alignment.findings({ status: 'open', sort: 'owner', page: { offset: 5000, limit: 50 } }));
    const programmeId = Number(check.findings.find((f) => f.records[0]?.type === 'programme')!.records[0]!.id);
    await timed("alignment.findings, one programme's open findings", () => caller.alignment.findings({ recordType: 'programme', recordId: programmeId, status: 'open' }));
    const summary = await caller.alignment.report();
    let biggest = { r: 0, c: 0, count: -1 };
    summary.matrix.cells.forEach((cells, r) => cells.forEach((cell, c) => (cell.count > biggest.count ? (biggest = { r, c, count: cell.count }) : null)));
    const cellRow = summary.matrix.rows[biggest.r]!;
    const cellColumn = summary.matrix.columns[biggest.c]!;
    await timed(`alignment.matrixCell, first page of the largest cell (${biggest.count})`, () =>
      caller.alignment.matrixCell({ rowType: cellRow.type, rowId: cellRow.id, columnType: cellColumn.type, columnId: cellColumn.id }),
    );
    const open = (await caller.alignment.findings({ status: 'open', page: { offset: 0, limit: CACHE_RUNS + 1 } })).rows;
    let next = 0;
    const acknowledge = await timeRuns(CACHE_RUNS, () => caller.alignment.acknowledge({ findingKey: open[next++]!.key, reason: 'Benchmark' }));
    row('alignment.acknowledge (a write; the check is not re-run)', acknowledge);
    await timed('alignment.report after acknowledging (still cached)', () => caller.alignment.report());

    clearAlignmentCache();
    const cold = await timeRuns(CACHE_RUNS, async () => {
      clearAlignmentCache();
      await caller.alignment.report();
    });
    row('alignment.report, cold: the whole check from nothing', cold);
    const afterWrite = async (label: string, statement: string) => {
      const write = workspace.sqlite.prepare(statement);
      const times: number[] = [];
      let built = check.built;
      for (let i = 0; i <= CACHE_RUNS; i++) {
        await caller.alignment.report();
        write.run();
        const start = performance.now();
        await caller.alignment.report();
        if (i > 0) times.push(performance.now() - start);
        built = (await currentCheck(workspace.db, today)).built;
      }
      row(`first report after ${label}`, times);
      console.log(`    reloaded ${built.parts.join(', ')}; re-ran ${built.rules.length} of ${ALL_RULES.length} rules`);
    };
    await afterWrite('a payment (award_ledger_totals)', 'update award_ledger_totals set released_pence = released_pence where award_id = (select min(award_id) from award_ledger_totals)');
    await afterWrite('a programme edit', 'update programmes set name = name where id = (select min(id) from programmes)');
    await afterWrite('a link change', 'update alignment_links set rationale = rationale where id = (select min(id) from alignment_links)');
    // Observations are append-only; a target reloads the same part (the frameworks with their figures).
    await afterWrite('an indicator target (frameworks and figures)', 'update indicator_targets set value = value where indicator_id = (select min(indicator_id) from indicator_targets)');
    await afterWrite('a balance target', "update balance_targets set tolerance = tolerance where id = (select min(id) from balance_targets)");

    const floor = await timeRuns(CACHE_RUNS, () => alignmentFindingKeysBySql(workspace.sqlite, GM_SCALE_TODAY));
    row('raw-SQL floor: the 11 rule queries, keys only (bench/alignment-sql)', floor);
  } finally {
    await workspace.close();
    rmSync(file, { force: true });
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
  }
}
