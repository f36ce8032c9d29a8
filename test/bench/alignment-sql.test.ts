import type Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alignmentFindingKeysBySql, indicatorStatusBySql, SQL_RULES } from '../../bench/alignment-sql';
import { generateGmScaleWorkspace, GM_SCALE_TODAY } from '../../bench/gm-scale';
import { loadAlignmentSnapshot } from '../../core/alignment/load/snapshot';
import { alignmentReport } from '../../core/alignment/report';
import { ALL_RULES } from '../../core/alignment/rules';
import { nextPeriod, periodKeyOf, previousPeriod } from '../../core/outcomes/status/periods';
import { openWorkspaceDatabase, type Workspace } from '../../db/connection';
import type { DB } from '../../db/schema';
import type { Kysely } from 'kysely';
import { demoWorkspace } from '../helpers/demo-workspace';
import { tempDir } from '../helpers/raw-db';

/**
 * The hand-written SQL side of the alignment benchmark (bench/alignment-sql) must find exactly what
 * the engine finds: the same set of finding keys for every rule.
 */

type Keys = Record<string, string[]>;

async function engineKeys(db: Kysely<DB>, today: string): Promise<Keys> {
  const report = await alignmentReport(db, today);
  const keys: Keys = Object.fromEntries(ALL_RULES.map((r) => [r.id, [] as string[]]));
  for (const f of report.findings) keys[f.ruleId]!.push(f.key);
  for (const list of Object.values(keys)) list.sort();
  return keys;
}

function sqlKeys(sqlite: Database.Database, today: string): Keys {
  const byRule = alignmentFindingKeysBySql(sqlite, today);
  const keys: Keys = {};
  for (const [id, list] of byRule) {
    expect(new Set(list).size, `${id} returns each key once`).toBe(list.length);
    keys[id] = [...list].sort();
  }
  return keys;
}

/** Rules that found something in at least one comparison (so no rule is compared only on empty lists). */
const fired = new Set<string>();

async function expectSameKeys(ws: Pick<Workspace, 'db' | 'sqlite'>, today: string): Promise<Keys> {
  const engine = await engineKeys(ws.db, today);
  const bySql = sqlKeys(ws.sqlite, today);
  expect(Object.keys(bySql).sort()).toEqual(Object.keys(engine).sort());
  for (const id of Object.keys(engine)) {
    expect(bySql[id], `${id} on ${today}`).toEqual(engine[id]);
    if (engine[id]!.length) fired.add(id);
  }
  return engine;
}

/** The SQL indicator assessment equals what the snapshot builder gets from core/outcomes/status. */
async function expectSameIndicatorStatus(ws: Pick<Workspace, 'db' | 'sqlite'>, today: string): Promise<number> {
  const { snapshot } = await loadAlignmentSnapshot(ws.db, { today });
  const rows = indicatorStatusBySql(ws.sqlite, today);
  const bySql = new Map(rows.map((r) => [r.id, r]));
  expect(bySql.size).toBe(snapshot.indicators.length);
  for (const ind of snapshot.indicators) {
    const row = bySql.get(ind.id);
    expect(row, `indicator ${ind.code}`).toBeDefined();
    expect(
      { rag: row!.rag, stale: row!.stale === 1, dueBy: row!.due_by, latestPeriod: row!.latest_period, start: row!.period_start, end: row!.period_end },
      `indicator ${ind.code} on ${today}`,
    ).toEqual({ rag: ind.rag, stale: ind.stale, dueBy: ind.dueBy, latestPeriod: ind.latestPeriod, start: ind.latestPeriodStart, end: ind.latestPeriodEnd });
  }
  return snapshot.indicators.length;
}

const count = (keys: Keys) => Object.values(keys).reduce((t, l) => t + l.length, 0);

it('has one SQL query for every engine rule, in ALL_RULES order', () => {
  expect(SQL_RULES.map((r) => r.id)).toEqual(ALL_RULES.map((r) => r.id));
});

