/**
 * The findings cache (core/alignment/check.ts) against a full recompute: after each of a random
 * sequence of single writes through the services, the report served through the cache equals the
 * report worked out from scratch (every part reloaded, every rule re-run, acknowledgements applied by
 * rules/acknowledgements.ts rather than the cache's own read-time code).
 */
import fc from 'fast-check';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentCheck } from '../../core/alignment/check';
import { loadAlignmentSnapshot } from '../../core/alignment/load/snapshot';
import { acknowledgementsOf, alignmentReport, reportFrom } from '../../core/alignment/report';
import { PILLARS } from '../../core/programmes/vocabulary';
import { todayIso } from '../../core/outcomes/assessment';
import { demoWorkspace } from '../helpers/demo-workspace';
import { programmeInput } from '../helpers/programme-input';

type Demo = Awaited<ReturnType<typeof demoWorkspace>>;
type Caller = Awaited<ReturnType<Demo['as']>>;

const KINDS = [
  'create-programme',
  'edit-programme',
  'archive-programme',
  'restore-programme',
  'raw-funding-line',
  'link',
  'unlink',
  'record-observation',
  'withdraw-observation',
  'payment',
  'acknowledge',
  'balance-target',
  'publish-framework',
] as const;
type Kind = (typeof KINDS)[number];

interface Op {
  kind: Kind;
  pick: number;
  value: number;
}

const op = fc.record({ kind: fc.constantFrom(...KINDS), pick: fc.nat(), value: fc.integer({ min: 1, max: 1000 }) });

