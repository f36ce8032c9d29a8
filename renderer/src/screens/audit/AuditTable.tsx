import type { AuditEntry } from '../../api/types';
import { actionLabel } from '../../audit/audit-actions';
import { AuditChanges } from '../../audit/AuditChanges';
import { formatDateTime } from '../../format/dates';
import { labelOf, ROLE_LABELS } from '../../labels';

function entityLink(entry: AuditEntry) {
  if (entry.entityType === 'programme' && entry.entityId) return <a href={`#/programmes/${entry.entityId}`}>Programme {entry.entityId}</a>;
  if (entry.entityId) return `${entry.entityType} ${entry.entityId}`;
  return entry.entityType;
}

export function AuditTable({ entries, busy }: { entries: readonly AuditEntry[]; busy: boolean }) {
  if (entries.length === 0) return <p className="muted">No audit entries match these filters.</p>;
  return (
    <div className="table-wrap">
      <table className="table audit-table" aria-busy={busy || undefined}>
        <caption className="visually-hidden">Audit entries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Entry</th>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Record</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="cell--numeric">#{entry.id}</td>
              <td className="cell--date">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </td>
              <td>
                {entry.actorUsername ?? 'System'}
                {entry.actorRole && <span className="cell__sub">{labelOf(ROLE_LABELS, entry.actorRole)}</span>}
                <span className="cell__sub">via {entry.channel}</span>
              </td>
              <td>
                {actionLabel(entry.action)}
                <span className="cell__sub">
                  <code>{entry.action}</code>
                </span>
              </td>
              <td>{entityLink(entry)}</td>
              <td>
                {entry.before === null && entry.after === null ? (
                  <span className="muted">—</span>
                ) : (
                  <details>
                    <summary>Show changes</summary>
                    <AuditChanges before={entry.before} after={entry.after} />
                  </details>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
