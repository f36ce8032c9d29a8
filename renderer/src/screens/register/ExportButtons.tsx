import { useState } from 'react';
import { errorInfo } from '../../api/errors';
import { trpcClient } from '../../api/trpc';
import { downloadFile } from '../../format/download';
import { registerFilter, type RegisterState } from './register-state';

/** Exports what the register currently shows (same filters and order, every page). */
export function ExportButtons({ state }: { state: RegisterState }) {
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'status'; text: string } | null>(null);

  async function run(format: 'csv' | 'xlsx') {
    setBusy(format);
    setMessage({ kind: 'status', text: `Preparing the ${format.toUpperCase()} file…` });
    try {
      const file = await trpcClient.programmes.export.query({ ...registerFilter(state), format });
      downloadFile(file);
      setMessage({ kind: 'status', text: `Downloaded ${file.filename}` });
    } catch (caught) {
      setMessage({ kind: 'error', text: `The export failed: ${errorInfo(caught).message}` });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="export-buttons">
      <button type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void run('csv')}>
        Export CSV
      </button>
      <button type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void run('xlsx')}>
        Export XLSX
      </button>
      <p className={message?.kind === 'error' ? 'export-buttons__message field__error' : 'export-buttons__message'} role={message?.kind === 'error' ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}
