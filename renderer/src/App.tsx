import { useQuery } from '@tanstack/react-query';
import { trpc } from './api/trpc';
import { ApiError } from './components/ApiError';
import { Loading } from './components/Loading';
import { FirstRunScreen } from './screens/first-run/FirstRunScreen';
import { PublicLayout } from './screens/shell/PublicLayout';
import { SignedInApp } from './screens/shell/SignedInApp';
import { SignInScreen } from './screens/sign-in/SignInScreen';
import { useSession } from './session/session-store';

/** Chooses between first-run setup, sign-in and the signed-in app. */
export function App() {
  const session = useSession();
  const status = useQuery(trpc.workspace.status.queryOptions(undefined, { staleTime: Infinity }));

  if (status.isPending) {
    return (
      <PublicLayout>
        <Loading label="Opening Alignment Desk…" />
      </PublicLayout>
    );
  }
  if (status.isError) {
    return (
      <PublicLayout>
        <h1>Alignment Desk cannot start</h1>
        <ApiError error={status.error} />
        <button type="button" className="button" onClick={() => void status.refetch()}>
          Try again
        </button>
      </PublicLayout>
    );
  }
  if (!status.data.initialised) return <FirstRunScreen />;
  if (!session.token) return <SignInScreen status={status.data} notice={session.notice} />;
  return <SignedInApp status={status.data} />;
}
