/**
 * Issue 10: no procedure returns more than about 1 MB, and every list answers at most one page.
 * Walks every query procedure of the router (a new one is covered automatically, and fails here until
 * it has a line in INPUTS) on a generated GM-shaped workspace large enough that each kind of list runs
 * past a page (more than 200 funds, partners, awards, programmes and observations per indicator), as a
 * user of every role the procedure allows. At this size 1 MB is rarely reached, so the page bound —
 * no array anywhere in an answer longer than MAX_PAGE_SIZE — is what shows a list that grows with the
 * workspace. Each failure names the procedure, the role, where the long array is and its length.
 */
import Database from 'better-sqlite3';
import { copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateGmScaleWorkspace, GM_SCALE_PASSPHRASE } from '../../bench/gm-scale';
import { actorForToken } from '../../core/identity/sessions';
import { signIn } from '../../core/identity/service';
import { appRouter } from '../../core/router';
import { MAX_PAGE_SIZE } from '../../core/shared/paging';
import type { Role } from '../../core/shared/roles';
import { createCallerFactory } from '../../core/trpc/init';
import { openWorkspaceDatabase, type Workspace } from '../../db/connection';
import { tempDir } from '../helpers/raw-db';

/** ~264 funds, 1,400 partners, 14,000 awards, 70,000 ledger entries and observations; generated in about 5 s, then cached. */
const SCALE = 0.07;
const CACHED = join(tmpdir(), `alignment-desk-gm-scale-seed1-scale${SCALE}.sqlite`);
const MAX_BYTES = 1024 * 1024;
const USERNAME: Record<Role, string> = { admin: 'admin', strategy_officer: 'strategy', leader: 'leader', finance_officer: 'bolton.finance1', finance_approver: 'bolton.approver1' };

interface Fixtures {
  programmeId: number;
  partnerId: number;
  fundId: number;
  awardId: number;
  indicatorId: number;
  versionId: number;
  otherVersionId: number;
  frameworkCode: string;
  outcomeCode: string;
  indicatorFrameworkCode: string;
  indicatorCode: string;
  packId: number;
  otherPackId: number;
  /** The matrix cell with the most programmes (read from alignment.report once the workspace is open). */
  cell: { rowType: 'mission' | 'priority'; rowId: number; columnType: 'pillar' | 'outcome'; columnId: number };
}

interface Entry {
  input?: (f: Fixtures) => unknown;
  /** A file download (export): its size is the data's size by nature, so neither bound applies. */
  download?: string;
  /** Arrays (by path, indices as [*]) that do not grow with the workspace, allowed past a page, with the reason. */
  bounded?: Record<string, string>;
}

