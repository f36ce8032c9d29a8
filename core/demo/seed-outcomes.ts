import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditActor } from '../trpc/context';
import { appendAudit } from '../audit/service';
import { nowIso } from '../shared/clock';
import { upsertIndicator } from '../outcomes/indicators-service';
import type { IndicatorDefinitionInput } from '../outcomes/schemas';
import { DEMO_FRAMEWORKS, indicatorObservations, indicatorTargets, type DemoElement, type DemoFramework, type DemoFrameworkVersion, type DemoIndicator } from './data/outcomes';

/** Rows per multi-row INSERT (keeps each statement well inside SQLite's bound-parameter limit). */
const CHUNK = 500;

function chunks<T>(rows: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Parents before children, so each element's parent id is known when it is inserted. */
function byDepth(elements: readonly DemoElement[]): DemoElement[][] {
  const byCode = new Map(elements.map((e) => [e.code, e]));
  const depth = (e: DemoElement, seen = 0): number => {
    if (e.parentCode === null) return 0;
    const parent = byCode.get(e.parentCode);
    if (!parent || seen > elements.length) throw new Error(`Demo element ${e.code} names an unknown parent ${e.parentCode}`);
    return 1 + depth(parent, seen + 1);
  };
  const levels: DemoElement[][] = [];
  for (const e of elements) (levels[depth(e)] ??= []).push(e);
  return levels;
}

export function demoIndicatorInput(versionId: number, indicator: DemoIndicator): IndicatorDefinitionInput {
  return {
    versionId,
    code: indicator.code,
    elementCode: indicator.elementCode,
    title: indicator.title,
    definition: indicator.definition,
    kind: indicator.kind,
    tier: indicator.tier,
    unit: indicator.unit,
    polarity: indicator.polarity,
    numerator: indicator.numerator,
    denominator: indicator.denominator,
    dataSource: indicator.dataSource,
    frequency: indicator.frequency,
    geographyLevel: indicator.geographyLevel,
    baselineValue: indicator.baselineValue,
    baselinePeriod: indicator.baselinePeriod,
    tolerancePercent: indicator.tolerancePercent,
    comparator: indicator.comparator,
    owner: indicator.owner,
    lastReviewed: indicator.lastReviewed,
    targets: indicatorTargets(indicator.frequency, indicator.targets),
  };
}

async function seedVersion(trx: Kysely<DB>, who: AuditActor, frameworkId: number, version: DemoFrameworkVersion, createdAt: string) {
  const { id: versionId } = await trx
    .insertInto('framework_versions')
    .values({ framework_id: frameworkId, label: version.label, status: version.status, from_financial_year: version.fromFinancialYear, based_on_version_id: null, published_at: version.publishedAt, created_at: createdAt })
    .returning('id')
    .executeTakeFirstOrThrow();

  const elementIds = new Map<string, number>();
  const position = new Map(version.elements.map((e, i) => [e.code, i]));
  for (const level of byDepth(version.elements)) {
    await trx
      .insertInto('framework_elements')
      .values(
        level.map((e) => ({
          version_id: versionId,
          parent_id: e.parentCode === null ? null : elementIds.get(e.parentCode)!,
          kind: e.kind,
          code: e.code,
          title: e.title,
          description: e.description,
          position: position.get(e.code)!,
          illustrative: e.illustrative ? 1 : 0,
        })),
      )
      .execute();
    const rows = await trx.selectFrom('framework_elements').select(['id', 'code']).where('version_id', '=', versionId).execute();
    for (const row of rows) elementIds.set(row.code, row.id);
  }

  for (const batch of chunks(version.fundingLines)) {
    await trx
      .insertInto('framework_funding_lines')
      .values(
        batch.map((l) => {
          const elementId = elementIds.get(l.elementCode);
          if (elementId === undefined) throw new Error(`Demo funding line names an unknown element ${l.elementCode}`);
          return {
            version_id: versionId,
            element_id: elementId,
            fund: l.fund,
            home_department: l.homeDepartment,
            allocation_mechanism: l.allocationMechanism,
            financial_year: l.financialYear,
            spend_type: l.spendType,
            amount_pence: l.amountPence,
            source_title: l.sourceTitle,
            source_url: l.sourceUrl,
          };
        }),
      )
      .execute();
  }

  const illustrativeIds: number[] = [];
  for (const indicator of version.indicators) {
    const { id } = await upsertIndicator(trx, who, demoIndicatorInput(versionId, indicator));
    if (indicator.illustrative) illustrativeIds.push(id);
  }
  // upsertIndicator leaves the illustrative flag alone: demonstration examples are marked here.
  if (illustrativeIds.length) await trx.updateTable('indicators').set({ illustrative: 1 }).where('id', 'in', illustrativeIds).execute();

  return { versionId, elements: version.elements.length, fundingLines: version.fundingLines.length, indicators: version.indicators.length };
}

async function seedObservations(trx: Kysely<DB>, who: AuditActor, frameworkId: number, framework: DemoFramework, areaVintages: Map<string, string | null>) {
  const identities = new Map(
    (await trx.selectFrom('indicator_identities').select(['id', 'code']).where('framework_id', '=', frameworkId).execute()).map((r) => [r.code.toLowerCase(), r.id]),
  );
  // Observations belong to an indicator's identity, so a series is generated once however many versions define it.
  const seen = new Set<string>();
  const indicators = framework.versions.flatMap((v) => v.indicators).filter((i) => (seen.has(i.code) ? false : (seen.add(i.code), true)));
  const rows = indicators.flatMap((indicator) => indicatorObservations(framework.code, indicator));
  let batchNumber = 0;
  for (const batch of chunks(rows)) {
    batchNumber += 1;
    await trx
      .insertInto('observations')
      .values(
        batch.map((o) => {
          const identityId = identities.get(o.indicatorCode.toLowerCase());
          if (identityId === undefined) throw new Error(`Demo observation names an unknown indicator ${o.indicatorCode}`);
          if (!areaVintages.has(o.areaCode)) throw new Error(`Demo observation names an unknown area ${o.areaCode}`);
          return {
            identity_id: identityId,
            period: o.period,
            area_code: o.areaCode,
            area_vintage: areaVintages.get(o.areaCode) ?? null,
            revision: o.revision,
            value: o.value,
            status: o.status,
            source_note: o.sourceNote,
            commentary: o.commentary,
            recorded_at: o.recordedAt,
            recorded_by: null,
          };
        }),
      )
      .execute();
    await appendAudit(trx, who, {
      action: 'observation.seed',
      entityType: 'framework',
      entityId: frameworkId,
      after: {
        framework: framework.code,
        batch: batchNumber,
        rows: batch.length,
        revisions: batch.filter((o) => o.revision > 1).length,
        indicators: [...new Set(batch.map((o) => o.indicatorCode))],
        note: 'Illustrative demonstration values',
      },
    });
  }
  return rows.length;
}

/**
 * Seeds the demonstration outcome frameworks (GMCA Integrated Settlement, Progress with Unity and a
 * draft Local Outcomes Framework) with their funding lines, indicators, targets and illustrative
 * observations, inside the caller's transaction. Deterministic: the same rows every time.
 */
export async function seedDemoOutcomes(trx: Kysely<DB>, who: AuditActor): Promise<void> {
  const areaVintages = new Map((await trx.selectFrom('areas').select(['code', 'vintage']).execute()).map((a) => [a.code, a.vintage]));
  for (const framework of DEMO_FRAMEWORKS) {
    const createdAt = nowIso();
    const { id: frameworkId } = await trx
      .insertInto('frameworks')
      .values({ code: framework.code, title: framework.title, owner: framework.owner, description: framework.description, created_at: createdAt })
      .returning('id')
      .executeTakeFirstOrThrow();
    const versions = [];
    for (const version of framework.versions) versions.push({ label: version.label, status: version.status, ...(await seedVersion(trx, who, frameworkId, version, createdAt)) });
    const observations = await seedObservations(trx, who, frameworkId, framework, areaVintages);
    await appendAudit(trx, who, {
      action: 'framework.seed',
      entityType: 'framework',
      entityId: frameworkId,
      after: { code: framework.code, title: framework.title, owner: framework.owner, versions, observations, demonstration: true },
    });
  }
}
