import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorInfo } from '../../api/errors';
import { trpc } from '../../api/trpc';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { formatDateTime } from '../../format/dates';

const CHANNELS: Record<string, string> = { desktop: 'Desktop app', http: 'Browser' };

/** The signed-in user's open sessions; any but this one can be ended. */
export function SessionsPanel() {
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.auth.sessions.queryOptions(undefined, { staleTime: 0 }));
  const [done, setDone] = useState<string | null>(null);
  const end = useMutation(
    trpc.auth.endOtherSessions.mutationOptions({
      onSuccess: async ({ ended }) => {
        setDone(ended === 1 ? 'Ended 1 session.' : `Ended ${ended} sessions.`);
        await queryClient.invalidateQueries({ queryKey: trpc.auth.sessions.queryKey() });
      },
    }),
  );
  const others = (sessions.data ?? []).filter((s) => !s.current).length;

  return (
    <section className="panel" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Your sessions</h2>
      <p>Each sign-in opens a session that lasts up to 12 hours. End any you do not recognise, or that you left open on another computer.</p>
      {sessions.isPending && <Loading label="Loading your sessions…" />}
      {sessions.isError && <ApiError error={sessions.error} title="Your sessions could not be loaded." />}
      {sessions.data && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Your open sessions</caption>
            <thead>
              <tr>
                <th scope="col">Signed in</th>
                <th scope="col">Where</th>
                <th scope="col">Expires</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.map((s) => (
                <tr key={s.id}>
                  <td>{formatDateTime(s.createdAt)}</td>
                  <td>{CHANNELS[s.channel] ?? s.channel}</td>
                  <td>{formatDateTime(s.expiresAt)}</td>
                  <td>
                    {s.current ? (
                      <strong>This session</strong>
                    ) : (
                      <button type="button" className="button button--secondary button--small" disabled={end.isPending} onClick={() => end.mutate({ sessionId: s.id })}>
                        End<span className="visually-hidden"> the session signed in {formatDateTime(s.createdAt)}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="actions">
        <button type="button" className="button button--secondary" disabled={end.isPending || others === 0} onClick={() => end.mutate({ sessionId: null })}>
          End all other sessions
        </button>
        <span role="status">{done}</span>
      </div>
      {end.error && (
        <p className="field__error" role="alert">
          {errorInfo(end.error).message}
        </p>
      )}
    </section>
  );
}
