import { trpcClient } from '../api/trpc';
import type { FindingsInput } from '../api/types';
import { useFileDownload } from '../format/useFileDownload';

type ExportTarget = { kind: 'matrix'; label: string } | { kind: 'findings'; filter: FindingsInput; label: string };

/** CSV and XLSX downloads of the matrix, or of the findings as currently filtered. */
export function AlignmentExportButtons({ target }: { target: ExportTarget }) {
  const { busy, run: download, status } = useFileDownload();
  const run = (format: 'csv' | 'xlsx') =>
    download(format.toUpperCase(), () =>
      target.kind === 'matrix' ? trpcClient.alignment.exportMatrix.query({ format }) : trpcClient.alignment.exportFindings.query({ ...target.filter, format }),
    );

  return (
    <div className="export-buttons export-buttons--left alignment-exports" role="group" aria-label={`Export ${target.label}`}>
      <span className="alignment-exports__label">{target.label}:</span>
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
