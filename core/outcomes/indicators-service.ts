import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditActor } from '../trpc/context';
import { appendAudit } from '../audit/service';
import { nowIso } from '../shared/clock';
import { fieldError, notFound } from '../shared/field-errors';
import { assessIndicator, isPeriodKey, parsePeriod } from './status';
import { todayIso } from './assessment';
import { assertDraft } from './frameworks-service';
import { headlineAreaCode } from './headline-area';
import { periodNotEndedReason } from './period-ended';
import { indicatorsQuery, toIndicatorView, type IndicatorView } from './indicator-rows';
import { currentSeries, latestRevision, observationHistoryPage, type HistoryPageInput } from './observations-read';
import type { IndicatorDefinitionInput, ObservationInput } from './schemas';

export async function getIndicatorView(db: Kysely<DB>, indicatorId: number): Promise<IndicatorView> {
  const row = await indicatorsQuery(db).where('indicators.id', '=', indicatorId).executeTakeFirst();
  if (!row) throw notFound('That indicator');
  return toIndicatorView(row);
}

/**
 * An indicator's page: definition, targets, the areas with figures, and one area's series assessed
 * period by period (one point per period: its current revision). The revisions themselves are paged
 * separately (indicatorHistory): a ward indicator across ten councils has 34,000 of them.
 */
export async function indicatorDetail(db: Kysely<DB>, indicatorId: number, areaCode: string | null, today = todayIso()) {
  const indicator = await getIndicatorView(db, indicatorId);
  const area = areaCode ?? headlineAreaCode(indicator.geographyLevel);
  const [targets, series, areas] = await Promise.all([
    db.selectFrom('indicator_targets').select(['period', 'value']).where('indicator_id', '=', indicatorId).orderBy('period').execute(),
    currentSeries(db, indicator.identityId, area),
    db
      .selectFrom('areas')
      .select(['areas.code', 'areas.name'])
      .where('areas.code', 'in', db.selectFrom('observations').select('observations.area_code').where('observations.identity_id', '=', indicator.identityId))
      .orderBy('areas.name')
      .execute(),
  ]);
  const observations = series.map((o) => ({ period: o.period, value: o.value }));
  // Targets are set for the headline area (the borough, or Greater Manchester); a ward's series is
  // shown and its direction of travel given, but it is not rated against the borough's targets.
  const headline = area === headlineAreaCode(indicator.geographyLevel);
  const ratedTargets = headline ? targets : [];
  const assessed = series.map((o) => ({
    ...assessIndicator({
      indicator: { kind: indicator.kind, polarity: indicator.polarity, frequency: indicator.frequency, tolerancePercent: indicator.tolerancePercent, comparator: indicator.comparator },
      observations,
      targets: ratedTargets,
      period: o.period,
      today,
    }),
    status: o.status,
    revision: o.revision,
  }));
  return { indicator, areaCode: area, headline, areas, targets: ratedTargets, series: assessed };
}

/**
 * One page of an indicator's revisions, newest period first unless asked otherwise, for one area or
 * every area. Figures stored before the "only periods that have ended" rule may have been recorded
 * before their period ended: they are flagged so an officer can check and withdraw them.
 */
export async function indicatorHistory(db: Kysely<DB>, indicatorId: number, input: HistoryPageInput) {
  const indicator = await getIndicatorView(db, indicatorId);
  const page = await observationHistoryPage(db, indicator.identityId, input);
  const frequency = indicator.frequency;
  return {
    ...page,
    rows: page.rows.map((h) => ({ ...h, recordedBeforePeriodEnded: isPeriodKey(frequency, h.period) && h.recordedAt.slice(0, 10) <= parsePeriod(frequency, h.period).end })),
  };
}

