import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { errorCode } from './errors';
import { liveUpdatesAvailable, onApiError, trpc, trpcClient } from './trpc';
import type { RouterOutputs } from './types';

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
 * Marks the matching cached answers out of date: the ones on screen refetch at once (in the
 * background, keeping what they show until the new answer arrives), the others when next used.
 */
export async function invalidateFor(queryClient: QueryClient, roots: Set<QueryRoot> | null): Promise<void> {
  if (roots === null) {
    await queryClient.invalidateQueries();
    return;
  }
  const proxy = trpc as unknown as Record<QueryRoot, { pathKey(): readonly unknown[] }>;
  await Promise.all([...roots].map((root) => queryClient.invalidateQueries({ queryKey: proxy[root].pathKey() })));
}

/** After a failure that may pass, subscribe again after this long, doubling up to RESUBSCRIBE_MAX_MS. */
const RESUBSCRIBE_MS = 5_000;
const RESUBSCRIBE_MAX_MS = 60_000;

/**
 * Live updates for the signed-in app (mounted once, in SignedInApp): listens to `live.changes` and
 * refreshes the queries each change can affect, so a payment recorded by one user appears in another's
 * approvals queue without a reload. After a reconnection (something may have been missed) or when the
 * server says too much changed, everything is refreshed. An ended session is handled as any other
 * UNAUTHORIZED answer (back to sign-in); a server that does not serve live updates (the procedure
 * answers METHOD_NOT_SUPPORTED) is not asked again until the next sign-in.
 */
export function useLiveUpdates(enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || !liveUpdatesAvailable) return;
    let stopped = false;
    let starts = 0;
    let failures = 0;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let subscription: { unsubscribe(): void } | null = null;

    const subscribe = () => {
      subscription = trpcClient.live.changes.subscribe(undefined, {
        onStarted() {
          failures = 0;
          // The first start follows the screen's own loading; any later one may have missed changes.
          if (starts++ > 0) void invalidateFor(queryClient, null);
        },
        onData(event) {
          void invalidateFor(queryClient, rootsFor(event.data.changes));
        },
        onError(error) {
          if (stopped) return;
          const code = errorCode(error);
          if (code === 'UNAUTHORIZED') return onApiError(error);
          if (code === 'METHOD_NOT_SUPPORTED' || code === 'FORBIDDEN' || code === 'NOT_FOUND') return; // not served here
          // Refused before streaming (401: the EventSource's error event carries the status): let auth.me decide.
          if ((error.cause as { status?: unknown } | undefined)?.status === 401) void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
          starts = Math.max(starts, 1); // the next start is a reconnection
          const delay = Math.min(RESUBSCRIBE_MAX_MS, RESUBSCRIBE_MS * 2 ** Math.min(failures, 4));
          failures += 1;
          retry = setTimeout(() => {
            retry = null;
            if (!stopped) subscribe();
          }, delay);
        },
      });
    };
    subscribe();
    return () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      subscription?.unsubscribe();
    };
  }, [enabled, queryClient]);
}
