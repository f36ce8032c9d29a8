import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { trpc } from '../../api/trpc';
import type { ImportSummary, IndicatorsPreview, ObservationsPreview } from '../../api/types';
import { hrefFor } from '../../routing/routes';
import { affectedIndicators, resultSummary } from './import-preview';

/** A preview as the import screen holds it, tagged with what kind of file it is. */
export type Preview = { kind: 'observations'; data: ObservationsPreview } | { kind: 'indicators'; data: IndicatorsPreview };

/** Links to the indicators an observations import touched (their current versions). */
function ObservationLinks({ preview }: { preview: ObservationsPreview }) {
  const affected = affectedIndicators([...preview.toAdd, ...preview.toChange]);
  const indicators = useQuery(trpc.outcomes.indicators.queryOptions({}, { enabled: affected.length > 0 }));
  if (affected.length === 0) return null;
  const find = (a: { framework: string; indicator: string }) =>
    indicators.data?.find((row) => row.indicator.frameworkCode.toUpperCase() === a.framework && row.indicator.code.toUpperCase() === a.indicator.toUpperCase());
  return (
    <>
      <h3>Indicators updated</h3>
      <ul>
        {affected.slice(0, 50).map((a) => {
          const row = find(a);
          return (
            <li key={`${a.framework}|${a.indicator}`}>
              {row ? <a href={hrefFor({ name: 'indicator', id: row.indicator.id })}>{`${row.indicator.code} ${row.indicator.title}`}</a> : `${a.framework} ${a.indicator}`}
            </li>
          );
        })}
      </ul>
      {affected.length > 50 && <p className="muted">And {affected.length - 50} more.</p>}
    </>
  );
}

export function ImportResult({ summary, preview, onAnother }: { summary: ImportSummary; preview: Preview; onAnother: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const versionId = preview.kind === 'indicators' ? (preview.data.toAdd[0] ?? preview.data.toChange[0])?.input.versionId : undefined;
  return (
    <section className="panel stack notice--success" aria-labelledby="import-result-title">
      <h2 id="import-result-title" tabIndex={-1} ref={heading}>
        Import complete
      </h2>
      <p role="status">{resultSummary(summary)}</p>
      <p className="muted">
        File {summary.file}, fingerprint <code className="hash">{summary.fileHash.slice(0, 16)}</code>
      </p>
      {preview.kind === 'observations' ? (
        <ObservationLinks preview={preview.data} />
      ) : (
        versionId !== undefined && (
          <p>
            <a href={hrefFor({ name: 'outcomes', versionId })}>See the updated framework version</a>
          </p>
        )
      )}
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={onAnother}>
          Import another file
        </button>
      </div>
    </section>
  );
}