/** Records a figure (a new revision when the period already has one). Only periods that have ended as of `today` are accepted. */
export async function recordObservation(db: Kysely<DB>, who: AuditActor, input: ObservationInput, today = todayIso()) {
  const indicator = await getIndicatorView(db, input.indicatorId);
  if (!isPeriodKey(indicator.frequency, input.period)) {
    throw fieldError({ period: [`"${input.period}" is not ${periodPhrase(indicator.frequency)} (for example ${examplePeriod(indicator.frequency)})`] });
  }
  const notEnded = periodNotEndedReason(indicator.frequency, input.period, today);
  if (notEnded) throw fieldError({ period: [notEnded] });
  return db.transaction().execute(async (trx) => {
    const area = await trx.selectFrom('areas').select(['code', 'vintage']).where('code', '=', input.areaCode).executeTakeFirst();
    if (!area) throw fieldError({ areaCode: [`Unknown area code ${input.areaCode}`] });
    const previous = await latestRevision(trx, indicator.identityId, input.period, input.areaCode);
    const row = await trx
      .insertInto('observations')
      .values({
        identity_id: indicator.identityId,
        period: input.period,
        area_code: input.areaCode,
        area_vintage: area.vintage,
        revision: (previous?.revision ?? 0) + 1,
        value: input.value,
        status: input.status,
        source_note: input.sourceNote,
        commentary: input.commentary,
        recorded_at: nowIso(),
        recorded_by: who.actor?.userId ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, who, {
      action: previous ? 'observation.revise' : 'observation.record',
      entityType: 'indicator',
      entityId: indicator.id,
      before: previous ? { period: previous.period, areaCode: previous.area_code, value: previous.value, status: previous.status, revision: previous.revision } : null,
      after: { period: row.period, areaCode: row.area_code, value: row.value, status: row.status, revision: row.revision },
    });
    return { id: row.id, revision: row.revision };
  });
}

/** "a quarterly period", "an annual period", "a six-monthly period". */
export function periodPhrase(frequency: string): string {
  const word = frequency.replace('_', '-');
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word} period`;
}

export function examplePeriod(frequency: string): string {
  return { monthly: '2025-07', quarterly: '2025/26 Q2', six_monthly: '2025/26 H1', annual: '2025/26' }[frequency] ?? '2025/26';
}

/** Adds or replaces one indicator definition in a draft version (published versions are read-only). */
export async function saveIndicatorDefinition(db: Kysely<DB>, who: AuditActor, input: IndicatorDefinitionInput) {
  await assertDraft(db, input.versionId);
  if (input.kind === 'contextual' && input.targets.length) throw fieldError({ targets: ['Contextual indicators are tracked, not rated against targets: remove the targets or make it accountable'] });
  const badTargets = input.targets.map((t, i) => [t, i] as const).filter(([t]) => !isPeriodKey(input.frequency, t.period));
  if (badTargets.length) {
    throw fieldError(Object.fromEntries(badTargets.map(([t, i]) => [`targets.${i}.period`, [`"${t.period}" is not ${periodPhrase(input.frequency)} (for example ${examplePeriod(input.frequency)})`]])));
  }
  return db.transaction().execute((trx) => upsertIndicator(trx, who, input));
}

export async function upsertIndicator(trx: Kysely<DB>, who: AuditActor, input: IndicatorDefinitionInput) {
  const version = await trx.selectFrom('framework_versions').select(['framework_id']).where('id', '=', input.versionId).executeTakeFirstOrThrow();
  let elementId: number | null = null;
  if (input.elementCode) {
    const element = await trx.selectFrom('framework_elements').select('id').where('version_id', '=', input.versionId).where('code', '=', input.elementCode).executeTakeFirst();
    if (!element) throw fieldError({ elementCode: [`No outcome or priority with code ${input.elementCode} in this version`] });
    elementId = element.id;
  }
  let identity = await trx.selectFrom('indicator_identities').select('id').where('framework_id', '=', version.framework_id).where('code', '=', input.code).executeTakeFirst();
  identity ??= await trx.insertInto('indicator_identities').values({ framework_id: version.framework_id, code: input.code }).returning('id').executeTakeFirstOrThrow();
  const values = {
    identity_id: identity.id,
    version_id: input.versionId,
    element_id: elementId,
    title: input.title,
    definition: input.definition,
    kind: input.kind,
    tier: input.tier,
    unit: input.unit,
    polarity: input.polarity,
    numerator: input.numerator,
    denominator: input.denominator,
    data_source: input.dataSource,
    frequency: input.frequency,
    geography_level: input.geographyLevel,
    baseline_value: input.baselineValue,
    baseline_period: input.baselinePeriod,
    tolerance_percent: input.tolerancePercent,
    comparator: input.comparator,
    owner: input.owner,
    last_reviewed: input.lastReviewed,
  };
  const existing = await trx.selectFrom('indicators').selectAll().where('identity_id', '=', identity.id).where('version_id', '=', input.versionId).executeTakeFirst();
  let indicatorId: number;
  if (existing) {
    await trx.updateTable('indicators').set(values).where('id', '=', existing.id).execute();
    await trx.deleteFrom('indicator_targets').where('indicator_id', '=', existing.id).execute();
    indicatorId = existing.id;
  } else {
    indicatorId = (await trx.insertInto('indicators').values(values).returning('id').executeTakeFirstOrThrow()).id;
  }
  if (input.targets.length) await trx.insertInto('indicator_targets').values(input.targets.map((t) => ({ indicator_id: indicatorId, period: t.period, value: t.value }))).execute();
  await appendAudit(trx, who, { action: existing ? 'indicator.update' : 'indicator.create', entityType: 'indicator', entityId: indicatorId, before: existing ?? null, after: { ...values, targets: input.targets } });
  return { id: indicatorId, created: !existing };
}

