import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { detectTransport } from './api/transport';
import { trpc } from './api/trpc';
import { ApiError } from './components/ApiError';
import { Loading } from './components/Loading';
import { PublicLayout } from './screens/shell/PublicLayout';
import { SignInScreen } from './screens/sign-in/SignInScreen';
import { checkCookieSession } from './session/session-actions';
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
  const signedIn = session.token !== null || session.cookieSession;
  // Over HTTP with no token, a team server's cookie may already sign this browser in (a new tab):
  // ask auth.me once before showing sign-in.
  const checkingCookie = !signedIn && !session.cookieChecked && status.data?.initialised === true && detectTransport().kind === 'http';
  useEffect(() => {
    if (checkingCookie) void checkCookieSession();
  }, [checkingCookie]);

  if (status.isPending || checkingCookie) {
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
  if (!signedIn) return <SignInScreen status={status.data} notice={session.notice} />;
  return (
    <Loaded>
      <SignedInApp status={status.data} />
    </Loaded>
  );
}
