import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { trpc } from './api/trpc';
import { ApiError } from './components/ApiError';
import { Loading } from './components/Loading';
import { PublicLayout } from './screens/shell/PublicLayout';
import { SignInScreen } from './screens/sign-in/SignInScreen';
import { useSession } from './session/session-store';

// Sign-in needs only this file's imports; first-run setup and the signed-in app are loaded when needed.
const FirstRunScreen = lazy(() => import('./screens/first-run/FirstRunScreen').then((m) => ({ default: m.FirstRunScreen })));
const SignedInApp = lazy(() => import('./screens/shell/SignedInApp').then((m) => ({ default: m.SignedInApp })));

function Loaded({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <PublicLayout>
          <Loading label="Opening Alignment Desk…" />
        </PublicLayout>
      }
    >
      {children}
    </Suspense>
  );
}

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
  if (!status.data.initialised) {
    return (
      <Loaded>
        <FirstRunScreen />
      </Loaded>
    );
  }
  if (!session.token) return <SignInScreen status={status.data} notice={session.notice} />;
  return (
    <Loaded>
      <SignedInApp status={status.data} />
    </Loaded>
  );
}
