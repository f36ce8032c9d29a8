import type { FindingsResult } from '../api/types';

/**
 * Findings name indicators by identity id (stable across versions); the indicator page takes the
 * current version's indicator id. Each page of findings carries the ids its findings need
 * (`indicatorPages`), so no screen loads the whole indicator list for this.
 */
export function indicatorIdsOf(...pages: ReadonlyArray<Pick<FindingsResult, 'indicatorPages'> | undefined>): ReadonlyMap<number, number> {
  const ids = new Map<number, number>();
  for (const page of pages) for (const { identityId, indicatorId } of page?.indicatorPages ?? []) ids.set(identityId, indicatorId);
  return ids;
}