/** Inputs for every query procedure, chosen to show each at its largest (the biggest fund, partner…). */
const INPUTS: Record<string, Entry> = {
  'workspace.status': {},
  'auth.me': {},
  'auth.sessions': {},
  'users.list': {},
  'audit.list': { input: () => ({ limit: 500 }) },
  'audit.head': {},
  'audit.verify': {},
  'geography.wards': { bounded: { $: 'the wards of the ten Greater Manchester boroughs: reference geography (226)' } },
  'partners.options': { input: () => ({ search: '', ids: [] }) },
  'partners.orgIdSchemes': {},
  'partners.list': { input: () => ({ page: { offset: 0, limit: MAX_PAGE_SIZE } }) },
  'partners.get': { input: (f) => ({ id: f.partnerId }) },
  'partners.history': { input: (f) => ({ id: f.partnerId }) },
  'partners.checkDuplicates': { input: () => ({ name: 'Community' }) },
  'partners.dueDiligence': { input: (f) => ({ partnerId: f.partnerId }) },
  'programmes.list': { input: () => ({ pageSize: 200 }) },
  'programmes.get': { input: (f) => ({ id: f.programmeId }) },
  'programmes.history': { input: (f) => ({ id: f.programmeId }) },
  'programmes.export': { input: () => ({ format: 'csv' }), download: 'the register as CSV or XLSX' },
  'outcomes.frameworks': {},
  'outcomes.tree': { input: (f) => ({ versionId: f.versionId }) },
  'outcomes.compare': { input: (f) => ({ fromVersionId: f.otherVersionId, toVersionId: f.versionId }) },
  'outcomes.indicator': { input: (f) => ({ id: f.indicatorId, areaCode: null }), bounded: { '$.areas': 'the areas the indicator has figures for: Greater Manchester, its boroughs and wards (reference geography)' } },
  'outcomes.indicatorHistory': { input: (f) => ({ id: f.indicatorId, areaCode: null, page: { offset: 0, limit: MAX_PAGE_SIZE } }) },
  'outcomes.indicators': { input: () => ({}) },
  'outcomes.offTrack': { input: () => ({}) },
  'outcomes.exportObservations': { input: () => ({ format: 'csv' }), download: 'observations as CSV or XLSX' },
  'outcomes.exportIndicators': { input: (f) => ({ format: 'csv', versionId: f.versionId }), download: 'indicators as CSV or XLSX' },
  'grants.funds': { input: () => ({ page: { offset: 0, limit: MAX_PAGE_SIZE } }) },
  'grants.fundStatement': { input: (f) => ({ fundId: f.fundId }) },
  'grants.awards': { input: (f) => ({ fundId: f.fundId, page: { offset: 0, limit: MAX_PAGE_SIZE } }) },
  'grants.award': { input: (f) => ({ id: f.awardId }) },
  'grants.ledger': { input: (f) => ({ fundId: f.fundId, page: { offset: 0, limit: MAX_PAGE_SIZE } }) },
  'grants.approvals': { input: () => ({ list: 'payments', stage: null, page: { offset: 0, limit: MAX_PAGE_SIZE } }) },
  'grants.returnedToYou': { input: () => ({ page: { offset: 0, limit: MAX_PAGE_SIZE } }) },
  'grants.checkInvariants': {},
  'grants.export360Giving': { input: (f) => ({ fundId: f.fundId }), download: '360Giving data' },
  'grants.exportTransparencyCode': { input: (f) => ({ fundId: f.fundId }), download: 'Transparency Code CSV' },
  'grants.exportJournal': { input: (f) => ({ fundId: f.fundId }), download: 'the ledger journal' },
  'alignment.report': {},
  'alignment.findings': { input: () => ({ status: 'all', page: { offset: 0, limit: MAX_PAGE_SIZE } }) },
  'alignment.matrixCell': { input: (f) => ({ ...f.cell, page: { offset: 0, limit: MAX_PAGE_SIZE } }) },
  'alignment.targets': {},
  'alignment.programmeLinks': { input: (f) => ({ programmeId: f.programmeId }) },
  'alignment.linksTo': { input: (f) => ({ frameworkCode: f.frameworkCode, code: f.outcomeCode }) },
  'alignment.indicatorLinks': { input: (f) => ({ frameworkCode: f.indicatorFrameworkCode, code: f.indicatorCode }) },
  'alignment.balanceTargets': {},
  'alignment.exportFindings': { input: () => ({ format: 'csv' }), download: 'findings as CSV or XLSX' },
  'alignment.exportMatrix': { input: () => ({ format: 'csv' }), download: 'the matrix as CSV or XLSX' },
  'packs.options': {},
  'packs.list': {},
  'packs.get': { input: (f) => ({ id: f.packId }) },
  'packs.download': { input: (f) => ({ id: f.packId, format: 'pdf' }), download: 'a briefing pack PDF or Word file' },
  'packs.compare': { input: (f) => ({ fromId: f.otherPackId, toId: f.packId }) },
};

type ProcedureDef = { _def: { type: string; meta?: { roles?: Role[]; public?: boolean } } };
const PROCEDURES = (appRouter as unknown as { _def: { procedures: Record<string, ProcedureDef> } })._def.procedures;
const QUERIES = Object.keys(PROCEDURES)
  .filter((path) => PROCEDURES[path]!._def.type === 'query')
  .sort();

const createCaller = createCallerFactory(appRouter);
type Caller = ReturnType<typeof createCaller>;

/** Every array in a value longer than `max` (unless its path is allowed), as "path has N items"; indices are written [*]. */
function longArrays(value: unknown, max: number, allowed: Record<string, string>, path = '$'): string[] {
  if (Array.isArray(value)) {
    const own = value.length > max && !(path in allowed) ? [`${path} has ${value.length.toLocaleString('en-GB')} items`] : [];
    return [...new Set([...own, ...value.flatMap((item) => longArrays(item, max, allowed, `${path}[*]`))])];
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => longArrays(v, max, allowed, `${path}.${k}`));
  return [];
}

function callProcedure(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>;
  return fn(input);
}

