import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../core/audit/service';
import { seedDemoOutcomes } from '../../../core/demo/seed-outcomes';
import { GMCA_CODE, WARDS, WIGAN_BOROUGH_CODE } from '../../../core/demo/data';
import { DEMO_FRAMEWORKS } from '../../../core/demo/data/outcomes';
import { seedReferenceGeography } from '../../../core/geography/seed';
import { frameworkTree, listFrameworks } from '../../../core/outcomes/frameworks-service';
import { assessedIndicators, offTrackList } from '../../../core/outcomes/off-track';
import { openDemoWorkspace } from '../../../core/workspace/service';
import { openWorkspaceDatabase, type Workspace } from '../../../db/connection';

const SYSTEM = { actor: null, requestId: 'test-demo-outcomes', channel: 'system' as const };
const TODAY = '2026-11-25';

async function demoWorkspace(): Promise<Workspace> {
  const workspace = await openWorkspaceDatabase(':memory:');
  await openDemoWorkspace(workspace.db, SYSTEM);
  return workspace;
}

function observationTable(workspace: Workspace): unknown[] {
  return workspace.sqlite
    .prepare(
      `select o.id, i.code, o.period, o.area_code, o.area_vintage, o.revision, o.value, o.status, o.source_note, o.commentary, o.recorded_at, o.recorded_by
       from observations o join indicator_identities i on i.id = o.identity_id order by o.id`,
    )
    .all();
}

