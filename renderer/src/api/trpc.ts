import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { clearToken, getToken, isSignedIn } from '../session/session-store';
import { errorCode, isPermanentError } from './errors';
import { createTransportLink, detectTransport } from './transport';
import type { AppRouter } from './types';

/** Any UNAUTHORIZED answer means the session (token or cookie) is over: go back to sign-in. */
function onApiError(error: unknown): void {
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

export const trpcClient = createTRPCClient<AppRouter>({
  links: [createTransportLink(detectTransport(), getToken)],
});

/** Query and mutation options for every procedure: `useQuery(trpc.programmes.get.queryOptions({ id }))`. */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
