import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fundStatement } from '../../core/grants/funds-service';
import { paymentStates } from '../../core/grants/ledger-state';
import { assessedIndicators } from '../../core/outcomes/off-track';
import { alignmentReport } from '../../core/alignment/report';
import { SECTION_ORDER } from '../../core/packs/compose';
import { contentHash } from '../../core/packs/hash';
import { openPack } from '../../core/packs/service';
import { demoWorkspace } from '../helpers/demo-workspace';

type Demo = Awaited<ReturnType<typeof demoWorkspace>>;
const composition = {
  audience: 'gmca' as const,
  periodLabel: '2026/27',
  sections: SECTION_ORDER.map((id) => ({ id, commentary: `Commentary for ${id}.` })),
  highlightProgrammes: ['WGN-LWT', 'WGN-LMDZ', 'WGN-NFD'],
};

const figuresOf = (document: { sections: Array<{ id: string; blocks: Array<{ kind: string; items?: Array<{ label: string; value: string }> }> }> }, sectionId: string) =>
  new Map(document.sections.find((s) => s.id === sectionId)!.blocks.flatMap((b) => (b.kind === 'figures' ? b.items! : [])).map((i) => [i.label, i.value]));
const pounds = (pence: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100);

describe('briefing packs on the demonstration workspace', () => {
  let ws: Demo;
  let leader: Awaited<ReturnType<Demo['as']>>;
  let packId = 0;

  beforeAll(async () => {
    ws = await demoWorkspace();
    leader = await ws.as('leader');

    packId = (await leader.packs.generate(composition)).id;
  });
  afterAll(() => ws.close());

  it('freezes the audit chain head of the moment it was generated, and audits the generation after it', async () => {
    const [summary] = await leader.packs.list();
    expect(summary).toMatchObject({ id: packId, audience: 'gmca', periodLabel: '2026/27', createdBy: 'leader' });
    // Signing in appends audit entries, so the head moved after headBefore; the pack holds the head just before its own entry.
    const entry = await ws.db.selectFrom('audit_log').selectAll().where('action', '=', 'pack.generate').executeTakeFirstOrThrow();
    expect(entry.prev_hash).toBe(summary!.auditHeadHash);
    expect(JSON.parse(entry.after_json!)).toMatchObject({ contentHash: summary!.contentHash, auditHeadHash: summary!.auditHeadHash });
  });

  it('recomposes from its snapshot with the same content hash, even after the register changes', async () => {
    const first = await openPack(ws.db, packId);
    expect(first.verified).toBe(true);
    await ws.db.updateTable('programmes').set({ name: 'Renamed after the pack' }).where('code', '=', 'WGN-LWT').execute();
    const again = await openPack(ws.db, packId);
    expect(again.contentHash).toBe(first.storedHash);
    expect(contentHash(again.document)).toBe(first.contentHash);
    expect(JSON.stringify(again.document)).not.toContain('Renamed after the pack');
    await ws.db.updateTable('programmes').set({ name: 'Live Well: Economic Inactivity Trailblazer' }).where('code', '=', 'WGN-LWT').execute();
  });

  it('every headline and grants figure equals the register recomputed independently', async () => {
    const { document, data } = await openPack(ws.db, packId);
    const headline = figuresOf(document, 'headline');
    const active = await ws.db.selectFrom('programmes').select(['id']).where('status', '=', 'active').where('archived_at', 'is', null).execute();
    expect(headline.get('Active programmes')).toBe(String(active.length));
    const confirmed = await ws.db
      .selectFrom('programme_funding_lines as l')
      .innerJoin('programmes as p', 'p.id', 'l.programme_id')
      .select(sql<number>`coalesce(sum(l.amount_pence), 0)`.as('pence'))
      .where('p.status', '=', 'active')
      .where('p.archived_at', 'is', null)
      .where('l.certainty', '=', 'confirmed')
      .executeTakeFirstOrThrow();
    expect(headline.get('Confirmed funding of active programmes')).toBe(pounds(Number(confirmed.pence)));

    const funds = await ws.db.selectFrom('funds').select(['id', 'code']).execute();
    let releasedToDate = 0;
    for (const fund of funds) {
      const statement = await fundStatement(ws.db, fund.id);
      releasedToDate += statement.totals.netReleasedPence;
      const packFund = data.grants.funds.find((f) => f.code === fund.code)!;
      expect(packFund.netReleasedPence).toBe(statement.totals.netReleasedPence);
      expect(packFund.awardedPence).toBe(statement.totals.awardedPence);
      expect(packFund.feesPence).toBe(statement.totals.feesPence);
      if (statement.fund.zeroTransactionCost) {
        const line = document.sections.find((s) => s.id === 'grants')!.blocks.find((b) => b.kind === 'statement');
        expect(line && 'text' in line ? line.text : '').toContain(statement.transactionCostLine);
      }
    }
    expect(headline.get('Released to VCFSE partners to date')).toBe(pounds(releasedToDate));
    expect(data.grants.byWard.reduce((t, w) => t + w.pence, 0)).toBe(releasedToDate);

    const payments = await paymentStates(ws.db);
    const released = payments.filter((p) => p.stage === 'released');
    const awardPartners = new Map((await ws.db.selectFrom('awards').select(['id', 'partner_id']).execute()).map((a) => [a.id, a.partner_id]));
    expect(headline.get('Organisations paid to date')).toBe(String(new Set(released.map((p) => awardPartners.get(p.awardId))).size));
    const releaseDates = await ws.db.selectFrom('ledger_entries').select(['payment_id', 'entry_date']).where('entry_type', '=', 'release').execute();
    const releasedOn = new Map(releaseDates.map((r) => [r.payment_id, r.entry_date]));
    const inYear = released.filter((p) => releasedOn.get(p.id)! >= '2026-04-01' && releasedOn.get(p.id)! <= '2027-03-31').reduce((t, p) => t + p.grossPence, 0);
    const reversedOrClawedInYear = await ws.db
      .selectFrom('ledger_entries')
      .select(sql<number>`count(*)`.as('n'))
      .where('entry_type', 'in', ['reversal', 'clawback'])
      .where('entry_date', '>=', '2026-04-01')
      .executeTakeFirstOrThrow();
    if (Number(reversedOrClawedInYear.n) === 0) expect(figuresOf(document, 'grants').get('Released in 2026/27')).toBe(pounds(inYear));
  });

  it('indicator ratings and findings equal what the outcomes and alignment screens show', async () => {
    const { data } = await openPack(ws.db, packId);
    const today = data.asOf.slice(0, 10);
    const assessed = await assessedIndicators(ws.db, {}, today);
    const gmcaAndCouncil = assessed.filter((a) => a.indicator.frameworkCode === 'GMCA-IS' || a.indicator.frameworkCode === 'WGN-PWU');
    expect(data.indicators.length).toBe(gmcaAndCouncil.length);
    for (const a of gmcaAndCouncil) {
      const inPack = data.indicators.find((i) => i.code === a.indicator.code && i.frameworkCode === a.indicator.frameworkCode)!;
      expect([inPack.code, inPack.rag, inPack.direction, inPack.value]).toEqual([a.indicator.code, a.assessment?.rag ?? null, a.assessment?.direction ?? null, a.assessment?.value ?? null]);
    }
    const report = await alignmentReport(ws.db, today);
    expect(data.alignment.findings.map((f) => f.key)).toEqual(report.findings.map((f) => f.key));
    expect(data.alignment.matrix).toEqual(report.matrix);
  });

  it('downloads a PDF whose footers carry the audit head, and an editable Word file with the section headings', async () => {
    const summary = (await leader.packs.list()).find((p) => p.id === packId)!;
    const pdf = await leader.packs.download({ id: packId, format: 'pdf' });
    expect(pdf.mimeType).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'pack-'));
    const file = join(dir, 'pack.pdf');
    writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
    expect(pages).toBeGreaterThan(5);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain(summary.auditHeadHash.slice(0, 16));
    expect(text).toContain(`of ${pages}`);
    for (const heading of ['Headline summary', 'VCFSE grants', 'Appendix: indicator definitions and sources']) expect(text).toContain(heading);
    const again = await leader.packs.download({ id: packId, format: 'pdf' });
    expect(again.base64).toBe(pdf.base64);

    const docx = await leader.packs.download({ id: packId, format: 'docx' });
    const zip = await JSZip.loadAsync(Buffer.from(docx.base64, 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Heading1');
    expect(xml).toContain('Integrated Settlement outcomes by pillar');
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThan(5);
  });

  it('compares two packs: changed figures, RAG changes and findings raised or resolved', async () => {
    const strategy = await ws.as('strategy');
    const falls = await ws.db.selectFrom('programmes').select('id').where('code', '=', 'WGN-FALLS').executeTakeFirstOrThrow();
    await strategy.alignment.link({ programmeId: falls.id, targetType: 'outcome', frameworkCode: 'GMCA-IS', targetCode: 'O-ES-1', strength: 'enabling', rationale: 'Keeps older residents in work longer.', evidence: '' });
    await strategy.programmes.create({
      code: 'TST-PACK',
      name: 'Pack comparison programme',
      summary: '',
      type: 'other',
      status: 'active',
      leadOfficer: 'Officer',
      seniorResponsibleOwner: 'Director',
      startDate: null,
      endDate: null,
      fundingLines: [],
      milestones: [],
      wardCodes: [],
      partners: [],
      risks: [],
      sources: [],
    });
    const second = await leader.packs.generate(composition);
    const diff = await leader.packs.compare({ fromId: packId, toId: second.id });
    expect(diff.resolvedFindings.map((f) => f.key)).toContain(`programme-without-gmca-outcome:programme:${falls.id}`);
    expect(diff.newFindings.some((f) => f.message.includes('TST-PACK'))).toBe(true);
    expect(diff.figures.find((f) => f.key === 'programmes.active')).toMatchObject({ before: '8', after: '9' });
    expect(Array.isArray(diff.ragChanges)).toBe(true);
  });

  it('refuses a bad period, repeated sections and a finance officer, storing nothing', async () => {
    const count = async () => (await leader.packs.list()).length;
    const before = await count();
    await expect(leader.packs.generate({ ...composition, periodLabel: '2026' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(leader.packs.generate({ ...composition, sections: [{ id: 'headline', commentary: '' }, { id: 'headline', commentary: '' }] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const finance = await ws.as('finance');
    await expect(finance.packs.generate(composition)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await count()).toBe(before);
    const preview = await leader.packs.preview({ ...composition, sections: [{ id: 'grants', commentary: '' }] });
    expect(preview.document.sections.map((s) => s.id)).toEqual(['grants']);
    expect(Object.keys(preview.charts)).toEqual(['grants-flow', 'grants-by-ward']);
    expect(preview.charts['grants-flow']).toMatch(/^<svg[\s>]/);
    expect(await count()).toBe(before);
  });
});
