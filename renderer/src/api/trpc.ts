import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, splitLink } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { clearToken, getToken, isSignedIn } from '../session/session-store';
import { errorCode, isPermanentError } from './errors';
import { createSubscriptionLink, createTransportLink, detectTransport } from './transport';
import type { AppRouter } from './types';

/** Any UNAUTHORIZED answer means the session (token or cookie) is over: go back to sign-in. */
export function onApiError(error: unknown): void {
  if (errorCode(error) === 'UNAUTHORIZED' && isSignedIn()) {
    clearToken('Your session has ended. Please sign in again.');
    queryClient.removeQueries({ predicate: (query) => !JSON.stringify(query.queryKey).includes('"workspace"') });
  }
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) => !isPermanentError(error) && failureCount < 2,
    },
    mutations: { retry: false },
  },
});

const transport = detectTransport();
const requestLink = createTransportLink(transport, getToken);
const subscriptionLink = createSubscriptionLink(transport, getToken);

/** Whether this transport carries subscriptions, i.e. live updates (api/live-updates.ts). */
export const liveUpdatesAvailable = subscriptionLink !== null;

export const trpcClient = createTRPCClient<AppRouter>({
  // Subscriptions (live updates) go as Server-Sent Events; queries and mutations as batched requests.
  links: [subscriptionLink ? splitLink({ condition: (op) => op.type === 'subscription', true: subscriptionLink, false: requestLink }) : requestLink],
});

/** Query and mutation options for every procedure: `useQuery(trpc.programmes.get.queryOptions({ id }))`. */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
