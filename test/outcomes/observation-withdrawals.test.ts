import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alignmentReport } from '../../core/alignment/report';
import { headlineObservations } from '../../core/outcomes/published-figures';
import { offTrackList } from '../../core/outcomes/off-track';
import { gatherIndicators } from '../../core/packs/gather/indicators';
import { fieldErrorsOf } from '../../core/trpc/error-shape';
import { csvFile, seedMiniFramework } from '../helpers/mini-framework';
import { programmeInput } from '../helpers/programme-input';
import { testWorkspace, type Caller, type TestWorkspace } from '../helpers/workspace';

/**
 * A withdrawn figure leaves every reader of observations — status, trend, off-track list, alignment
 * findings, briefing packs, export — and stays in the indicator's history with the reason.
 */

const TODAY = '2026-01-15';
const BOROUGH = 'E08000010';

let ws: TestWorkspace;
let ids: Awaited<ReturnType<typeof seedMiniFramework>>;
let strategy: Caller;
let emp1: number;
beforeEach(async () => {
  ws = await testWorkspace();
  ids = await seedMiniFramework(ws.db);
  strategy = await ws.as('strategy_officer');
  emp1 = ids.indicatorIds['EMP-1']!;
});
afterEach(() => ws.close());

const count = (table: string) => ws.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;
const record = (period: string, value: number) => strategy.outcomes.recordObservation({ indicatorId: emp1, period, areaCode: BOROUGH, value });
const observationId = (period: string, revision = 1) =>
  ws.sqlite.prepare('select id from observations where period = ? and area_code = ? and revision = ?').pluck().get(period, BOROUGH, revision) as number;

/** Everything that reads EMP-1's headline figures, as of TODAY. */
async function readers() {
  const offTrack = await offTrackList(ws.db, {}, TODAY);
  const detail = await strategy.outcomes.indicator({ id: emp1 });
  const report = await alignmentReport(ws.db, TODAY);
  const pack = (await gatherIndicators(ws.db, { label: '2025/26', kind: 'year', start: '2025-04-01', end: '2026-03-31' }, TODAY)).find((i) => i.code === 'EMP-1')!;
  const series = await headlineObservations(ws.db);
  const identity = ws.sqlite.prepare('select identity_id from indicators where id = ?').pluck().get(emp1) as number;
  const listed = (await strategy.outcomes.indicators({})).find((i) => i.indicator.id === emp1)!;
  return {
    rag: listed.assessment?.rag ?? null,
    latestPeriod: listed.assessment?.period ?? null,
    offTrack: offTrack.some((o) => o.indicator.id === emp1),
    trend: detail.series.map((s) => [s.period, s.value]),
    redFinding: report.findings.some((f) => f.key === `red-indicator-without-progress:indicator:${identity}`),
    pack: { period: pack.period, rag: pack.rag, trend: pack.series.map((p) => [p.period, p.value]) },
    published: [...(series.get(`${identity}|${BOROUGH}`) ?? new Map())],
  };
}

