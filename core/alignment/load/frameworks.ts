/**
 * The frameworks part of an alignment snapshot: the published version of every council and GMCA
 * framework, its missions, priorities, pillars and outcomes (ids are framework element ids), and its
 * indicators (ids are indicator identity ids, which stay the same across versions) with the headline
 * RAG and staleness the outcomes screens show.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { headlineAreaCode } from '../../outcomes/headline-area';
import { headlineObservations, publishedTargets } from '../../outcomes/published-figures';
import { latestAssessment, parsePeriod } from '../../outcomes/status';
import type { Comparator, Frequency, IndicatorKind, Polarity } from '../../outcomes/status/types';
import { pillarCodeOfElement } from '../pillar-codes';
import type { AlignmentSnapshot, SnapshotIndicator } from '../rules/snapshot';

type FrameworkPart = Pick<AlignmentSnapshot, 'missions' | 'priorities' | 'pillars' | 'outcomes' | 'indicators'>;

/** Where an element sits, for resolving links that name their target by framework and code. */
export interface ElementIndex {
  /** `${frameworkCode}|${elementCode}` → element id (published versions only). */
  elements: Map<string, number>;
  /** `${frameworkCode}|${indicatorCode}` → indicator identity id. */
  indicators: Map<string, number>;
  /** Details for the API: element id → framework code, code and kind. */
  elementInfo: Map<number, { frameworkCode: string; code: string; kind: string; title: string }>;
  /** indicator identity id → framework code, code, title and owner. */
  indicatorInfo: Map<number, { frameworkCode: string; code: string; title: string; owner: string }>;
}

export const keyOf = (frameworkCode: string, code: string) => `${frameworkCode}|${code}`;

export async function loadFrameworks(db: Kysely<DB>, today: string): Promise<FrameworkPart & { index: ElementIndex }> {
  const elements = await db
    .selectFrom('framework_elements as e')
    .innerJoin('framework_versions as v', 'v.id', 'e.version_id')
    .innerJoin('frameworks as f', 'f.id', 'v.framework_id')
    .select(['e.id', 'e.parent_id', 'e.kind', 'e.code', 'e.title', 'e.position', 'f.code as framework_code', 'f.owner'])
    .where('v.status', '=', 'published')
    .where('f.owner', 'in', ['gmca', 'council'])
    .orderBy('f.code')
    .orderBy('e.position')
    .orderBy('e.id')
    .execute();
  const indicatorRows = await db
    .selectFrom('indicators as i')
    .innerJoin('indicator_identities as ii', 'ii.id', 'i.identity_id')
    .innerJoin('framework_versions as v', 'v.id', 'i.version_id')
    .innerJoin('frameworks as f', 'f.id', 'v.framework_id')
    .select([
      'i.id',
      'i.identity_id',
      'i.element_id',
      'i.title',
      'i.kind',
      'i.polarity',
      'i.frequency',
      'i.geography_level',
      'i.tolerance_percent',
      'i.comparator',
      'i.owner',
      'ii.code',
      'f.code as framework_code',
      'f.owner as framework_owner',
    ])
    .where('v.status', '=', 'published')
    .where('f.owner', 'in', ['gmca', 'council'])
    .orderBy('f.code')
    .orderBy('ii.code')
    .execute();

  const index: ElementIndex = { elements: new Map(), indicators: new Map(), elementInfo: new Map(), indicatorInfo: new Map() };
  const byId = new Map(elements.map((e) => [e.id, e]));
  const part: FrameworkPart = { missions: [], priorities: [], pillars: [], outcomes: [], indicators: [] };
  const accountableOutcomes = new Set(indicatorRows.filter((i) => i.kind === 'accountable' && i.element_id !== null).map((i) => i.element_id));
  for (const e of elements) {
    index.elements.set(keyOf(e.framework_code, e.code), e.id);
    index.elementInfo.set(e.id, { frameworkCode: e.framework_code, code: e.code, kind: e.kind, title: e.title });
    const named = { id: e.id, code: e.code, title: e.title };
    if (e.owner === 'council' && e.kind === 'mission') part.missions.push(named);
    if (e.owner === 'council' && e.kind === 'priority' && e.parent_id !== null) part.priorities.push({ ...named, missionId: e.parent_id });
    if (e.owner === 'gmca' && e.kind === 'pillar') {
      const pillarCode = pillarCodeOfElement(e.code, e.title);
      if (pillarCode) part.pillars.push({ ...named, pillarCode });
    }
    if (e.owner === 'gmca' && e.kind === 'outcome' && e.parent_id !== null) {
      const parent = byId.get(e.parent_id);
      const pillarCode = parent ? pillarCodeOfElement(parent.code, parent.title) : null;
      if (pillarCode) part.outcomes.push({ ...named, pillarCode, accountable: accountableOutcomes.has(e.id) });
    }
  }

  const series = await headlineObservations(db);
  const targets = await publishedTargets(db);
  for (const row of indicatorRows) {
    index.indicators.set(keyOf(row.framework_code, row.code), row.identity_id);
    index.indicatorInfo.set(row.identity_id, { frameworkCode: row.framework_code, code: row.code, title: row.title, owner: row.owner });
    const element = row.element_id === null ? undefined : byId.get(row.element_id);
    const frequency = row.frequency as Frequency;
    const assessment = latestAssessment({
      indicator: {
        kind: row.kind as IndicatorKind,
        polarity: row.polarity as Polarity,
        frequency,
        tolerancePercent: row.tolerance_percent,
        comparator: row.comparator as Comparator,
      },
      observations: [...(series.get(`${row.identity_id}|${headlineAreaCode(row.geography_level)}`) ?? new Map<string, number>())].map(([period, value]) => ({ period, value })),
      targets: [...(targets.get(row.id) ?? new Map<string, number>())].map(([period, value]) => ({ period, value })),
      today,
    });
    const range = assessment.period === null ? null : parsePeriod(frequency, assessment.period);
    const indicator: SnapshotIndicator = {
      id: row.identity_id,
      code: row.code,
      title: row.title,
      frameworkOwner: row.framework_owner === 'gmca' ? 'gmca' : 'council',
      outcomeId: element && element.kind === 'outcome' && row.framework_owner === 'gmca' ? element.id : null,
      priorityId: element && element.kind === 'priority' && row.framework_owner === 'council' ? element.id : null,
      kind: row.kind as IndicatorKind,
      frequency,
      rag: assessment.rag,
      stale: assessment.stale,
      dueBy: assessment.dueBy,
      latestPeriod: assessment.period,
      latestPeriodStart: range?.start ?? null,
      latestPeriodEnd: range?.end ?? null,
    };
    part.indicators.push(indicator);
  }
  return { ...part, index };
}
