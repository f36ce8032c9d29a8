import type { RouterOutputs } from './types';

/*
 * Live updates: which cached answers each announced change makes out of date (the hook that listens
 * is in live-updates.ts). Kept apart from the tRPC client so it can be tested on its own.
 */

/** The part of React Query's QueryClient used here (so this file needs no React types). */
export interface QueryInvalidator {
  invalidateQueries(filters?: { queryKey: readonly unknown[] }): Promise<unknown>;
}

/** One event of `live.changes`: a batch of changes, or `changes: null` (refetch everything). */
type Tracked = RouterOutputs['live']['changes'] extends AsyncIterable<infer T> ? T : never;
export type LiveEvent = Tracked['data'];
export type LiveChange = NonNullable<LiveEvent['changes']>[number];

/** The API's top-level routers whose cached answers a change can make out of date. */
export type QueryRoot = 'workspace' | 'auth' | 'users' | 'audit' | 'geography' | 'partners' | 'programmes' | 'outcomes' | 'grants' | 'alignment' | 'packs';

const MONEY: readonly QueryRoot[] = ['grants', 'partners', 'alignment', 'packs'];
const OUTCOMES: readonly QueryRoot[] = ['outcomes', 'alignment', 'packs'];

/**
 * Which cached answers each record type (the audit log's entity_type) can change. Grants money shows
 * on partner pages, in the alignment matrix and in pack previews; programmes carry funds; outcomes
 * feed the alignment rules and packs. A type not listed here refreshes everything.
 */
export const ROOTS_BY_CHANGE_TYPE: Readonly<Record<string, readonly QueryRoot[]>> = {
  payment: MONEY,
  correction: MONEY,
  award: MONEY,
  fund: [...MONEY, 'programmes'],
  partner: ['partners', 'grants', 'alignment', 'packs'],
  programme: ['programmes', 'grants', 'alignment', 'packs'],
  indicator: OUTCOMES,
  framework: OUTCOMES,
  framework_version: OUTCOMES,
  import: OUTCOMES,
  finding: ['alignment', 'packs'],
  balance_target: ['alignment', 'packs'],
  briefing_pack: ['packs'],
  user: ['users'],
  client_address: ['users'],
  workspace: ['workspace'],
};

/** The roots a batch makes out of date (always the audit log, which every change adds to); null = everything. */
export function rootsFor(changes: readonly LiveChange[] | null): Set<QueryRoot> | null {
  if (changes === null) return null;
  const roots = new Set<QueryRoot>(['audit']);
  for (const change of changes) {
    const mapped = ROOTS_BY_CHANGE_TYPE[change.type];
    if (!mapped) return null;
    for (const root of mapped) roots.add(root);
  }
  return roots;
}

/**
 * Marks the matching cached answers out of date (`keyOf` gives a root's query key prefix): the ones on screen refetch at once (in the
 * background, keeping what they show until the new answer arrives), the others when next used.
 */
export async function invalidateFor(queryClient: QueryInvalidator, roots: Set<QueryRoot> | null, keyOf: (root: QueryRoot) => readonly unknown[]): Promise<void> {
  if (roots === null) {
    await queryClient.invalidateQueries();
    return;
  }
  await Promise.all([...roots].map((root) => queryClient.invalidateQueries({ queryKey: keyOf(root) })));
}