describe('withdrawing an observation', () => {
  beforeEach(async () => {
    // An active programme contributing to the indicator's outcome, with no milestone in 2025/26:
    // a Red EMP-1 is a "Red indicator without progress" finding.
    const programme = await strategy.programmes.create(programmeInput({ milestones: [] }));
    await strategy.alignment.link({ programmeId: programme.id, targetType: 'outcome', frameworkCode: 'TEST-IS', targetCode: 'O-ES1', strength: 'primary', rationale: 'Employment support.', evidence: '' });
  });

  it('takes a Red indicator’s false latest figure out of status, trend, off-track list, findings and packs; history keeps it', async () => {
    await record('2025/26 Q1', 50); // target 100, no comparator: Red
    const red = await readers();
    expect(red).toMatchObject({ rag: 'red', latestPeriod: '2025/26 Q1', offTrack: true, redFinding: true, trend: [['2025/26 Q1', 50]] });

    await record('2025/26 Q2', 100); // the false figure: turns it Green
    const falseFigure = await readers();
    expect(falseFigure).toMatchObject({ rag: 'green', latestPeriod: '2025/26 Q2', offTrack: false, redFinding: false });
    expect(falseFigure.pack).toMatchObject({ period: '2025/26 Q2', rag: 'green' });

    const auditBefore = count('audit_log');
    const result = await strategy.outcomes.withdrawObservation({ indicatorId: emp1, observationId: observationId('2025/26 Q2'), reason: 'Figure keyed against the wrong quarter' });
    expect(result.withdrawnAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const after = await readers();
    expect(after).toEqual(red);
    expect(after.published).toEqual([['2025/26 Q1', 50]]);
    expect(after.pack).toEqual({ period: '2025/26 Q1', rag: 'red', trend: [['2025/26 Q1', 50], ['2025/26 Q2', null]] });

    // History keeps the figure, marked withdrawn with the reason, who and when; the audit log has the withdrawal.
    const history = (await strategy.outcomes.indicatorHistory({ id: emp1 })).rows;
    expect(history.map((h) => [h.period, h.revision, h.value, h.withdrawnReason, h.withdrawnBy])).toEqual([
      ['2025/26 Q2', 1, 100, 'Figure keyed against the wrong quarter', 'strategy-officer'],
      ['2025/26 Q1', 1, 50, null, null],
    ]);
    expect(history[0]!.withdrawnAt).toBe(result.withdrawnAt);
    expect(count('audit_log')).toBe(auditBefore + 1);
    const audit = ws.sqlite.prepare("select action, entity_type, entity_id, before_json, after_json from audit_log order by id desc limit 1").get() as Record<string, string>;
    expect(audit).toMatchObject({ action: 'observation.withdraw', entity_type: 'indicator', entity_id: String(emp1) });
    expect(JSON.parse(audit.after_json!)).toMatchObject({ period: '2025/26 Q2', value: 100, revision: 1, withdrawn: true, reason: 'Figure keyed against the wrong quarter' });

    // Exported figures leave it out too.
    const exported = Buffer.from((await strategy.outcomes.exportObservations({ format: 'csv' })).base64, 'base64').toString('utf8');
    expect(exported).toContain('2025/26 Q1');
    expect(exported).not.toContain('2025/26 Q2');

    // The row itself is untouched: append-only, and so is the withdrawal.
    expect(count('observations')).toBe(2);
    expect(() => ws.sqlite.prepare('delete from observation_withdrawals').run()).toThrow(/append-only/);
    expect(() => ws.sqlite.prepare("update observation_withdrawals set reason = 'x'").run()).toThrow(/append-only/);
  });

  it('a revision recorded after a withdrawal is the figure again; an earlier revision never comes back', async () => {
    await record('2025/26 Q1', 50);
    await record('2025/26 Q1', 95); // revision 2
    await strategy.outcomes.withdrawObservation({ indicatorId: emp1, observationId: observationId('2025/26 Q1', 2), reason: 'Unverified' });
    expect((await readers()).trend).toEqual([]); // revision 1 was superseded: it does not reappear
    expect((await readers()).rag).toBeNull();
    await record('2025/26 Q1', 96);
    expect(await readers()).toMatchObject({ rag: 'green', latestPeriod: '2025/26 Q1', trend: [['2025/26 Q1', 96]], offTrack: false });
  });

  it('refuses a superseded revision, a second withdrawal, another indicator’s figure, an empty reason and non-editors; writes nothing', async () => {
    await record('2025/26 Q1', 50);
    await record('2025/26 Q1', 60);
    const first = observationId('2025/26 Q1', 1);
    const current = observationId('2025/26 Q1', 2);
    const others = await Promise.all((['leader', 'finance_officer', 'finance_approver'] as const).map((role) => ws.as(role)));
    const before = { withdrawals: count('observation_withdrawals'), audit: count('audit_log') };
    await expect(strategy.outcomes.withdrawObservation({ indicatorId: emp1, observationId: first, reason: 'Wrong' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Revision 1 of 2025/26 Q1 has been replaced by revision 2; only the current figure can be withdrawn.',
    });
    await expect(strategy.outcomes.withdrawObservation({ indicatorId: ids.indicatorIds['EMP-2']!, observationId: current, reason: 'Wrong' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const empty = await strategy.outcomes.withdrawObservation({ indicatorId: emp1, observationId: current, reason: '   ' }).catch((error: unknown) => error);
    expect(fieldErrorsOf(empty as TRPCError)).toEqual({ reason: ['Enter the reason for withdrawing the figure'] });
    for (const other of others) {
      await expect(other.outcomes.withdrawObservation({ indicatorId: emp1, observationId: current, reason: 'Wrong' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect({ withdrawals: count('observation_withdrawals'), audit: count('audit_log') }).toEqual(before);
    await (await ws.as('admin')).outcomes.withdrawObservation({ indicatorId: emp1, observationId: current, reason: 'Wrong' });
    await expect(strategy.outcomes.withdrawObservation({ indicatorId: emp1, observationId: current, reason: 'Again' })).rejects.toMatchObject({ code: 'CONFLICT', message: 'Revision 2 of 2025/26 Q1 has already been withdrawn.' });
    expect(count('observation_withdrawals')).toBe(1);
  });

  it('an import cannot bring back a withdrawn figure unchanged; a different figure becomes the next revision', async () => {
    await record('2025/26 Q1', 50);
    await strategy.outcomes.withdrawObservation({ indicatorId: emp1, observationId: observationId('2025/26 Q1'), reason: 'Not yet verified by ONS' });
    const header = 'framework,indicator,period,area_code,value,status';
    const same = await strategy.outcomes.previewObservations(csvFile(`${header}\nTEST-IS,EMP-1,2025/26 Q1,${BOROUGH},50,provisional`));
    expect(same.counts).toEqual({ add: 0, change: 0, rejected: 1 });
    expect(same.rejected[0]).toMatchObject({ line: 2, reason: 'This figure for 2025/26 Q1 was withdrawn (Not yet verified by ONS); record a corrected figure instead.' });
    const corrected = csvFile(`${header}\nTEST-IS,EMP-1,2025/26 Q1,${BOROUGH},52,final`);
    const preview = await strategy.outcomes.previewObservations(corrected);
    expect(preview.toChange).toEqual([expect.objectContaining({ value: 52, previous: { value: 50, status: 'provisional', revision: 1, withdrawn: true } })]);
    await strategy.outcomes.importObservations({ ...corrected, fileHash: preview.fileHash });
    expect((await readers()).trend).toEqual([['2025/26 Q1', 52]]);
    expect(ws.sqlite.prepare('select max(revision) from observations').pluck().get()).toBe(2);
  });
});
