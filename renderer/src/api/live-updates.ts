import { useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import { errorCode } from './errors';
import { invalidateFor as invalidateRoots, rootsFor, type QueryRoot } from './live-changes';
import { liveUpdatesAvailable, onApiError, trpc, trpcClient } from './trpc';

/** A root's query key prefix, as tRPC's React Query integration makes it. */
const keyOf = (root: QueryRoot): QueryKey => (trpc as unknown as Record<QueryRoot, { pathKey(): QueryKey }>)[root].pathKey();
const invalidateFor = (queryClient: QueryClient, roots: Set<QueryRoot> | null) => invalidateRoots(queryClient, roots, keyOf);

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
