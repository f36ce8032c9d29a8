import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alignmentReport } from '../core/alignment/report';
import { ALL_RULES } from '../core/alignment/rules';
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
    console.log(`  full engine check, alignmentReport (median of ${RUNS}): ${ms(engineMedian)}  (${total(engineKeys).toLocaleString('en-GB')} findings)`);
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
}
