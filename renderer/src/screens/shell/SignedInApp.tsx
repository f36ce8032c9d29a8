import { useQuery } from '@tanstack/react-query';
import { useLiveUpdates } from '../../api/live-updates';
import { trpc } from '../../api/trpc';
import type { WorkspaceStatus } from '../../api/types';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { useRoute } from '../../routing/useRoute';
import { ChoosePassphraseScreen } from '../account/ChoosePassphraseScreen';
import { PublicLayout } from './PublicLayout';
import { RouteView } from './RouteView';
import { Shell } from './Shell';

export function SignedInApp({ status }: { status: WorkspaceStatus }) {
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 5 * 60_000 }));
  const route = useRoute();
  // Other users' changes refresh what this screen shows (once the session is fully open).
  useLiveUpdates(me.isSuccess && !me.data.mustChangePassphrase);

  if (me.isPending) {
    return (
      <PublicLayout councilName={status.councilName}>
        <Loading label="Checking your session…" />
      </PublicLayout>
    );
  }
  if (me.isError) {
    return (
      <PublicLayout councilName={status.councilName}>
        <h1>Your session could not be checked</h1>
        <ApiError error={me.error} />
        <button type="button" className="button" onClick={() => void me.refetch()}>
          Try again
        </button>
      </PublicLayout>
    );
  }
  if (me.data.mustChangePassphrase) {
    // Nothing else is open to this session until the administrator-set passphrase is replaced.
    return (
      <PublicLayout councilName={status.councilName}>
        <ChoosePassphraseScreen user={me.data} />
      </PublicLayout>
    );
  }
  return (
    <Shell user={me.data} councilName={status.councilName} route={route}>
      <RouteView route={route} user={me.data} />
    </Shell>
  );
}