describe('demonstration outcome frameworks', () => {
  let workspace: Workspace;
  beforeAll(async () => {
    workspace = await demoWorkspace();
  });
  afterAll(async () => {
    await workspace.close();
  });

  it('seeds the three frameworks with their versions and statuses', async () => {
    const frameworks = await listFrameworks(workspace.db);
    expect(frameworks.map((f) => ({ code: f.code, owner: f.owner, versions: f.versions.map((v) => [v.label, v.status, v.fromFinancialYear]) }))).toEqual([
      { code: 'GMCA-IS', owner: 'gmca', versions: [['2025/26 Phase I', 'published', '2025/26']] },
      { code: 'WGN-PWU', owner: 'council', versions: [['2025/26', 'published', '2025/26']] },
      { code: 'LOF', owner: 'national', versions: [['2026/27 draft', 'draft', '2026/27']] },
    ]);
    const lof = frameworks.find((f) => f.code === 'LOF')!;
    expect(lof.versions[0]!.publishedAt).toBeNull();
  });

  it('gives the GMCA framework six pillars, each with outcomes and indicators', async () => {
    const gm = (await listFrameworks(workspace.db)).find((f) => f.code === 'GMCA-IS')!;
    const tree = await frameworkTree(workspace.db, gm.versions[0]!.id, TODAY);
    const pillars = tree.elements.filter((e) => e.kind === 'pillar');
    expect(pillars.map((p) => p.code)).toEqual(['P-LGP', 'P-LT', 'P-AS', 'P-HR', 'P-ES', 'P-BR']);
    for (const pillar of pillars) {
      const outcomes = tree.elements.filter((e) => e.parentId === pillar.id && e.kind === 'outcome');
      expect(outcomes.length, pillar.code).toBeGreaterThanOrEqual(1);
      expect(outcomes.length, pillar.code).toBeLessThanOrEqual(2);
      expect(outcomes.every((o) => o.illustrative)).toBe(true);
      for (const outcome of outcomes) expect(tree.indicators.some((i) => i.elementId === outcome.id), outcome.code).toBe(true);
    }
    const contextual = tree.indicators.filter((i) => i.kind === 'contextual');
    expect(contextual.length).toBeGreaterThanOrEqual(2);
    // The one contextual indicator named in the published document keeps its wording and is not flagged illustrative.
    expect(contextual.find((i) => i.title === 'Public transport node connectivity score')).toMatchObject({ dataSource: 'DfT Model of Connectivity', illustrative: false, elementId: pillars[1]!.id });
    expect(tree.indicators.filter((i) => i.illustrative).length).toBeGreaterThan(0);
  });

  it('records the 2025/26 funding lines exactly as published, with TBC and unseen figures left empty', async () => {
    const line = (fund: string, spendType: string) =>
      workspace.sqlite.prepare('select amount_pence, home_department, allocation_mechanism, financial_year from framework_funding_lines where fund = ? and spend_type = ?').get(fund, spendType) as
        | { amount_pence: number | null; home_department: string; allocation_mechanism: string; financial_year: string }
        | undefined;
    expect(line('UK Shared Prosperity Fund', 'revenue')).toEqual({ amount_pence: 3_034_941_800, home_department: 'MHCLG', allocation_mechanism: 'National formula', financial_year: '2025/26' });
    expect(line('UK Shared Prosperity Fund', 'capital')?.amount_pence).toBe(1_286_619_700);
    expect(line('Investment Zones', 'revenue')).toMatchObject({ amount_pence: 696_000_000, allocation_mechanism: 'Existing allocation' });
    expect(line('Investment Zones', 'capital')?.amount_pence).toBe(1_080_000_000);
    expect(line('Made Smarter', 'revenue')?.amount_pence).toBe(94_750_000);
    expect(line('City Region Sustainable Transport Settlement', 'capital')).toMatchObject({ amount_pence: 21_550_600_000, home_department: 'DfT' });
    expect(line('Bus Service Improvement Plan', 'revenue')?.amount_pence).toBe(4_366_425_000);
    expect(line('BSIP capacity and capability', 'revenue')?.amount_pence).toBe(12_500_000);
    expect(line('Bus Service Operators Grant (BSOG)', 'revenue')?.amount_pence).toBe(295_369_100);
    expect(line('Commercial BSOG', 'revenue')?.amount_pence).toBe(1_315_081_100);
    expect(line('BSOG Plus', 'revenue')?.amount_pence).toBe(650_000_000);
    expect(line('Rail Admin Grant', 'revenue')?.amount_pence).toBe(156_000_000);
    expect(line('Cross Manchester Ticketing', 'revenue')?.amount_pence).toBe(34_000_000);
    expect(line('Adult Education Budget (including Free Courses for Jobs)', 'revenue')).toMatchObject({ amount_pence: 10_200_000_000, home_department: 'DfE' });
    for (const tbc of ['Growth Hubs', 'Create Growth', 'Active Travel Fund', 'Skills Bootcamps', 'Brownfield Infrastructure and Land Fund']) {
      const row = workspace.sqlite.prepare('select amount_pence, source_title from framework_funding_lines where fund = ?').get(tbc) as { amount_pence: number | null; source_title: string };
      expect(row.amount_pence, tbc).toBeNull();
      expect(row.source_title, tbc).toMatch(/TBC|not visible/);
    }
    // Every pillar has a line, and every line cites the settlement paper.
    const perPillar = workspace.sqlite
      .prepare(`select e.code, count(*) n from framework_funding_lines l join framework_elements e on e.id = l.element_id group by e.code`)
      .all() as Array<{ code: string; n: number }>;
    expect(perPillar.map((r) => r.code).sort()).toEqual(['P-AS', 'P-BR', 'P-ES', 'P-HR', 'P-LGP', 'P-LT']);
    const urls = workspace.sqlite.prepare('select distinct source_url from framework_funding_lines').pluck().all();
    expect(urls).toEqual([expect.stringContaining('greater-manchester-combined-authority-integrated-settlement-2025-to-2026')]);
    // The visible lines add up to the sum of the published figures.
    expect(workspace.sqlite.prepare('select sum(amount_pence) from framework_funding_lines').pluck().get()).toBe(
      (30_349_418 + 12_866_197 + 6_960_000 + 10_800_000 + 947_500 + 215_506_000 + 43_664_250 + 125_000 + 2_953_691 + 13_150_811 + 6_500_000 + 1_560_000 + 340_000 + 102_000_000) * 100,
    );
  });

  it('shows every RAG state, every direction, contextual indicators without RAG and a stale indicator', async () => {
    const rows = await assessedIndicators(workspace.db, {}, TODAY);
    const by = (code: string) => rows.find((r) => r.indicator.code === code)?.assessment;
    const rags = new Set(rows.map((r) => r.assessment?.rag ?? null));
    expect(rags).toEqual(new Set(['green', 'amber', 'red', null]));

    const withPolarity = rows.filter((r) => r.indicator.polarity !== 'none' && r.assessment);
    const withoutPolarity = rows.filter((r) => r.indicator.polarity === 'none' && r.assessment);
    for (const d of ['improving', 'worsening', 'no_change']) expect(withPolarity.map((r) => r.assessment!.direction), d).toContain(d);
    for (const d of ['increasing', 'decreasing', 'no_change']) expect(withoutPolarity.map((r) => r.assessment!.direction), d).toContain(d);

    const contextual = rows.filter((r) => r.indicator.kind === 'contextual' && r.assessment);
    expect(contextual.length).toBeGreaterThanOrEqual(2);
    expect(contextual.every((r) => r.assessment!.rag === null)).toBe(true);
    expect(rows.some((r) => r.assessment?.stale)).toBe(true);

    // Each indicator shows what its data says it demonstrates.
    const expected: Record<string, { rag: string | null; direction: string; stale?: boolean }> = {
      'IS-LGP-01': { rag: 'green', direction: 'improving' },
      'IS-LGP-02': { rag: 'amber', direction: 'improving' },
      'IS-LT-01': { rag: 'red', direction: 'worsening' },
      'IS-LT-C1': { rag: null, direction: 'improving' },
      'IS-LT-C2': { rag: null, direction: 'increasing' },
      'IS-AS-01': { rag: 'green', direction: 'improving' },
      'IS-AS-02': { rag: 'green', direction: 'no_change' },
      'IS-HR-01': { rag: 'green', direction: 'improving' },
      'IS-ES-01': { rag: 'red', direction: 'worsening' },
      'IS-ES-02': { rag: 'amber', direction: 'improving' },
      'IS-BR-01': { rag: 'amber', direction: 'improving', stale: true },
      'PWU-01': { rag: 'amber', direction: 'improving' },
      'PWU-02': { rag: 'green', direction: 'improving' },
      'PWU-03': { rag: 'green', direction: 'no_change' },
      'PWU-04': { rag: 'green', direction: 'worsening' },
      'PWU-C1': { rag: null, direction: 'decreasing' },
      'PWU-05': { rag: 'green', direction: 'improving' },
      'PWU-06': { rag: 'red', direction: 'worsening' },
      'PWU-07': { rag: 'red', direction: 'no_change' },
      'PWU-08': { rag: 'red', direction: 'worsening' },
      'PWU-09': { rag: 'amber', direction: 'improving' },
      'PWU-C2': { rag: null, direction: 'no_change' },
    };
    for (const [code, want] of Object.entries(expected)) {
      const got = by(code);
      expect(got, code).toBeTruthy();
      expect({ code, rag: got!.rag, direction: got!.direction }).toEqual({ code, rag: want.rag, direction: want.direction });
      expect(got!.stale, code).toBe(want.stale ?? false);
    }
    expect(by('PWU-10')).toMatchObject({ rag: 'green', direction: null, stale: true, period: '2023/24' });
    // The national framework is only a draft: it is not reported against (and so never flagged stale) yet.
    expect(rows.filter((r) => r.indicator.frameworkCode === 'LOF')).toHaveLength(0);
  });

  it('puts Red first in the off-track list', async () => {
    const list = await offTrackList(workspace.db, {}, TODAY);
    expect(list.length).toBeGreaterThan(0);
    const rags = list.map((r) => r.assessment!.rag);
    expect(rags[0]).toBe('red');
    expect(rags).toEqual([...rags].sort((a, b) => (a === b ? 0 : a === 'red' ? -1 : 1)));
    expect(new Set(rags)).toEqual(new Set(['red', 'amber']));
  });

  it('keeps observation revisions, commentary and ward-level values', () => {
    const sqlite = workspace.sqlite;
    const revised = sqlite.prepare('select identity_id, period, area_code from observations where revision = 2').all() as Array<{ identity_id: number; period: string; area_code: string }>;
    expect(revised.length).toBeGreaterThanOrEqual(3);
    for (const r of revised) {
      const history = sqlite.prepare('select revision, status from observations where identity_id = ? and period = ? and area_code = ? order by revision').all(r.identity_id, r.period, r.area_code);
      expect(history).toEqual([
        { revision: 1, status: 'provisional' },
        { revision: 2, status: 'final' },
      ]);
    }
    expect(sqlite.prepare("select count(*) from observations where commentary <> ''").pluck().get()).toBeGreaterThanOrEqual(5);
    expect(sqlite.prepare("select count(*) from observations where source_note <> 'Illustrative demonstration value'").pluck().get()).toBe(0);
    // Ward-level indicators have a value for every ward in every period; the others only at their headline area.
    const wardIndicators = sqlite.prepare("select i.identity_id, i.frequency from indicators i where i.geography_level = 'ward'").all() as Array<{ identity_id: number }>;
    expect(wardIndicators.length).toBeGreaterThanOrEqual(2);
    for (const { identity_id } of wardIndicators) {
      const periods = sqlite.prepare('select count(distinct period) from observations where identity_id = ?').pluck().get(identity_id) as number;
      const wardRows = sqlite.prepare("select count(*) from observations o join areas a on a.code = o.area_code where a.area_type = 'ward' and o.identity_id = ? and o.revision = 1").pluck().get(identity_id);
      expect(wardRows).toBe(periods * WARDS.length);
      expect(sqlite.prepare("select count(*) from observations where identity_id = ? and area_vintage = 'WD23'").pluck().get(identity_id)).toBe(wardRows);
    }
    const headlineAreas = sqlite.prepare("select distinct area_code from observations o join areas a on a.code = o.area_code where a.area_type <> 'ward' order by 1").pluck().all();
    expect(headlineAreas).toEqual([GMCA_CODE, WIGAN_BOROUGH_CODE].sort());
    // Quarterly series run from 2023/24 Q1 to 2026/27 Q2.
    expect(sqlite.prepare("select min(period), max(period) from observations where period like '% Q%'").raw().get()).toEqual(['2023/24 Q1', '2026/27 Q2']);
  });

  it('leaves an intact audit chain with a summary entry per framework', async () => {
    expect((await verifyAuditChain(workspace.db)).ok).toBe(true);
    const seeded = workspace.sqlite.prepare("select count(*) from audit_log where action = 'framework.seed'").pluck().get();
    expect(seeded).toBe(DEMO_FRAMEWORKS.length);
    expect(workspace.sqlite.prepare("select count(*) from audit_log where action = 'observation.seed'").pluck().get()).toBeGreaterThan(0);
    expect(workspace.sqlite.prepare("select count(*) from audit_log where action = 'indicator.create'").pluck().get()).toBe(
      DEMO_FRAMEWORKS.reduce((n, f) => n + f.versions.reduce((m, v) => m + v.indicators.length, 0), 0),
    );
  });

  it('is deterministic: a second demonstration workspace has the identical observation table', async () => {
    const second = await demoWorkspace();
    try {
      expect(observationTable(second)).toEqual(observationTable(workspace));
      const targets = (w: Workspace) => w.sqlite.prepare('select * from indicator_targets order by indicator_id, period').all();
      expect(targets(second)).toEqual(targets(workspace));
    } finally {
      await second.close();
    }
  });

  it('seeds quickly inside the caller’s transaction', async () => {
    const fresh = await openWorkspaceDatabase(':memory:');
    try {
      const started = performance.now();
      await fresh.db.transaction().execute(async (trx) => {
        await seedReferenceGeography(trx);
        await seedDemoOutcomes(trx, SYSTEM);
      });
      const elapsed = performance.now() - started;
      expect(elapsed).toBeLessThan(1500);
      expect(fresh.sqlite.prepare('select count(*) from observations').pluck().get()).toBe(observationTable(workspace).length);
      expect((await verifyAuditChain(fresh.db)).ok).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});