describe('every query answers at most one page and under 1 MB (issue 10)', () => {
  let dir: string;
  let workspace: Workspace;
  let fixtures: Fixtures;
  const callers = new Map<Role | 'anonymous', Caller>();

  beforeAll(async () => {
    await generateGmScaleWorkspace(CACHED, { seed: 1, scale: SCALE, log: () => {} });
    dir = tempDir('response-bounds-');
    const file = join(dir, 'workspace.sqlite');
    copyFileSync(CACHED, file); // sign-ins and packs write: never into the cached file
    workspace = await openWorkspaceDatabase(file);
    const context = (actor: Awaited<ReturnType<typeof actorForToken>>) => ({ db: workspace.db, actor, channel: 'http' as const, requestId: 'response-bounds' });
    callers.set('anonymous', createCaller(context(null)));
    for (const [role, username] of Object.entries(USERNAME) as Array<[Role, string]>) {
      const session = await signIn(workspace.db, 'response-bounds', 'http', username, GM_SCALE_PASSPHRASE);
      callers.set(role, createCaller(context(await actorForToken(workspace.db, session.token))));
    }
    fixtures = readFixtures(workspace.sqlite);
    const leader = callers.get('leader')!;
    const pack = (periodLabel: string) =>
      leader.packs.generate({ audience: 'gmca', periodLabel, sections: [{ id: 'headline', commentary: '' }, { id: 'grants', commentary: '' }], highlightProgrammes: [] });
    fixtures.otherPackId = (await pack('2026/27 Q1')).id;
    fixtures.packId = (await pack('2026/27 Q2')).id;
    const { matrix } = await leader.alignment.report();
    let busiest = { count: -1, r: 0, c: 0 };
    matrix.cells.forEach((row, r) => row.forEach((cell, c) => (cell.count > busiest.count ? (busiest = { count: cell.count, r, c }) : null)));
    const [row, column] = [matrix.rows[busiest.r]!, matrix.columns[busiest.c]!];
    fixtures.cell = { rowType: row.type, rowId: row.id, columnType: column.type, columnId: column.id };
  }, 120_000);

  afterAll(async () => {
    await workspace?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the workspace runs past a page in every kind of list', () => {
    const count = (sql: string) => Number(workspace.sqlite.prepare(sql).pluck().get());
    for (const [what, sql] of [
      ['funds', 'select count(*) from funds'],
      ['partners', 'select count(*) from partners'],
      ['programmes', 'select count(*) from programmes'],
      ['awards', 'select count(*) from awards'],
      ['ledger entries of one fund', `select count(*) from ledger_entries e join awards a on a.id = e.award_id where a.fund_id = ${fixtures.fundId}`],
      ['observations of one indicator', `select count(*) from observations o join indicators i on i.identity_id = o.identity_id where i.id = ${fixtures.indicatorId}`],
    ] as const) {
      expect(count(sql), what).toBeGreaterThan(MAX_PAGE_SIZE);
    }
  });

  it('has an input line for every query procedure', () => {
    const missing = QUERIES.filter((path) => !(path in INPUTS));
    expect(missing, `add these to INPUTS in test/bench/response-bounds.test.ts: ${missing.join(', ')}`).toEqual([]);
    const stale = Object.keys(INPUTS).filter((path) => !QUERIES.includes(path));
    expect(stale, 'INPUTS names procedures that are not queries of the router').toEqual([]);
  });

  it.each(QUERIES)('%s', async (path) => {
    const entry = INPUTS[path];
    expect(entry, `${path} has no line in INPUTS`).toBeDefined();
    const meta = PROCEDURES[path]!._def.meta ?? {};
    const roles: Array<Role | 'anonymous'> = meta.public ? ['anonymous'] : (meta.roles ?? []);
    const offenders: string[] = [];
    for (const role of entry!.download ? roles.slice(0, 1) : roles) {
      const answer = await callProcedure(callers.get(role)!, path, entry!.input?.(fixtures));
      if (entry!.download) continue; // a file: it must answer, and carries the data's own size
      const bytes = Buffer.byteLength(JSON.stringify(answer ?? null));
      if (bytes > MAX_BYTES) offenders.push(`${path} as ${role}: ${(bytes / 1024 / 1024).toFixed(1)} MB`);
      for (const long of longArrays(answer, MAX_PAGE_SIZE, entry!.bounded ?? {})) offenders.push(`${path} as ${role}: ${long} (more than a page of ${MAX_PAGE_SIZE})`);
      if (offenders.length) break; // one role is enough to name the offender (and the slow ones take long)
    }
    expect(offenders, offenders.join('\n')).toEqual([]);
  }, 120_000);
});

function readFixtures(sqlite: Database.Database): Fixtures {
  const get = (sql: string) => sqlite.prepare(sql).get() as Record<string, string | number>;
  const fund = get('select fund_id as id from awards group by fund_id order by count(*) desc, fund_id limit 1');
  const indicator = get(
    `select i.id, f.code as framework_code, ii.code from indicators i
     join framework_versions v on v.id = i.version_id join frameworks f on f.id = v.framework_id join indicator_identities ii on ii.id = i.identity_id
     join (select identity_id, count(*) as n from observations group by identity_id) o on o.identity_id = i.identity_id
     where v.status = 'published' order by o.n desc, i.id limit 1`,
  );
  const versions = get(`select min(v.id) as first, max(v.id) as last from framework_versions v join frameworks f on f.id = v.framework_id where f.code = '${String(indicator.framework_code)}'`);
  const target = get(`select target_framework_code as framework, target_code as code from alignment_links where removed_at is null and target_type = 'outcome' group by 1, 2 order by count(*) desc limit 1`);
  return {
    programmeId: Number(get('select programme_id as id from programme_partners group by programme_id order by count(*) desc, programme_id limit 1').id),
    partnerId: Number(get('select partner_id as id from awards group by partner_id order by count(*) desc, partner_id limit 1').id),
    fundId: Number(fund.id),
    awardId: Number(get(`select e.award_id as id from ledger_entries e join awards a on a.id = e.award_id where a.fund_id = ${fund.id} group by e.award_id order by count(*) desc limit 1`).id),
    indicatorId: Number(indicator.id),
    versionId: Number(versions.last),
    otherVersionId: Number(versions.first),
    frameworkCode: String(target.framework),
    outcomeCode: String(target.code),
    indicatorFrameworkCode: String(indicator.framework_code),
    indicatorCode: String(indicator.code),
    packId: 0,
    otherPackId: 0,
    cell: { rowType: 'mission', rowId: 0, columnType: 'pillar', columnId: 0 },
  };
}
