/**
 * Builds the AlignmentSnapshot the pure rules read, from the workspace. Scope: programmes not
 * archived; the published version of each GMCA and council framework; live links; every fund and
 * every award that is not cancelled. `today` is passed in (the rules never read the clock).
 *
 * The snapshot is loaded in parts (programmes, frameworks, links, funds, awards, balance targets) so
 * that the findings cache (core/alignment/check.ts) can reload only the parts whose tables changed.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { PILLARS, type PillarCode } from '../../programmes/vocabulary';
import type { AlignmentSnapshot } from '../rules/snapshot';
import { keyOf, loadFrameworks, type ElementIndex } from './frameworks';
import { loadAwards, loadFunds } from './grants';
import { liveLinkRows, toSnapshotLinks, type LinkRow } from './links';
import { loadProgrammes, type ProgrammeOwners } from './programmes';

/** The snapshot plus what the API needs to label and route findings. */
export interface LoadedSnapshot {
  snapshot: AlignmentSnapshot;
  index: ElementIndex;
  owners: ProgrammeOwners;
  links: LinkRow[];
}

export type FrameworksPart = Awaited<ReturnType<typeof loadFrameworks>>;
export type ProgrammesPart = Awaited<ReturnType<typeof loadProgrammes>>;
export interface LinksPart extends Pick<AlignmentSnapshot, 'programmeLinks' | 'indicatorLinks'> {
  rows: LinkRow[];
}

/** Every part of a snapshot, each loaded on its own. */
export interface SnapshotParts {
  programmes: ProgrammesPart;
  frameworks: FrameworksPart;
  links: LinksPart;
  funds: AlignmentSnapshot['funds'];
  awards: AlignmentSnapshot['awards'];
  targets: AlignmentSnapshot['balanceTargets'];
}

export async function loadLinksPart(db: Kysely<DB>, frameworks: FrameworksPart): Promise<LinksPart> {
  const rows = await liveLinkRows(db);
  return { ...toSnapshotLinks(rows, frameworks.index), rows };
}

/** The funding-balance targets, resolved to the published council missions. */
export async function loadBalanceTargets(db: Kysely<DB>, frameworks: FrameworksPart): Promise<AlignmentSnapshot['balanceTargets']> {
  const targets = await db.selectFrom('balance_targets').select(['dimension', 'code', 'target_share', 'tolerance']).orderBy('dimension').orderBy('code').execute();
  const missionByCode = new Map(frameworks.missions.map((m) => [m.code, m.id]));
  const balanceTargets: AlignmentSnapshot['balanceTargets'] = { missions: [], pillars: [] };
  for (const t of targets) {
    const share = { targetShare: t.target_share, tolerance: t.tolerance };
    if (t.dimension === 'mission') {
      // A mission target is stored by its code (or framework|code when several council frameworks share codes).
      const missionId = missionByCode.get(t.code) ?? frameworks.index.elements.get(t.code);
      if (missionId !== undefined) balanceTargets.missions.push({ ...share, missionId });
    } else if ((PILLARS as readonly string[]).includes(t.code)) {
      balanceTargets.pillars.push({ ...share, pillarCode: t.code as PillarCode });
    }
  }
  return balanceTargets;
}

/** A snapshot from its parts (a new object each time; the parts are shared, never modified). */
export function assembleSnapshot(today: string, parts: SnapshotParts): LoadedSnapshot {
  const { index, ...frameworkPart } = parts.frameworks;
  const snapshot: AlignmentSnapshot = {
    today,
    programmes: parts.programmes.programmes,
    ...frameworkPart,
    programmeLinks: parts.links.programmeLinks,
    indicatorLinks: parts.links.indicatorLinks,
    funds: parts.funds,
    awards: parts.awards,
    balanceTargets: parts.targets,
  };
  return { snapshot, index, owners: parts.programmes.owners, links: parts.links.rows };
}

/** The whole snapshot, every part loaded afresh. */
export async function loadAlignmentSnapshot(db: Kysely<DB>, options: { today: string }): Promise<LoadedSnapshot> {
  const [frameworks, programmes, funds, awards] = await Promise.all([loadFrameworks(db, options.today), loadProgrammes(db), loadFunds(db), loadAwards(db)]);
  const [links, targets] = await Promise.all([loadLinksPart(db, frameworks), loadBalanceTargets(db, frameworks)]);
  return assembleSnapshot(options.today, { programmes, frameworks, links, funds, awards, targets });
}

export { keyOf };
