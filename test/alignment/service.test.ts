import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { verifyAuditChain } from '../../core/audit/service';
import { oracleTotalsFor as totalsFor } from '../grants/oracle/ledger-derivation';
import { netReleasedByFund } from '../../core/alignment/load/grants';
import { DEMO_PROGRAMME_LINKS } from '../../core/demo/data/alignment';
import { demoWorkspace } from '../helpers/demo-workspace';
import { programmeInput } from '../helpers/programme-input';

type Demo = Awaited<ReturnType<typeof demoWorkspace>>;

describe('alignment service on the demonstration workspace', () => {
  let ws: Demo;
  let strategy: Awaited<ReturnType<Demo['as']>>;
  let leader: Awaited<ReturnType<Demo['as']>>;
  beforeAll(async () => {
    ws = await demoWorkspace();
    strategy = await ws.as('strategy');
    leader = await ws.as('leader');
  });
  afterAll(() => ws.close());

  /** Every finding (the demo has fewer than a page of 200). */
  const everyFinding = async () => {
    const page = await leader.alignment.findings({ page: { offset: 0, limit: 200 } });
    expect(page.total).toBeLessThan(200);
    return page.rows;
  };

  const keysFor = (findings: Array<{ key: string; records: Array<{ type: string; id: number | string }> }>, programmeId: number) =>
    findings.filter((f) => f.records.some((r) => r.type === 'programme' && r.id === programmeId)).map((f) => f.key.split(':')[0]);

  it('gives each page of findings the indicator page of every indicator its findings name, and no others', async () => {
    const page = await leader.alignment.findings({ page: { offset: 0, limit: 200 } });
    const named = new Set(page.rows.flatMap((f) => f.records.filter((r) => r.type === 'indicator').map((r) => r.id as number)));
    expect(named.size).toBeGreaterThan(0);
    expect(new Set(page.indicatorPages.map((p) => p.identityId))).toEqual(named);
    for (const { identityId, indicatorId } of page.indicatorPages) {
      const row = ws.sqlite
        .prepare('select i.identity_id, v.status from indicators i join framework_versions v on v.id = i.version_id where i.id = ?')
        .get(indicatorId) as { identity_id: number; status: string };
      expect(row).toEqual({ identity_id: identityId, status: 'published' });
    }
    // A page without indicator findings carries none.
    const programmeOnly = await leader.alignment.findings({ ruleId: 'programme-without-mission', page: { offset: 0, limit: 200 } });
    expect(programmeOnly.indicatorPages).toEqual([]);
  });

  it('reports the demo links: every demo link resolves, and the two programmes left without a GMCA outcome are findings', async () => {
    const report = await leader.alignment.report();
    const findings = await everyFinding();
    const linked = new Set(DEMO_PROGRAMME_LINKS.map((l) => l.programmeCode));
    expect(linked.size).toBe(10);
    expect(report.findings).toEqual({ all: findings.length, open: findings.length, acknowledged: 0 });
    expect(report.rules.reduce((t, r) => t + r.open, 0)).toBe(findings.length);
    const withoutGmca = findings.filter((f) => f.ruleId === 'programme-without-gmca-outcome').map((f) => f.records[0]!.label.split(' ')[0]);
    expect(withoutGmca.sort()).toEqual(['WGN-FALLS', 'WGN-TOC27']);
    expect(findings.every((f) => f.status === 'open')).toBe(true);
    expect(findings.find((f) => f.ruleId === 'programme-without-gmca-outcome')!.owner).toMatch(/falls prevention lead|Culture/);
    expect(report.coverage.missions.map((m) => m.code)).toEqual(['M1', 'M2']);
    expect(report.coverage.missions[0]!.coverage.formula).toContain('÷');
    expect(report.matrix.rows.length).toBeGreaterThan(2);
  });

  it('counts money that reached partners the same way as the fund statements', async () => {
    const byFund = await netReleasedByFund(ws.db);
    const funds = await ws.db.selectFrom('funds').select(['id', 'allocation_pence']).execute();
    expect(funds.length).toBeGreaterThan(0);
    for (const fund of funds) {
      const awards = await ws.db.selectFrom('awards').select(['id', 'amount_pence', 'status']).where('fund_id', '=', fund.id).execute();
      const awarded = awards.filter((a) => a.status !== 'cancelled').reduce((t, a) => t + a.amount_pence, 0);
      const totals = await totalsFor(ws.db, awards.map((a) => a.id), fund.allocation_pence, awarded);
      expect(byFund.get(fund.id) ?? 0).toBe(totals.netReleasedPence);
    }
  });

  it('a new unlinked programme is a finding; linking it to a priority and an outcome clears both findings; the matrix counts change', async () => {
    const created = await strategy.programmes.create(programmeInput({ code: 'TST-ALIGN', name: 'Alignment test programme' }));
    const before = await leader.alignment.report();
    expect(keysFor(await everyFinding(), created.id).sort()).toEqual(['programme-without-gmca-outcome', 'programme-without-mission']);
    const cell = (report: typeof before, rowCode: string, columnCode: string) => {
      const r = report.matrix.rows.findIndex((row) => row.code === rowCode);
      const c = report.matrix.columns.findIndex((column) => column.code === columnCode);
      return report.matrix.cells[r]![c]!;
    };
    const countBefore = cell(before, 'M1.1', 'O-ES-1').count;

    await strategy.alignment.link({ programmeId: created.id, targetType: 'priority', frameworkCode: 'WGN-PWU', targetCode: 'M1.1', strength: 'primary', rationale: 'Gets residents into work.', evidence: '' });
    expect(keysFor(await everyFinding(), created.id)).toEqual(['programme-without-gmca-outcome']);

    const link = await strategy.alignment.link({ programmeId: created.id, targetType: 'outcome', frameworkCode: 'GMCA-IS', targetCode: 'O-ES-1', strength: 'secondary', rationale: 'Employment support.', evidence: 'Delivery plan' });
    expect(link).toMatchObject({ targetCode: 'O-ES-1', strength: 'secondary', createdBy: 'strategy' });
    const after = await leader.alignment.report();
    const remaining = keysFor(await everyFinding(), created.id);
    expect(remaining).not.toContain('programme-without-mission');
    expect(remaining).not.toContain('programme-without-gmca-outcome');
    // Now a contributor to the Red IS-ES-01 with no milestone due in its period, it is named there instead.
    expect(remaining).toEqual(['red-indicator-without-progress']);
    const afterCell = cell(after, 'M1.1', 'O-ES-1');
    expect(afterCell.count).toBe(countBefore + 1);
    const row = after.matrix.rows.find((r) => r.code === 'M1.1')!;
    const column = after.matrix.columns.find((c) => c.code === 'O-ES-1')!;
    const inCell = await leader.alignment.matrixCell({ rowType: row.type, rowId: row.id, columnType: column.type, columnId: column.id });
    expect(inCell.total).toBe(afterCell.count);
    expect(inCell.rows.find((p) => p.id === created.id)).toMatchObject({ code: 'TST-ALIGN', strength: 'secondary' }); // primary to the row, secondary to the column
    const onePage = await leader.alignment.matrixCell({ rowType: row.type, rowId: row.id, columnType: column.type, columnId: column.id, page: { offset: 1, limit: 1 } });
    expect(onePage.rows).toEqual(inCell.rows.slice(1, 2));
    await expect(leader.alignment.matrixCell({ rowType: 'mission', rowId: 999_999, columnType: column.type, columnId: column.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const fromOutcome = await leader.alignment.linksTo({ frameworkCode: 'GMCA-IS', code: 'O-ES-1' });
    expect(fromOutcome.map((l) => l.programmeCode)).toContain('TST-ALIGN');

    await strategy.alignment.unlink({ id: link.id, reason: 'Linked in error' });
    expect(keysFor(await everyFinding(), created.id)).toEqual(['programme-without-gmca-outcome']);
    const kept = await ws.db.selectFrom('alignment_links').selectAll().where('id', '=', link.id).executeTakeFirstOrThrow();
    expect(kept.removed_at).not.toBeNull();
    const actions = await ws.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'programme').where('entity_id', '=', String(created.id)).execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['alignment.link', 'alignment.unlink']));
    expect((await verifyAuditChain(ws.db)).ok).toBe(true);
  });

  it('refuses a target that is not in a published framework, a duplicate link and a leader, changing nothing', async () => {
    const programme = await ws.db.selectFrom('programmes').select('id').where('code', '=', 'WGN-TOC27').executeTakeFirstOrThrow();
    const count = async () => Number((await ws.db.selectFrom('alignment_links').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const base = { programmeId: programme.id, frameworkCode: 'GMCA-IS', strength: 'primary' as const, rationale: 'x', evidence: '' };
    await expect(strategy.alignment.link({ ...base, targetType: 'outcome', targetCode: 'O-NOPE-9' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(strategy.alignment.link({ ...base, targetType: 'mission', targetCode: 'O-LGP-2' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(strategy.alignment.link({ ...base, frameworkCode: 'WGN-PWU', targetType: 'priority', targetCode: 'M2.1' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(leader.alignment.link({ ...base, targetType: 'outcome', targetCode: 'O-LGP-2' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(strategy.alignment.link({ ...base, targetType: 'outcome', targetCode: 'O-LGP-2', rationale: '   ' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await count()).toBe(before);
  });

  it('acknowledging a finding moves it under acknowledged with the reason; it comes back when its data changes', async () => {
    const open = await leader.alignment.findings({ status: 'open', ruleId: 'programme-without-gmca-outcome' });
    const falls = open.rows.find((f) => f.message.includes('WGN-FALLS'))!;
    await expect(leader.alignment.acknowledge({ findingKey: falls.key, reason: 'Health sits outside the settlement' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(strategy.alignment.acknowledge({ findingKey: falls.key, reason: '  ' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await strategy.alignment.acknowledge({ findingKey: falls.key, reason: 'Health outcomes sit outside the Integrated Settlement' });
    await expect(strategy.alignment.acknowledge({ findingKey: falls.key, reason: 'again' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(strategy.alignment.acknowledge({ findingKey: 'no-such-rule:programme:1', reason: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const acknowledged = await leader.alignment.findings({ status: 'acknowledged' });
    expect(acknowledged.rows.map((f) => f.key)).toContain(falls.key);
    const ack = acknowledged.rows.find((f) => f.key === falls.key)!;
    expect(ack.acknowledgement).toMatchObject({ by: 'strategy', reason: 'Health outcomes sit outside the Integrated Settlement' });
    expect((await leader.alignment.findings({ status: 'open', page: { offset: 0, limit: 200 } })).rows.map((f) => f.key)).not.toContain(falls.key);

    // The finding's message quotes the programme's confirmed funding: adding confirmed money changes its data.
    const id = Number(falls.records[0]!.id);
    await ws.db
      .insertInto('programme_funding_lines')
      .values({ programme_id: id, position: 99, source: 'nhs', pillar_code: null, financial_year: '2026/27', spend_type: 'revenue', amount_pence: 5_000_000, certainty: 'confirmed' })
      .execute();
    const reopened = (await leader.alignment.findings({ status: 'open', page: { offset: 0, limit: 200 } })).rows.find((f) => f.key === falls.key)!;
    expect(reopened.status).toBe('reopened');
    expect(reopened.previousAcknowledgement).toMatchObject({ by: 'strategy' });
  });

  it('filters findings by severity, rule and owner, and lists the owners', async () => {
    const all = await leader.alignment.findings({});
    expect(all.owners.length).toBeGreaterThan(1);
    const high = await leader.alignment.findings({ severity: ['high'] });
    expect(high.rows.length).toBeGreaterThan(0);
    expect(high.rows.every((f) => f.severity === 'high')).toBe(true);
    const owner = all.owners.find((o) => o !== 'Not assigned')!;
    const mine = await leader.alignment.findings({ owner });
    expect(mine.rows.length).toBeGreaterThan(0);
    expect(mine.rows.every((f) => f.owner === owner)).toBe(true);
  });

  it('exports findings and the matrix as CSV and XLSX', async () => {
    const csv = await leader.alignment.exportFindings({ format: 'csv' });
    expect(csv.filename).toMatch(/^alignment-findings-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.split('\n')[0]).toContain('Severity,Rule,Finding');
    expect(text).toContain('WGN-TOC27');
    const xlsx = await leader.alignment.exportMatrix({ format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as never);
    const sheet = book.worksheets[0]!;
    const report = await leader.alignment.report();
    expect(sheet.rowCount).toBe(1 + report.matrix.rows.length * report.matrix.columns.length);
    expect(sheet.getRow(1).getCell(7).value).toBe('Programmes');
  });

  it('records a funding balance target, audited; refuses an unknown mission', async () => {
    await strategy.alignment.setBalanceTarget({ dimension: 'pillar', code: 'employment_support', targetPercent: 30, tolerancePercent: 5 });
    const targets = await leader.alignment.balanceTargets();
    expect(targets.find((t) => t.code === 'employment_support')).toMatchObject({ targetShare: 0.3, tolerance: 0.05 });
    await expect(strategy.alignment.setBalanceTarget({ dimension: 'mission', code: 'M9', targetPercent: 10, tolerancePercent: 5 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(strategy.alignment.setBalanceTarget({ dimension: 'mission', code: 'M1', targetPercent: 120, tolerancePercent: 5 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('indicator to indicator links', () => {
  it('links a council indicator to a GMCA indicator, lists it from both sides, refuses the wrong way round, and removes it', async () => {
    const ws = await demoWorkspace();
    try {
      const strategy = await ws.as('strategy');
      const leader = await ws.as('leader');
      const before = await leader.alignment.indicatorLinks({ frameworkCode: 'GMCA-IS', code: 'IS-ES-02' });
      expect(before.map((l) => l.fromCode)).toEqual(['PWU-01']); // the demo's own link
      await expect(
        strategy.alignment.linkIndicator({ fromFrameworkCode: 'GMCA-IS', fromIndicatorCode: 'IS-ES-01', toFrameworkCode: 'WGN-PWU', toIndicatorCode: 'PWU-01', relation: 'proxy', rationale: 'x', evidence: '' }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      const { id } = await strategy.alignment.linkIndicator({ fromFrameworkCode: 'WGN-PWU', fromIndicatorCode: 'PWU-01', toFrameworkCode: 'GMCA-IS', toIndicatorCode: 'IS-ES-01', relation: 'proxy', rationale: 'Starts are an early sign.', evidence: '' });
      const fromLocal = await leader.alignment.indicatorLinks({ frameworkCode: 'WGN-PWU', code: 'PWU-01' });
      expect(fromLocal.map((l) => [l.toCode, l.relation, l.toTitle])).toEqual([
        ['IS-ES-02', 'contributes_to', 'Employment support participants moving into work'],
        ['IS-ES-01', 'proxy', 'Residents starting employment support'],
      ]);
      await expect(
        strategy.alignment.linkIndicator({ fromFrameworkCode: 'WGN-PWU', fromIndicatorCode: 'PWU-01', toFrameworkCode: 'GMCA-IS', toIndicatorCode: 'IS-ES-01', relation: 'equivalent', rationale: 'again', evidence: '' }),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      await strategy.alignment.unlink({ id, reason: 'Not a fair proxy' });
      expect((await leader.alignment.indicatorLinks({ frameworkCode: 'GMCA-IS', code: 'IS-ES-01' })).length).toBe(0);
    } finally {
      await ws.close();
    }
  });
});

describe('the findings list at scale', () => {
  it('pages, sorts and filters on the server, with counts per rule and open and acknowledged counts', async () => {
    const ws = await demoWorkspace();
    try {
      const leader = await ws.as('leader');
      const strategy = await ws.as('strategy');
      const everything = await leader.alignment.findings({ page: { offset: 0, limit: 200 } });
      const first = everything.rows[0]!;
      await strategy.alignment.acknowledge({ findingKey: first.key, reason: 'Known and in hand' });
      const all = await leader.alignment.findings({ page: { offset: 0, limit: 200 } });
      expect(all.openCount + all.acknowledgedCount).toBe(all.total);
      expect(all.total).toBe(all.all);
      expect(all.acknowledgedCount).toBe(1);
      // Open first, then acknowledged: the acknowledged one has moved to the end.
      expect(all.rows.map((f) => f.key)).toEqual([...everything.rows.slice(1).map((f) => f.key), first.key]);
      expect(all.byRule.reduce((t, r) => t + r.open + r.acknowledged, 0)).toBe(all.total);
      expect(all.byRule.find((r) => r.ruleId === first.ruleId)!.acknowledged).toBe(1);

      const pages = [];
      for (let offset = 0; offset < all.total; offset += 3) pages.push(...(await leader.alignment.findings({ page: { offset, limit: 3 } })).rows);
      expect(pages.map((f) => f.key)).toEqual(all.rows.map((f) => f.key));
      const second = await leader.alignment.findings({ page: { offset: 3, limit: 3 } });
      expect(second).toMatchObject({ offset: 3, limit: 3, total: all.total, openCount: all.openCount });

      const acknowledged = await leader.alignment.findings({ status: 'acknowledged' });
      expect(acknowledged.rows.map((f) => f.key)).toEqual([first.key]);
      expect(acknowledged.total).toBe(1);

      // Filtering by rule narrows the rows but not the per-rule counts (they label the rule filter).
      const oneRule = await leader.alignment.findings({ ruleId: first.ruleId });
      expect(oneRule.rows.every((f) => f.ruleId === first.ruleId)).toBe(true);
      expect(oneRule.byRule).toEqual(all.byRule);

      const byOwner = await leader.alignment.findings({ status: 'open', sort: 'owner', page: { offset: 0, limit: 200 } });
      const owners = byOwner.rows.map((f) => f.owner);
      expect(owners).toEqual([...owners].sort(new Intl.Collator('en-GB').compare));
      const lowFirst = await leader.alignment.findings({ status: 'open', direction: 'desc', page: { offset: 0, limit: 200 } });
      expect(lowFirst.rows.map((f) => f.severity)).toEqual([...lowFirst.rows.map((f) => f.severity)].sort((a, b) => ['low', 'medium', 'high'].indexOf(a) - ['low', 'medium', 'high'].indexOf(b)));

      const programmeId = Number(all.rows.find((f) => f.records[0]?.type === 'programme')!.records[0]!.id);
      const forProgramme = await leader.alignment.findings({ recordType: 'programme', recordId: programmeId, status: 'open' });
      expect(forProgramme.rows.length).toBeGreaterThan(0);
      expect(forProgramme.rows.every((f) => f.records.some((r) => r.type === 'programme' && r.id === programmeId))).toBe(true);

      await expect(leader.alignment.findings({ page: { offset: 0, limit: 201 } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      await expect(leader.alignment.findings({ page: { offset: 0, limit: 0 } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    } finally {
      await ws.close();
    }
  });
});
