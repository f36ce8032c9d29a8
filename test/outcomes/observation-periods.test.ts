import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordObservation } from '../../core/outcomes/indicators-service';
import { commitObservations, previewObservations } from '../../core/outcomes/import/observations-import';
import { periodNotEndedReason } from '../../core/outcomes/period-ended';
import { fieldErrorsOf } from '../../core/trpc/error-shape';
import { csvFile, seedMiniFramework } from '../helpers/mini-framework';
import { testWorkspace, type TestWorkspace } from '../helpers/workspace';

/** Observations are figures for periods that have ended: "2030/31 Q1" recorded today must not get in. */

let ws: TestWorkspace;
let ids: Awaited<ReturnType<typeof seedMiniFramework>>;
beforeEach(async () => {
  ws = await testWorkspace();
  ids = await seedMiniFramework(ws.db);
});
afterEach(() => ws.close());

const HEADER = 'framework,indicator,period,area_code,value,status,source_note,commentary';
const count = (table: string) => ws.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;

describe('when a period has ended', () => {
  it('ends after its last day: a period is refused on its last day and accepted the day after', () => {
    const cases = [
      ['monthly', '2025-07', '2025-07-31', '2025-08-01'],
      ['quarterly', '2025/26 Q2', '2025-09-30', '2025-10-01'],
      ['quarterly', '2025/26 Q4', '2026-03-31', '2026-04-01'],
      ['six_monthly', '2025/26 H1', '2025-09-30', '2025-10-01'],
      ['annual', '2025/26', '2026-03-31', '2026-04-01'],
    ] as const;
    for (const [frequency, period, lastDay, dayAfter] of cases) {
      expect(periodNotEndedReason(frequency, period, lastDay), `${period} on ${lastDay}`).toBe(`${period} has not ended yet (it ends today): figures can be recorded only for periods that have ended`);
      expect(periodNotEndedReason(frequency, period, dayAfter), `${period} on ${dayAfter}`).toBeNull();
    }
    expect(periodNotEndedReason('quarterly', '2030/31 Q1', '2026-12-03')).toBe('2030/31 Q1 has not ended yet (it ends on 30 June 2030): figures can be recorded only for periods that have ended');
    expect(periodNotEndedReason('monthly', '2026-02', '2026-02-28')).toMatch(/it ends today/);
  });
});

describe('recording a figure in the form', () => {
  it('refuses a period that has not ended, with a message on the period field, and writes nothing', async () => {
    const strategy = await ws.as('strategy_officer');
    const before = { observations: count('observations'), audit: count('audit_log') };
    const refused = await strategy.outcomes
      .recordObservation({ indicatorId: ids.indicatorIds['EMP-1']!, period: '2030/31 Q1', areaCode: 'E08000010', value: 99 })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TRPCError);
    expect((refused as TRPCError).code).toBe('BAD_REQUEST');
    expect(fieldErrorsOf(refused as TRPCError)).toEqual({ period: ['2030/31 Q1 has not ended yet (it ends on 30 June 2030): figures can be recorded only for periods that have ended'] });
    expect({ observations: count('observations'), audit: count('audit_log') }).toEqual(before);
    // The indicator still has no figure at all: nothing became its "latest value".
    const detail = await strategy.outcomes.indicator({ id: ids.indicatorIds['EMP-1']! });
    expect(detail.series).toEqual([]);
    expect(await strategy.outcomes.indicatorHistory({ id: ids.indicatorIds['EMP-1']! })).toEqual({ rows: [], total: 0, offset: 0, limit: 50 });
  });

  it('accepts a period that ended yesterday and refuses the one ending today (service, with the day given)', async () => {
    const who = { actor: await ws.actorFor('strategy_officer'), requestId: 'test', channel: 'http' as const };
    const input = { indicatorId: ids.indicatorIds['EMP-1']!, areaCode: 'E08000010', value: 97, status: 'provisional' as const, sourceNote: '', commentary: '' };
    const onLastDay = await recordObservation(ws.db, who, { ...input, period: '2025/26 Q2' }, '2025-09-30').catch((error: unknown) => error);
    expect(fieldErrorsOf(onLastDay as TRPCError)).toEqual({ period: ['2025/26 Q2 has not ended yet (it ends today): figures can be recorded only for periods that have ended'] });
    expect(count('observations')).toBe(0);
    expect(await recordObservation(ws.db, who, { ...input, period: '2025/26 Q2' }, '2025-10-01')).toMatchObject({ revision: 1 });
    // A revision is a figure for its period too: a figure already stored for an unfinished period
    // (recorded before this rule) cannot be revised until the period has ended.
    ws.sqlite
      .prepare("insert into observations (identity_id, period, area_code, revision, value, status, recorded_at) select identity_id, '2025/26 Q3', 'E08000010', 1, 1, 'provisional', '2025-09-01T09:00:00.000Z' from indicators where id = ?")
      .run(input.indicatorId);
    const revisionTooEarly = await recordObservation(ws.db, who, { ...input, period: '2025/26 Q3' }, '2025-10-01').catch((error: unknown) => error);
    expect(fieldErrorsOf(revisionTooEarly as TRPCError)).toEqual({ period: ['2025/26 Q3 has not ended yet (it ends on 31 December 2025): figures can be recorded only for periods that have ended'] });
    expect(count('observations')).toBe(2);
  });
});

