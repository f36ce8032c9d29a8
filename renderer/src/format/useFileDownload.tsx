import { useState } from 'react';
import { errorInfo } from '../api/errors';
import { downloadFile } from './download';

type File = { filename: string; mimeType: string; base64: string };

/**
 * Fetches a file from the API and offers it to the user, saying what is happening: "Preparing…",
 * "Downloaded …", or why it failed. Every export and download button uses it.
 */
export function useFileDownload() {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'status'; text: string } | null>(null);

  async function run(what: string, fetch: () => Promise<File>, failure = 'The export failed'): Promise<void> {
    setBusy(true);
    setMessage({ kind: 'status', text: `Preparing the ${what} file…` });
    try {
      const file = await fetch();
      downloadFile(file);
      setMessage({ kind: 'status', text: `Downloaded ${file.filename}` });
    } catch (caught) {
      setMessage({ kind: 'error', text: `${failure}: ${errorInfo(caught).message}` });
    } finally {
      setBusy(false);
    }
  }

  const status = (
    <p className={message?.kind === 'error' ? 'export-buttons__message field__error' : 'export-buttons__message'} role={message?.kind === 'error' ? 'alert' : 'status'}>
      {message?.text ?? ''}
    </p>
  );
  return { busy, run, status };
}
