/**
 * Builds the AlignmentSnapshot the pure rules read, from the workspace. Scope: programmes not
 * archived; the published version of each GMCA and council framework; live links; every fund and
 * every award that is not cancelled. `today` is passed in (the rules never read the clock).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { PILLARS, type PillarCode } from '../../programmes/vocabulary';
import type { AlignmentSnapshot } from '../rules/snapshot';
import { keyOf, loadFrameworks, type ElementIndex } from './frameworks';
import { loadGrants } from './grants';
import { liveLinkRows, toSnapshotLinks, type LinkRow } from './links';
import { loadProgrammes, type ProgrammeOwners } from './programmes';

/** The snapshot plus what the API needs to label and route findings. */
export interface LoadedSnapshot {
  snapshot: AlignmentSnapshot;
  index: ElementIndex;
  owners: ProgrammeOwners;
  links: LinkRow[];
}

export async function loadAlignmentSnapshot(db: Kysely<DB>, options: { today: string }): Promise<LoadedSnapshot> {
  const [frameworks, programmes, grants, links, targets] = await Promise.all([
    loadFrameworks(db, options.today),
    loadProgrammes(db),
    loadGrants(db),
    liveLinkRows(db),
    db.selectFrom('balance_targets').select(['dimension', 'code', 'target_share', 'tolerance']).orderBy('dimension').orderBy('code').execute(),
  ]);
  const { index, ...frameworkPart } = frameworks;
  const missionByCode = new Map(frameworkPart.missions.map((m) => [m.code, m.id]));
  const balanceTargets: AlignmentSnapshot['balanceTargets'] = { missions: [], pillars: [] };
  for (const t of targets) {
    const share = { targetShare: t.target_share, tolerance: t.tolerance };
    if (t.dimension === 'mission') {
      // A mission target is stored by its code (or framework|code when several council frameworks share codes).
      const missionId = missionByCode.get(t.code) ?? index.elements.get(t.code);
      if (missionId !== undefined) balanceTargets.missions.push({ ...share, missionId });
    } else if ((PILLARS as readonly string[]).includes(t.code)) {
      balanceTargets.pillars.push({ ...share, pillarCode: t.code as PillarCode });
    }
  }
  const snapshot: AlignmentSnapshot = {
    today: options.today,
    programmes: programmes.programmes,
    ...frameworkPart,
    ...toSnapshotLinks(links, index),
    ...grants,
    balanceTargets,
  };
  return { snapshot, index, owners: programmes.owners, links };
}

export { keyOf };
