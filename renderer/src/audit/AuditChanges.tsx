import { diffAuditValues } from './audit-diff';

/** The fields an audit entry changed, as a readable list. */
export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const changes = diffAuditValues(before, after);
  if (changes.length === 0) return <span className="muted">No field changes recorded</span>;
  return (
    <ul className="change-list">
      {changes.map((change, index) => (
        <li key={index}>
          <span className="change-list__field">{change.field}</span>:{' '}
          {before === null || before === undefined ? (
            <span className="change-list__to">{change.to}</span>
          ) : (
            <>
              <span className="change-list__from">{change.from}</span> <span aria-hidden="true">→</span>
              <span className="visually-hidden">changed to</span> <span className="change-list__to">{change.to}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
