import { useState } from 'react';
import { errorInfo } from '../api/errors';
import { trpcClient } from '../api/trpc';
import { downloadFile } from '../format/download';

/** PDF and Word downloads of a stored pack, rendered on demand from its frozen snapshot. */
export function PackDownloads({ id }: { id: number }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'status'; text: string } | null>(null);
  async function run(format: 'pdf' | 'docx') {
    setBusy(true);
    setMessage({ kind: 'status', text: `Preparing the ${format === 'pdf' ? 'PDF' : 'Word'} file…` });
    try {
      const file = await trpcClient.packs.download.query({ id, format });
      downloadFile(file);
      setMessage({ kind: 'status', text: `Downloaded ${file.filename}` });
    } catch (caught) {
      setMessage({ kind: 'error', text: `The download failed: ${errorInfo(caught).message}` });
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="export-buttons export-buttons--left" role="group" aria-label="Download this pack">
      <button type="button" className="button" disabled={busy} onClick={() => void run('pdf')}>
        Download PDF
      </button>
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void run('docx')}>
        Download Word
      </button>
      <p className={message?.kind === 'error' ? 'export-buttons__message field__error' : 'export-buttons__message'} role={message?.kind === 'error' ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}