describe('the findings cache equals a full recompute after every write', () => {
  let ws: Demo;
  let strategy: Caller;
  let finance: Caller;
  let approver: Caller;
  let leader: Caller;
  const today = todayIso();
  let serial = 0;
  const done = new Map<Kind, number>();

  beforeAll(async () => {
    ws = await demoWorkspace();
    [strategy, finance, approver, leader] = await Promise.all([ws.as('strategy'), ws.as('finance'), ws.as('approver'), ws.as('leader')]);
  });
  afterAll(() => ws.close());

  const pickFrom = <T>(rows: readonly T[], pick: number): T | undefined => (rows.length ? rows[pick % rows.length] : undefined);

  async function apply({ kind, pick, value }: Op): Promise<void> {
    const db = ws.db;
    switch (kind) {
      case 'create-programme': {
        serial += 1;
        const pillar = PILLARS[pick % PILLARS.length]!;
        await strategy.programmes.create(
          programmeInput({
            code: `PROP-${serial}`,
            name: `Property programme ${serial}`,
            status: (['active', 'pipeline', 'paused', 'closed'] as const)[value % 4],
            fundingLines: [{ source: 'is_pillar', pillarCode: pillar, financialYear: '2025/26', spendType: 'revenue', amountPence: value * 10_000, certainty: value % 2 ? 'confirmed' : 'planned', note: '' }],
          }),
        );
        return;
      }
      case 'edit-programme': {
        const rows = await db.selectFrom('programmes').select(['id', 'code', 'name', 'revision']).where('archived_at', 'is', null).orderBy('id').execute();
        const p = pickFrom(rows, pick);
        if (!p) return;
        await strategy.programmes.update({
          ...programmeInput({ code: p.code, name: p.name, status: (['active', 'paused', 'closed'] as const)[value % 3], wardCodes: value % 2 ? ['E05014989'] : [] }),
          fundingLines: [{ source: 'dwp', pillarCode: null, financialYear: '2025/26', spendType: 'revenue', amountPence: value * 50_000, certainty: 'confirmed', note: '' }],
          id: p.id,
          revision: p.revision,
        });
        return;
      }
      case 'archive-programme': {
        const p = pickFrom(await db.selectFrom('programmes').select('id').where('archived_at', 'is', null).orderBy('id').execute(), pick);
        if (p) await strategy.programmes.archive({ id: p.id, reason: 'Property test' });
        return;
      }
      case 'restore-programme': {
        const p = pickFrom(await db.selectFrom('programmes').select('id').where('archived_at', 'is not', null).orderBy('id').execute(), pick);
        if (p) await strategy.programmes.restore({ id: p.id });
        return;
      }
      case 'raw-funding-line': {
        // A write straight to the table, with no audit entry: the stamps still see it.
        const p = pickFrom(await db.selectFrom('programmes').select('id').orderBy('id').execute(), pick);
        if (!p) return;
        await db
          .insertInto('programme_funding_lines')
          .values({ programme_id: p.id, position: 100 + value, source: 'is_pillar', pillar_code: PILLARS[value % PILLARS.length]!, financial_year: '2026/27', spend_type: 'capital', amount_pence: value * 1000, certainty: 'confirmed' })
          .execute();
        return;
      }
      case 'link': {
        const programme = pickFrom(await db.selectFrom('programmes').select('id').where('archived_at', 'is', null).orderBy('id').execute(), pick);
        const target = pickFrom(await leader.alignment.targets(), value);
        if (!programme || !target) return;
        await strategy.alignment.link({
          programmeId: programme.id,
          targetType: target.type,
          frameworkCode: target.frameworkCode,
          targetCode: target.code,
          strength: (['primary', 'secondary', 'enabling'] as const)[value % 3]!,
          rationale: 'Property test link.',
          evidence: '',
        });
        return;
      }
      case 'unlink': {
        const link = pickFrom(await db.selectFrom('alignment_links').select('id').where('removed_at', 'is', null).orderBy('id').execute(), pick);
        if (link) await strategy.alignment.unlink({ id: link.id, reason: 'Property test' });
        return;
      }
      case 'record-observation': {
        const rows = await db
          .selectFrom('observations as o')
          .innerJoin('indicators as i', 'i.identity_id', 'o.identity_id')
          .innerJoin('framework_versions as v', 'v.id', 'i.version_id')
          .select(['i.id as indicatorId', 'o.period', 'o.area_code', 'o.value'])
          .where('v.status', '=', 'published')
          .orderBy('o.id')
          .execute();
        const o = pickFrom(rows, pick);
        if (o) await strategy.outcomes.recordObservation({ indicatorId: o.indicatorId, period: o.period, areaCode: o.area_code, value: Math.round(o.value * (value / 500)) });
        return;
      }
      case 'withdraw-observation': {
        const rows = await db
          .selectFrom('observations as o')
          .innerJoin('indicators as i', 'i.identity_id', 'o.identity_id')
          .innerJoin('framework_versions as v', 'v.id', 'i.version_id')
          .select(['i.id as indicatorId', 'o.id as observationId'])
          .where('v.status', '=', 'published')
          .orderBy('o.id', 'desc')
          .limit(40)
          .execute();
        const o = pickFrom(rows, pick);
        if (o) await strategy.outcomes.withdrawObservation({ ...o, reason: 'Property test' });
        return;
      }
      case 'payment': {
        const rows = await db
          .selectFrom('instalments as i')
          .innerJoin('awards as a', 'a.id', 'i.award_id')
          .select(['i.id', 'i.amount_pence'])
          .where('a.status', '=', 'active')
          .where((eb) => eb.not(eb.exists(eb.selectFrom('ledger_entries as l').select('l.id').whereRef('l.instalment_id', '=', 'i.id'))))
          .orderBy('i.id')
          .execute();
        const instalment = pickFrom(rows, pick);
        if (!instalment) return;
        serial += 1;
        const payment = await finance.grants.recordPayment({ idempotencyKey: `property-${serial}-${Date.now()}`, instalmentId: instalment.id, amountPence: instalment.amount_pence, paymentDate: today, reference: `PROP-${serial}` });
        await approver.grants.approvePayment({ paymentId: payment.paymentId, date: today });
        if (value % 2) await approver.grants.releasePayment({ paymentId: payment.paymentId, date: today });
        return;
      }
      case 'acknowledge': {
        const open = await leader.alignment.findings({ status: 'open', page: { offset: 0, limit: 200 } });
        const finding = pickFrom(open.rows, pick);
        if (finding) await strategy.alignment.acknowledge({ findingKey: finding.key, reason: `Property test ${value}` });
        return;
      }
      case 'balance-target': {
        await strategy.alignment.setBalanceTarget({ dimension: 'pillar', code: PILLARS[pick % PILLARS.length]!, targetPercent: value % 101, tolerancePercent: 5 });
        return;
      }
      case 'publish-framework': {
        const version = pickFrom(await db.selectFrom('framework_versions').select(['id', 'from_financial_year']).where('status', '=', 'published').orderBy('id').execute(), pick);
        if (!version) return;
        serial += 1;
        const draft = await strategy.outcomes.createDraft({ fromVersionId: version.id, label: `Property ${serial}`, fromFinancialYear: version.from_financial_year });
        await strategy.outcomes.publish({ versionId: draft.id });
        return;
      }
    }
  }

  /** The report through the cache, and from scratch. */
  async function bothWays() {
    const served = await alignmentReport(ws.db, today);
    const loaded = await loadAlignmentSnapshot(ws.db, { today });
    const fresh = reportFrom(loaded, await acknowledgementsOf(ws.db));
    return { served, fresh, servedSnapshot: (await currentCheck(ws.db, today)).loaded.snapshot, freshSnapshot: loaded.snapshot };
  }

  it('for random sequences of programme edits, links, observations, payments, acknowledgements and framework publishing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        await alignmentReport(ws.db, today); // the cache is warm before the first write
        for (const o of ops) {
          const before = await currentCheck(ws.db, today);
          try {
            await apply(o);
            done.set(o.kind, (done.get(o.kind) ?? 0) + 1);
          } catch (error) {
            // A refused write (e.g. a duplicate link) writes nothing; the property must hold all the same.
            if (!(error instanceof TRPCError)) throw error;
          }
          const { served, fresh, servedSnapshot, freshSnapshot } = await bothWays();
          expect(servedSnapshot).toEqual(freshSnapshot); // no part is stale, even where no finding shows it
          expect(served.findings).toEqual(fresh.findings);
          expect(served.matrix).toEqual(fresh.matrix);
          expect(served.coverage).toEqual(fresh.coverage);
          expect(served.programmes).toEqual(fresh.programmes);
          if (o.kind === 'acknowledge') expect(await currentCheck(ws.db, today)).toBe(before); // not recomputed
        }
      }),
      { numRuns: 25, seed: 20251203 },
    );
    // Every kind of write happened (the property was not passed vacuously).
    console.log(`writes done: ${[...done].map(([k, n]) => `${k} ${n}`).join(", ")}`);
    expect(KINDS.filter((k) => !done.get(k))).toEqual([]);
  }, 240_000);
});