describe('alignment rules in SQL on the demonstration workspace', () => {
  let ws: Awaited<ReturnType<typeof demoWorkspace>>;
  beforeAll(async () => {
    ws = await demoWorkspace();
  });
  afterAll(() => ws.close());

  for (const today of ['2025-09-30', '2026-05-01', '2027-08-15']) {
    it(`finds the same keys as the engine, and rates indicators the same, on ${today}`, async () => {
      const keys = await expectSameKeys(ws, today);
      expect(count(keys)).toBeGreaterThan(0);
      expect(await expectSameIndicatorStatus(ws, today)).toBeGreaterThan(10);
    });
  }

  it('has findings from several rules to compare', async () => {
    const keys = await engineKeys(ws.db, '2026-05-01');
    const firing = Object.entries(keys).filter(([, list]) => list.length > 0).map(([id]) => id);
    expect(firing.length).toBeGreaterThanOrEqual(4);
  });
});

describe('alignment rules in SQL after targeted changes (demonstration workspace)', () => {
  const TODAY = '2026-05-01';
  let ws: Awaited<ReturnType<typeof demoWorkspace>>;
  let sqlite: Database.Database;
  beforeAll(async () => {
    ws = await demoWorkspace();
    sqlite = ws.sqlite;
  });
  afterAll(() => ws.close());

  const programmeId = (code: string) => Number(sqlite.prepare('select id from programmes where code = ?').pluck().get(code));
  const userId = () => Number(sqlite.prepare('select min(id) from users').pluck().get());

  it('unlinking every link of a programme adds the same findings on both sides', async () => {
    const id = programmeId('WGN-NFD');
    const before = await expectSameKeys(ws, TODAY);
    expect(before['programme-without-mission']).not.toContain(`programme-without-mission:programme:${id}`);
    const removed = sqlite
      .prepare("update alignment_links set removed_at = '2026-04-30T10:00:00.000Z', removed_by = ? where programme_id = ? and removed_at is null")
      .run(userId(), id).changes;
    expect(removed).toBeGreaterThan(0);
    const after = await expectSameKeys(ws, TODAY);
    expect(after['programme-without-mission']).toContain(`programme-without-mission:programme:${id}`);
    expect(after['programme-without-gmca-outcome']).toContain(`programme-without-gmca-outcome:programme:${id}`);
    expect(count(after)).toBeGreaterThan(count(before));
  });

  it('a link naming its framework in another letter case resolves on neither side; the exact code does', async () => {
    const id = programmeId('WGN-NFD');
    const insert = sqlite.prepare(
      `insert into alignment_links (programme_id, target_type, target_framework_code, target_code, strength, rationale, evidence, created_by, created_at)
       values (?, 'priority', ?, 'M2.1', 'primary', 'Test link.', '', ?, '2026-04-30T11:00:00.000Z')`,
    );
    insert.run(id, 'wgn-pwu', userId());
    const lowerCase = await expectSameKeys(ws, TODAY);
    expect(lowerCase['programme-without-mission']).toContain(`programme-without-mission:programme:${id}`);
    insert.run(id, 'WGN-PWU', userId());
    const exact = await expectSameKeys(ws, TODAY);
    expect(exact['programme-without-mission']).not.toContain(`programme-without-mission:programme:${id}`);
  });

  it('archiving a programme, moving a partner and cancelling awards change both sides alike', async () => {
    const before = await expectSameKeys(ws, TODAY);
    const archived = programmeId('WGN-FALLS');
    sqlite.prepare("update programmes set archived_at = '2026-04-30T12:00:00.000Z', archive_reason = 'test' where id = ?").run(archived);
    const afterArchive = await expectSameKeys(ws, TODAY);
    expect(before['programme-without-gmca-outcome']).toContain(`programme-without-gmca-outcome:programme:${archived}`);
    expect(afterArchive['programme-without-gmca-outcome']).not.toContain(`programme-without-gmca-outcome:programme:${archived}`);

    // Move the partner of a live award into a (new) ward that no programme lists.
    const award = sqlite
      .prepare(
        `select a.id, a.partner_id from awards a join funds f on f.id = a.fund_id join programmes p on p.id = f.programme_id
         where a.status <> 'cancelled' and p.archived_at is null and exists (select 1 from programme_areas pa join areas w on w.code = pa.area_code
           where pa.programme_id = f.programme_id and w.area_type = 'ward') order by a.id limit 1`,
      )
      .get() as { id: number; partner_id: number };
    expect(award).toBeDefined();
    sqlite.prepare("insert into areas (code, name, area_type, parent_code) values ('E05999999', 'Test ward', 'ward', 'E08000010')").run();
    sqlite.prepare("update partners set ward_code = 'E05999999' where id = ?").run(award.partner_id);
    const moved = await expectSameKeys(ws, TODAY);
    expect(moved['geography-mismatch']).toContain(`geography-mismatch:award:${award.id}`);
    sqlite.prepare("update awards set status = 'cancelled' where id = ?").run(award.id);
    const cancelled = await expectSameKeys(ws, TODAY);
    expect(cancelled['geography-mismatch']).not.toContain(`geography-mismatch:award:${award.id}`);
  });

  // load/grants.ts pre-filters awards in SQL; it must compare the partner's ward with the programme's
  // WARDS only, as the rule does — not with a borough the programme also lists.
  it('a partner registered at an area the programme lists but which is not a ward is a geography mismatch on both sides', async () => {
    const id = programmeId('WGN-LWT');
    const partner = Number(
      sqlite.prepare("select a.partner_id from awards a join funds f on f.id = a.fund_id where f.programme_id = ? and a.status <> 'cancelled' order by a.id limit 1").pluck().get(id),
    );
    sqlite.prepare("insert or ignore into programme_areas (programme_id, area_code) values (?, 'E08000010')").run(id);
    sqlite.prepare("update partners set ward_code = 'E08000010' where id = ?").run(partner);
    const keys = await expectSameKeys(ws, TODAY);
    expect(keys['geography-mismatch']!.length).toBeGreaterThan(0);
  });

  it('awards above confirmed funding once a programme’s confirmed lines become planned, on both sides', async () => {
    const id = Number(
      sqlite.prepare("select f.programme_id from funds f join awards a on a.fund_id = f.id join programmes p on p.id = f.programme_id where a.status <> 'cancelled' and p.archived_at is null order by f.id limit 1").pluck().get(),
    );
    sqlite.prepare("update programme_funding_lines set certainty = 'planned' where programme_id = ?").run(id);
    const keys = await expectSameKeys(ws, TODAY);
    expect(keys['awards-above-confirmed-funding']).toContain(`awards-above-confirmed-funding:programme:${id}`);
  });

  it('pillars matched by title when their element code changes (normalised), or not at all, agree on both sides', async () => {
    const rename = sqlite.prepare(
      `update framework_elements set code = ?, title = ? where kind = 'pillar' and code = ?
       and version_id in (select id from framework_versions where status = 'published')`,
    );
    expect(rename.run('PX-ES', ' Employment \t support ', 'P-ES').changes).toBe(1);
    expect(rename.run('PX-HR', 'HOUSING & Regeneration', 'P-HR').changes).toBe(1);
    const matched = await expectSameKeys(ws, TODAY);
    expect(rename.run('PX-LGP', 'Local growth, and place', 'P-LGP').changes).toBe(1);
    const unmatched = await expectSameKeys(ws, TODAY);
    expect(unmatched).not.toEqual(matched);
  });

  it('balance targets named by code or by FRAMEWORK|CODE, and a tight one, agree on both sides', async () => {
    const set = sqlite.prepare(
      `insert into balance_targets (dimension, code, target_share, tolerance, set_by, set_at) values (?, ?, ?, ?, ?, '2026-04-30T13:00:00.000Z')
       on conflict (dimension, code) do update set target_share = excluded.target_share, tolerance = excluded.tolerance`,
    );
    set.run('mission', 'M1', 0.99, 0, userId());
    set.run('mission', 'WGN-PWU|M2', 0, 0, userId());
    set.run('mission', 'NO-SUCH-MISSION', 0.5, 0.01, userId());
    set.run('pillar', 'adult_skills', 0.9, 0.01, userId());
    set.run('pillar', 'not_a_pillar', 0.5, 0.01, userId());
    const keys = await expectSameKeys(ws, TODAY);
    expect(keys['funding-balance']!.length).toBeGreaterThanOrEqual(2);
  });

  it('a new figure for a stale indicator clears stale evidence on both sides', async () => {
    const { snapshot } = await loadAlignmentSnapshot(ws.db, { today: TODAY });
    const before = await expectSameKeys(ws, TODAY);
    const stale = snapshot.indicators.find((i) => before['stale-evidence']!.includes(`stale-evidence:indicator:${i.id}`))!;
    expect(stale).toBeDefined();
    const row = sqlite
      .prepare(
        `select i.geography_level from indicators i join framework_versions v on v.id = i.version_id where i.identity_id = ? and v.status = 'published'`,
      )
      .get(stale.id) as { geography_level: string };
    const area = row.geography_level === 'combined_authority' ? 'E47000001' : 'E08000010';
    const period = previousPeriod(stale.frequency, periodKeyOf(stale.frequency, TODAY));
    expect(nextPeriod(stale.frequency, period)).toBe(periodKeyOf(stale.frequency, TODAY));
    sqlite
      .prepare(
        `insert into observations (identity_id, period, area_code, area_vintage, revision, value, status, source_note, commentary, recorded_at, recorded_by)
         values (?, ?, ?, null, 1, 1, 'provisional', 'test', '', '2026-04-30T14:00:00.000Z', ?)`,
      )
      .run(stale.id, period, area, userId());
    const after = await expectSameKeys(ws, TODAY);
    expect(after['stale-evidence']).not.toContain(`stale-evidence:indicator:${stale.id}`);
    await expectSameIndicatorStatus(ws, TODAY);

    // Withdrawing that figure brings the finding back on both sides; a later revision clears it again.
    const figure = Number(sqlite.prepare('select id from observations where identity_id = ? and period = ? and area_code = ?').pluck().get(stale.id, period, area));
    const withdraw = sqlite.prepare("insert into observation_withdrawals (observation_id, reason, withdrawn_at, withdrawn_by) values (?, 'test', '2026-04-30T15:00:00.000Z', ?)");
    withdraw.run(figure, userId());
    const withdrawn = await expectSameKeys(ws, TODAY);
    expect(withdrawn['stale-evidence']).toContain(`stale-evidence:indicator:${stale.id}`);
    await expectSameIndicatorStatus(ws, TODAY);
    sqlite
      .prepare(
        `insert into observations (identity_id, period, area_code, area_vintage, revision, value, status, source_note, commentary, recorded_at, recorded_by)
         values (?, ?, ?, null, 2, 1, 'final', 'test', '', '2026-04-30T16:00:00.000Z', ?)`,
      )
      .run(stale.id, period, area, userId());
    expect((await expectSameKeys(ws, TODAY))['stale-evidence']).not.toContain(`stale-evidence:indicator:${stale.id}`);
  });

  it('a withdrawn latest figure and a withdrawn comparator figure change the ratings alike on both sides', async () => {
    // Withdraw the current revision of the latest headline figure of every published indicator, then
    // of the next latest: latest periods, comparators, RAG and staleness all move.
    const latestFigures = () =>
      sqlite
        .prepare(
          `select o.id from observations o
           join indicators i on i.identity_id = o.identity_id join framework_versions v on v.id = i.version_id and v.status = 'published'
           where o.area_code = case when i.geography_level = 'combined_authority' then 'E47000001' else 'E08000010' end
             and o.period = (select max(o2.period) from observations o2 where o2.identity_id = o.identity_id and o2.area_code = o.area_code
                             and not exists (select 1 from observation_withdrawals w join observations c on c.id = w.observation_id
                                             where c.identity_id = o2.identity_id and c.area_code = o2.area_code and c.period = o2.period))
             and o.revision = (select max(r.revision) from observations r where r.identity_id = o.identity_id and r.area_code = o.area_code and r.period = o.period)
             and i.id % 2 = 0`,
        )
        .pluck()
        .all() as number[];
    const withdraw = sqlite.prepare("insert or ignore into observation_withdrawals (observation_id, reason, withdrawn_at, withdrawn_by) values (?, 'test', '2026-04-30T17:00:00.000Z', ?)");
    const changed = (a: unknown[][], b: unknown[][]) => a.filter((row, i) => JSON.stringify(row) !== JSON.stringify(b[i])).length;
    const ratings = async () => (await loadAlignmentSnapshot(ws.db, { today: TODAY })).snapshot.indicators.map((i) => [i.id, i.latestPeriod, i.rag, i.stale]);
    const before = await ratings();
    const first = latestFigures();
    expect(first.length).toBeGreaterThan(3);
    for (const id of first) withdraw.run(id, userId());
    await expectSameKeys(ws, TODAY);
    await expectSameIndicatorStatus(ws, TODAY);
    const once = await ratings();
    for (const id of latestFigures()) withdraw.run(id, userId());
    await expectSameKeys(ws, TODAY);
    await expectSameIndicatorStatus(ws, TODAY);
    const twice = await ratings();
    // The other half: withdraw every current headline figure but the latest, so only comparators go.
    const comparators = sqlite
      .prepare(
        `select o.id from observations o
         join indicators i on i.identity_id = o.identity_id join framework_versions v on v.id = i.version_id and v.status = 'published'
         where o.area_code = case when i.geography_level = 'combined_authority' then 'E47000001' else 'E08000010' end
           and o.period < (select max(o2.period) from observations o2 where o2.identity_id = o.identity_id and o2.area_code = o.area_code)
           and o.revision = (select max(r.revision) from observations r where r.identity_id = o.identity_id and r.area_code = o.area_code and r.period = o.period)
           and i.id % 2 = 1`,
      )
      .pluck()
      .all() as number[];
    for (const id of comparators) withdraw.run(id, userId());
    await expectSameKeys(ws, TODAY);
    await expectSameIndicatorStatus(ws, TODAY);
    expect(changed(twice, await ratings())).toBeGreaterThan(0);
    expect(changed(before, once)).toBeGreaterThan(3);
    expect(changed(once, twice)).toBeGreaterThan(3);
  });
});

describe('alignment rules in SQL on a generated GM-scale workspace (scale 0.002)', () => {
  let dir: string;
  let ws: Workspace;
  beforeAll(async () => {
    dir = tempDir('alignment-sql-test-');
    const file = join(dir, 'gm.sqlite');
    await generateGmScaleWorkspace(file, { seed: 3, scale: 0.002, log: () => {} });
    ws = await openWorkspaceDatabase(file);
  }, 60_000);
  afterAll(async () => {
    await ws?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const today of [GM_SCALE_TODAY, '2025-11-01']) {
    it(`finds the same keys as the engine on ${today}`, async () => {
      const keys = await expectSameKeys(ws, today);
      expect(count(keys)).toBeGreaterThan(0);
      await expectSameIndicatorStatus(ws, today);
    });
  }
});

it('compared every rule on at least one case where it found something', () => {
  expect([...fired].sort()).toEqual(ALL_RULES.map((r) => r.id).sort());
});