describe('importing figures', () => {
  it('refuses rows for periods that have not ended, with the line and the reason, and the commit never writes them', async () => {
    const strategy = await ws.as('strategy_officer');
    const file = csvFile(
      [
        HEADER,
        'TEST-IS,EMP-1,2025/26 Q1,E08000010,95,final,,',
        'TEST-IS,EMP-1,2030/31 Q1,E08000010,99,final,,',
        'TEST-IS,EMP-1,15/08/2030,E08000010,98,final,,',
      ].join('\n'),
    );
    const preview = await strategy.outcomes.previewObservations(file);
    expect(preview.counts).toEqual({ add: 1, change: 0, rejected: 2 });
    expect(preview.rejected.map((r) => [r.line, r.reason])).toEqual([
      [3, '2030/31 Q1 has not ended yet (it ends on 30 June 2030): figures can be recorded only for periods that have ended.'],
      [4, '2030/31 Q2 has not ended yet (it ends on 30 September 2030): figures can be recorded only for periods that have ended.'],
    ]);
    const summary = await strategy.outcomes.importObservations({ ...file, fileHash: preview.fileHash });
    expect(summary).toMatchObject({ added: 1, rejected: 2 });
    expect(ws.sqlite.prepare('select period from observations').pluck().all()).toEqual(['2025/26 Q1']);
  });

  it('judges "ended" against the day it is given: a quarter that ended yesterday is imported', async () => {
    const who = { actor: await ws.actorFor('strategy_officer'), requestId: 'test', channel: 'http' as const };
    const file = csvFile([HEADER, 'TEST-IS,EMP-1,2025/26 Q2,E08000010,95,final,,'].join('\n'));
    const early = await previewObservations(ws.db, file, '2025-09-30');
    expect(early.rejected.map((r) => r.line)).toEqual([2]);
    expect(early.toAdd).toEqual([]);
    await expect(commitObservations(ws.db, who, file, early.fileHash, '2025-09-30')).resolves.toMatchObject({ added: 0, rejected: 1 });
    expect(count('observations')).toBe(0);
    const next = await previewObservations(ws.db, file, '2025-10-01');
    expect(next.toAdd.map((r) => r.period)).toEqual(['2025/26 Q2']);
    await commitObservations(ws.db, who, file, next.fileHash, '2025-10-01');
    expect(count('observations')).toBe(1);
  });
});

describe('figures stored before this rule', () => {
  it('are kept and flagged in the history; withdrawing the tester’s "2030/31 Q1" puts the Red indicator back on the off-track list', async () => {
    const strategy = await ws.as('strategy_officer');
    const emp1 = ids.indicatorIds['EMP-1']!;
    await strategy.outcomes.recordObservation({ indicatorId: emp1, period: '2025/26 Q1', areaCode: 'E08000010', value: 50 });
    const offTrack = async () => (await strategy.outcomes.offTrack({})).map((o) => [o.indicator.code, o.assessment?.rag, o.assessment?.period]);
    expect(await offTrack()).toEqual([['EMP-1', 'red', '2025/26 Q1']]);
    // As it got in before: straight into the table, recorded in 2026 for a period ending in 2030.
    const early = ws.sqlite
      .prepare("insert into observations (identity_id, period, area_code, revision, value, status, recorded_at) select identity_id, '2030/31 Q1', 'E08000010', 1, 99, 'provisional', '2026-12-03T10:00:00.000Z' from indicators where id = ?")
      .run(emp1).lastInsertRowid;
    expect(await offTrack()).toEqual([]);
    const history = await strategy.outcomes.indicatorHistory({ id: emp1 });
    expect(history.rows.map((h) => [h.period, h.recordedBeforePeriodEnded])).toEqual([
      ['2030/31 Q1', true],
      ['2025/26 Q1', false],
    ]);
    await strategy.outcomes.withdrawObservation({ indicatorId: emp1, observationId: Number(early), reason: 'Recorded before the period had ended' });
    expect(await offTrack()).toEqual([['EMP-1', 'red', '2025/26 Q1']]);
    expect(count('observations')).toBe(2);
  });
});
