/**
 * Live links (not removed) as the rules read them. A link names its target by framework and code;
 * here that is resolved to the published version's element or indicator. Links whose target is not
 * in a published version are left out of the snapshot (they count for nothing until it is).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { IndicatorLink, IndicatorRelation, LinkStrength, ProgrammeLink } from '../rules/snapshot';
import { keyOf, type ElementIndex } from './frameworks';

/** An indicator link has a relation rather than a strength; where a strength is needed it follows the relation. */
const RELATION_STRENGTH: Readonly<Record<IndicatorRelation, LinkStrength>> = { equivalent: 'primary', contributes_to: 'secondary', proxy: 'enabling' };

export interface LinkRow {
  id: number;
  programmeId: number | null;
  fromIndicatorId: number | null;
  targetType: 'mission' | 'priority' | 'outcome' | 'indicator';
  targetFrameworkCode: string;
  targetCode: string;
  strength: LinkStrength | null;
  relation: IndicatorRelation | null;
  rationale: string;
  evidence: string;
  createdBy: string;
  createdAt: string;
}

export async function liveLinkRows(db: Kysely<DB>, filter: { programmeId?: number } = {}): Promise<LinkRow[]> {
  let query = db
    .selectFrom('alignment_links as l')
    .leftJoin('users as u', 'u.id', 'l.created_by')
    .select([
      'l.id',
      'l.programme_id as programmeId',
      'l.from_indicator_id as fromIndicatorId',
      'l.target_type as targetType',
      'l.target_framework_code as targetFrameworkCode',
      'l.target_code as targetCode',
      'l.strength',
      'l.relation',
      'l.rationale',
      'l.evidence',
      'u.username as createdBy',
      'l.created_at as createdAt',
    ])
    .where('l.removed_at', 'is', null);
  if (filter.programmeId !== undefined) query = query.where('l.programme_id', '=', filter.programmeId);
  const rows = await query.orderBy('l.id').execute();
  return rows.map((r) => ({ ...r, createdBy: r.createdBy ?? 'system' }));
}

/** The element or indicator a link leads to in the published frameworks, or null. */
export function resolveTarget(index: ElementIndex, link: Pick<LinkRow, 'targetType' | 'targetFrameworkCode' | 'targetCode'>): number | null {
  const key = keyOf(link.targetFrameworkCode, link.targetCode);
  if (link.targetType === 'indicator') return index.indicators.get(key) ?? null;
  const id = index.elements.get(key);
  if (id === undefined) return null;
  const kind = index.elementInfo.get(id)?.kind;
  return kind === link.targetType ? id : null;
}

export function toSnapshotLinks(rows: LinkRow[], index: ElementIndex): { programmeLinks: ProgrammeLink[]; indicatorLinks: IndicatorLink[] } {
  const programmeLinks: ProgrammeLink[] = [];
  const indicatorLinks: IndicatorLink[] = [];
  for (const row of rows) {
    const targetId = resolveTarget(index, row);
    if (targetId === null) continue;
    const provenance = { rationale: row.rationale, evidence: row.evidence, createdBy: row.createdBy, createdAt: row.createdAt };
    if (row.programmeId !== null && row.strength !== null) {
      programmeLinks.push({ id: row.id, programmeId: row.programmeId, targetType: row.targetType, targetId, strength: row.strength, ...provenance });
    } else if (row.fromIndicatorId !== null && row.relation !== null) {
      indicatorLinks.push({ id: row.id, localIndicatorId: row.fromIndicatorId, gmcaIndicatorId: targetId, relation: row.relation, strength: RELATION_STRENGTH[row.relation], ...provenance });
    }
  }
  return { programmeLinks, indicatorLinks };
}
