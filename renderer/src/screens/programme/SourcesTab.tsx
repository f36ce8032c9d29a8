import type { ProgrammeDetail } from '../../api/types';
import { formatDate } from '../../format/dates';

export function SourcesTab({ sources }: { sources: ProgrammeDetail['sources'] }) {
  if (sources.length === 0) return <p className="muted">No sources recorded.</p>;
  return (
    <div className="stack">
      <h2 className="visually-hidden">Sources</h2>
      <ul className="source-list">
        {sources.map((source, index) => (
          <li key={index} className="source-list__item">
            <p className="source-list__title">
              {source.url ? (
                <a href={source.url} target="_blank" rel="noreferrer noopener">
                  {source.title}
                  <span className="visually-hidden"> (opens in a new window)</span>
                </a>
              ) : (
                source.title
              )}
            </p>
            <p className="muted">
              {[source.document, formatDate(source.sourceDate)].filter(Boolean).join(' · ')}
            </p>
            {source.figure && <p>Figure quoted: {source.figure}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}
