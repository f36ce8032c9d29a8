/**
 * How the findings cache decides what to redo: acknowledging and signing in redo nothing; a write
 * re-runs only the rules that read what it changed; every rule declares what it reads; every table a
 * part of the snapshot reads is one whose change stamp keys that part.
 */
import { Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { currentCheck, PART_TABLES } from '../../core/alignment/check';
import { loadFrameworks } from '../../core/alignment/load/frameworks';
import { loadAwards, loadFunds } from '../../core/alignment/load/grants';
import { loadProgrammes } from '../../core/alignment/load/programmes';
import { loadAlignmentSnapshot, loadBalanceTargets, loadLinksPart } from '../../core/alignment/load/snapshot';
import { ALL_RULES, type AlignmentSnapshot } from '../../core/alignment/rules';
import { todayIso } from '../../core/outcomes/assessment';
import { ImmediateSqliteDialect } from '../../db/connection';
import type { DB } from '../../db/schema';
import { demoWorkspace } from '../helpers/demo-workspace';

type Demo = Awaited<ReturnType<typeof demoWorkspace>>;
const today = todayIso();

describe('the findings cache', () => {
  let ws: Demo;
  beforeAll(async () => {
    ws = await demoWorkspace();
  });
  afterAll(() => ws.close());
  afterEach(() => vi.restoreAllMocks());

  /** Spies on every rule's run; returns the ids of the rules run since. */
  const spyOnRules = () => {
    const spies = ALL_RULES.map((rule) => ({ id: rule.id, spy: vi.spyOn(rule, 'run') }));
    return () => spies.filter((s) => s.spy.mock.calls.length > 0).map((s) => s.id);
  };

  it('acknowledging a finding, signing in and reading again re-run no rule and reload nothing', async () => {
    const strategy = await ws.as('strategy');
    const leader = await ws.as('leader');
    const warm = await currentCheck(ws.db, today);
    const rulesRun = spyOnRules();

    const open = await leader.alignment.findings({ status: 'open' });
    await strategy.alignment.acknowledge({ findingKey: open.rows[0]!.key, reason: 'Known; in hand' });
    await ws.as('approver'); // a sign-in writes a session and the audit log
    await leader.alignment.report();
    const acknowledged = await leader.alignment.findings({ status: 'acknowledged' });

    expect(acknowledged.rows.map((f) => f.key)).toEqual([open.rows[0]!.key]);
    expect(rulesRun()).toEqual([]);
    expect(await currentCheck(ws.db, today)).toBe(warm);
  });

  it('a write re-runs only the rules that read what it changed', async () => {
    await currentCheck(ws.db, today);
    let rulesRun = spyOnRules();
    // The money released to partners lives in award_ledger_totals: only the funds part reloads.
    const award = await ws.db.selectFrom('award_ledger_totals').select('award_id').limit(1).executeTakeFirstOrThrow();
    await ws.db.updateTable('award_ledger_totals').set((eb) => ({ released_pence: eb('released_pence', '+', 1) })).where('award_id', '=', award.award_id).execute();
    const afterLedger = await currentCheck(ws.db, today);
    expect(afterLedger.built.parts).toEqual(['funds']);
    expect(rulesRun().sort()).toEqual(ALL_RULES.filter((r) => r.reads.includes('funds')).map((r) => r.id).sort());
    expect(rulesRun()).not.toContain('programme-without-mission');

    vi.restoreAllMocks();
    rulesRun = spyOnRules();
    const programme = await ws.db.selectFrom('programmes').select('id').limit(1).executeTakeFirstOrThrow();
    await ws.db.updateTable('programmes').set({ name: 'Renamed by the cache test' }).where('id', '=', programme.id).execute();
    const afterProgramme = await currentCheck(ws.db, today);
    expect(afterProgramme.built.parts).toEqual(['programmes']);
    expect(rulesRun().sort()).toEqual(ALL_RULES.filter((r) => r.reads.includes('programmes')).map((r) => r.id).sort());
  });

  it('every rule reads only the parts of the snapshot it declares', async () => {
    const { snapshot } = await loadAlignmentSnapshot(ws.db, { today });
    for (const rule of ALL_RULES) {
      const read = new Set<string>();
      const watched = new Proxy(snapshot, {
        get(target, field, receiver) {
          if (typeof field === 'string') read.add(field);
          return Reflect.get(target, field, receiver) as unknown;
        },
      }) as AlignmentSnapshot;
      const findings = rule.run(watched);
      expect(findings).toEqual(rule.run(snapshot)); // the same rule, the same answer
      expect({ rule: rule.id, undeclared: [...read].filter((field) => !(rule.reads as readonly string[]).includes(field)) }).toEqual({ rule: rule.id, undeclared: [] });
    }
  });

  it('every table each part of the snapshot reads is among the tables whose stamps key that part', async () => {
    const tables = (ws.sqlite.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[]).filter((t) => !t.startsWith('kysely_'));
    const stamped = new Set(ws.sqlite.prepare('select table_name from change_stamps').pluck().all() as string[]);
    const readBy = async (load: (db: Kysely<DB>) => Promise<unknown>) => {
      const statements: string[] = [];
      const logged = new Kysely<DB>({ dialect: new ImmediateSqliteDialect(ws.sqlite), log: (event) => void statements.push(event.query.sql) });
      await load(logged);
      return tables.filter((t) => statements.some((sql) => sql.includes(`"${t}"`))).sort();
    };
    const frameworks = await loadFrameworks(ws.db, today);
    const reads = {
      programmes: await readBy(loadProgrammes),
      frameworks: await readBy((db) => loadFrameworks(db, today)),
      links: await readBy((db) => loadLinksPart(db, frameworks)),
      funds: await readBy(loadFunds),
      awards: await readBy(loadAwards),
      targets: await readBy((db) => loadBalanceTargets(db, frameworks)),
    };
    for (const [part, read] of Object.entries(reads)) {
      expect(read.length).toBeGreaterThan(0);
      // Link provenance names its creator from users; no finding, figure or page shows it, so users carry no stamp.
      const expected = read.filter((t) => !(part === 'links' && t === 'users'));
      expect({ part, tables: [...PART_TABLES[part as keyof typeof PART_TABLES]].sort() }).toEqual({ part, tables: expected });
      for (const t of expected) expect(stamped.has(t)).toBe(true);
    }
  });
});
