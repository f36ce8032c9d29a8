/** What a link may point at: elements and indicators of the published GMCA and council frameworks. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export type TargetType = 'mission' | 'priority' | 'outcome' | 'indicator';

/** Missions and priorities belong to the council's framework; outcomes to GMCA's; indicators to either. */
const OWNERS: Readonly<Record<TargetType, ReadonlyArray<'gmca' | 'council'>>> = {
  mission: ['council'],
  priority: ['council'],
  outcome: ['gmca'],
  indicator: ['gmca', 'council'],
};

export interface LinkTarget {
  type: TargetType;
  frameworkCode: string;
  frameworkOwner: 'gmca' | 'council';
  code: string;
  title: string;
  /** Pillar or mission title for outcomes and priorities; the outcome or priority for indicators. */
  parent: string | null;
}

/** Every element and indicator a programme can be linked to, in framework order. */
export async function linkTargets(db: Kysely<DB>): Promise<LinkTarget[]> {
  const elements = await db
    .selectFrom('framework_elements as e')
    .innerJoin('framework_versions as v', 'v.id', 'e.version_id')
    .innerJoin('frameworks as f', 'f.id', 'v.framework_id')
    .leftJoin('framework_elements as parent', 'parent.id', 'e.parent_id')
    .select(['e.kind', 'e.code', 'e.title', 'f.code as framework_code', 'f.owner', 'parent.title as parent_title'])
    .where('v.status', '=', 'published')
    .where('e.kind', 'in', ['mission', 'priority', 'outcome'])
    .where('f.owner', 'in', ['gmca', 'council'])
    .orderBy('f.code')
    .orderBy('e.position')
    .orderBy('e.id')
    .execute();
  const indicators = await db
    .selectFrom('indicators as i')
    .innerJoin('indicator_identities as ii', 'ii.id', 'i.identity_id')
    .innerJoin('framework_versions as v', 'v.id', 'i.version_id')
    .innerJoin('frameworks as f', 'f.id', 'v.framework_id')
    .leftJoin('framework_elements as e', 'e.id', 'i.element_id')
    .select(['ii.code', 'i.title', 'f.code as framework_code', 'f.owner', 'e.title as parent_title'])
    .where('v.status', '=', 'published')
    .where('f.owner', 'in', ['gmca', 'council'])
    .orderBy('f.code')
    .orderBy('ii.code')
    .execute();
  const targets: LinkTarget[] = [];
  for (const e of elements) {
    const type = e.kind as TargetType;
    const owner = e.owner as 'gmca' | 'council';
    if (!OWNERS[type].includes(owner)) continue;
    targets.push({ type, frameworkCode: e.framework_code, frameworkOwner: owner, code: e.code, title: e.title, parent: e.parent_title });
  }
  for (const i of indicators) {
    targets.push({ type: 'indicator', frameworkCode: i.framework_code, frameworkOwner: i.owner as 'gmca' | 'council', code: i.code, title: i.title, parent: i.parent_title });
  }
  return targets;
}

/** The target if a published framework holds it and the type may point there; else null. */
export async function findTarget(db: Kysely<DB>, type: TargetType, frameworkCode: string, code: string): Promise<LinkTarget | null> {
  const all = await linkTargets(db);
  return all.find((t) => t.type === type && t.frameworkCode === frameworkCode && t.code === code) ?? null;
}
