import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { trpc } from '../api/trpc';

/** After a link or an acknowledgement: refetch everything alignment shows (matrix, findings, links) and the audit views. */
export function useRefreshAlignment(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.alignment.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.programmes.history.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
    ]);
  }, [queryClient]);
}
