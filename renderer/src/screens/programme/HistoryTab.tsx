import { useQuery } from '@tanstack/react-query';
import { trpc } from '../../api/trpc';
import { actionLabel } from '../../audit/audit-actions';
import { AuditChanges } from '../../audit/AuditChanges';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { formatDateTime } from '../../format/dates';
import { labelOf, ROLE_LABELS } from '../../labels';

/** Every audit entry about this programme, newest first, with what each one changed. */
export function HistoryTab({ programmeId }: { programmeId: number }) {
  const history = useQuery(trpc.programmes.history.queryOptions({ id: programmeId }, { staleTime: 0 }));
  if (history.isPending) return <Loading label="Loading the history…" />;
  if (history.isError) return <ApiError error={history.error} title="The history could not be loaded." />;
  if (history.data.length === 0) return <p className="muted">No history recorded.</p>;
  return (
    <div className="stack">
      <h2 className="visually-hidden">History</h2>
      <ol className="history-list">
        {history.data.map((entry) => (
          <li key={entry.id} className="history-list__item">
            <p className="history-list__heading">
              <strong>{actionLabel(entry.action)}</strong>
              {' · '}
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              {' · '}
              {entry.actorUsername ?? 'System'}
              {entry.actorRole && <span className="muted"> ({labelOf(ROLE_LABELS, entry.actorRole)})</span>}
            </p>
            <AuditChanges before={entry.before} after={entry.after} />
          </li>
        ))}
      </ol>
    </div>
  );
}
