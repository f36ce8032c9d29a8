import { useState } from 'react';
import { errorInfo } from '../api/errors';
import { trpcClient } from '../api/trpc';
import type { FindingsInput } from '../api/types';
import { downloadFile } from '../format/download';

type ExportTarget = { kind: 'matrix'; label: string } | { kind: 'findings'; filter: FindingsInput; label: string };

/** CSV and XLSX downloads of the matrix, or of the findings as currently filtered. */
export function AlignmentExportButtons({ target }: { target: ExportTarget }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'status'; text: string } | null>(null);

  async function run(format: 'csv' | 'xlsx') {
    setBusy(true);
    setMessage({ kind: 'status', text: `Preparing the ${format.toUpperCase()} file…` });
    try {
      const file =
        target.kind === 'matrix'
          ? await trpcClient.alignment.exportMatrix.query({ format })
          : await trpcClient.alignment.exportFindings.query({ ...target.filter, format });
      downloadFile(file);
      setMessage({ kind: 'status', text: `Downloaded ${file.filename}` });
    } catch (caught) {
      setMessage({ kind: 'error', text: `The export failed: ${errorInfo(caught).message}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="export-buttons export-buttons--left alignment-exports" role="group" aria-label={`Export ${target.label}`}>
      <span className="alignment-exports__label">{target.label}:</span>
      <button type="button" className="button button--secondary button--small" disabled={busy} onClick={() => void run('csv')}>
        Export CSV<span className="visually-hidden"> of {target.label}</span>
      </button>
      <button type="button" className="button button--secondary button--small" disabled={busy} onClick={() => void run('xlsx')}>
        Export XLSX<span className="visually-hidden"> of {target.label}</span>
      </button>
      <p className={message?.kind === 'error' ? 'export-buttons__message field__error' : 'export-buttons__message'} role={message?.kind === 'error' ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}
