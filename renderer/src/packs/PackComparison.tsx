import type { PackComparisonView } from '../api/pack-types';

const SEVERITY: Record<string, string> = { high: 'High', medium: 'Medium', low: 'Low' };

/** "What changed since the last pack": figures, RAG ratings, findings raised and resolved. */
export function PackComparison({ comparison }: { comparison: PackComparisonView }) {
  const { figures, ragChanges, newFindings, resolvedFindings } = comparison;
  return (
    <section className="pack-comparison" aria-label={`Changes from pack #${comparison.from.id} to pack #${comparison.to.id}`}>
      <h3>Figures</h3>
      {figures.length === 0 ? (
        <p>No figure changed.</p>
      ) : (
        <table className="table">
          <caption>Figures that changed</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col" className="cell--numeric">
                Pack #{comparison.from.id}
              </th>
              <th scope="col" className="cell--numeric">
                Pack #{comparison.to.id}
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={f.key}>
                <td>{f.label}</td>
                <td className="cell--numeric">{f.before ?? '—'}</td>
                <td className="cell--numeric">{f.after ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>RAG changes</h3>
      {ragChanges.length === 0 ? (
        <p>No indicator changed its rating.</p>
      ) : (
        <ul>
          {ragChanges.map((r) => (
            <li key={r.code}>
              {r.code} {r.title}: {r.before} → {r.after}
            </li>
          ))}
        </ul>
      )}
      <h3>New findings</h3>
      {newFindings.length === 0 ? (
        <p>No new findings.</p>
      ) : (
        <ul>
          {newFindings.map((f) => (
            <li key={f.key}>
              <strong>{SEVERITY[f.severity] ?? f.severity}:</strong> {f.message}
            </li>
          ))}
        </ul>
      )}
      <h3>Findings resolved</h3>
      {resolvedFindings.length === 0 ? (
        <p>No findings were resolved.</p>
      ) : (
        <ul>
          {resolvedFindings.map((f) => (
            <li key={f.key}>{f.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
