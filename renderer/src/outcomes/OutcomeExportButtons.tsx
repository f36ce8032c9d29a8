import { trpcClient } from '../api/trpc';
import { useFileDownload } from '../format/useFileDownload';

type ExportTarget = { kind: 'observations'; frameworkCode: string | null; label: string } | { kind: 'indicators'; versionId: number; label: string };

/** CSV and XLSX downloads in the import layout, so a file can be edited and imported back. */
export function OutcomeExportButtons({ target }: { target: ExportTarget }) {
  const { busy, run: download, status } = useFileDownload();
  const run = (format: 'csv' | 'xlsx') =>
    download(format.toUpperCase(), () =>
      target.kind === 'observations'
        ? trpcClient.outcomes.exportObservations.query({ format, frameworkCode: target.frameworkCode })
        : trpcClient.outcomes.exportIndicators.query({ format, versionId: target.versionId }),
    );

  return (
    <div className="export-buttons export-buttons--left" role="group" aria-label={`Export ${target.label}`}>
      <span className="export-buttons__label">{target.label}:</span>
      <button type="button" className="button button--secondary button--small" disabled={busy} onClick={() => void run('csv')}>
        Export CSV<span className="visually-hidden"> of {target.label}</span>
      </button>
      <button type="button" className="button button--secondary button--small" disabled={busy} onClick={() => void run('xlsx')}>
        Export XLSX<span className="visually-hidden"> of {target.label}</span>
      </button>
      {status}
    </div>
  );
}
