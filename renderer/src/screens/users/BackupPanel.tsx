import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { errorInfo } from '../../api/errors';
import { detectTransport } from '../../api/transport';
import { trpc } from '../../api/trpc';
import { downloadBlob } from '../../format/download';
import { getToken } from '../../session/session-store';
import { formatBytes } from '../outcomes-import/import-file';

type Step = { kind: 'status' | 'error'; text: string } | null;

/**
 * Browser mode's backup: the server makes a copy with SQLite's online backup, verifies it (integrity
 * check and audit chain) and offers it once; this fetches it with the session (token or cookie) and saves it.
 */
export function BackupPanel() {
  const desktop = detectTransport().kind === 'desktop';
  const backup = useMutation(trpc.workspace.backup.mutationOptions());
  const [verified, setVerified] = useState<string | null>(null);
  const [step, setStep] = useState<Step>(null);

  async function run() {
    setVerified(null);
    setStep({ kind: 'status', text: 'Copying and verifying the workspace…' });
    try {
      const made = await backup.mutateAsync();
      setVerified(`Backup verified: integrity ${made.integrity}, audit chain verified to head ${made.auditHead.slice(0, 12)}… (${made.auditEntries} entries), ${formatBytes(made.bytes)}.`);
      setStep({ kind: 'status', text: `Downloading ${made.fileName}…` });
      // A token session sends its token; a team server's cookie session goes with the same-origin request.
      const token = getToken();
      const res = await fetch(made.downloadPath, { headers: token ? { Authorization: `Bearer ${token}` } : {}, credentials: 'same-origin' });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? `The download failed (HTTP ${res.status}).`);
      }
      downloadBlob(await res.blob(), made.fileName);
      setStep({ kind: 'status', text: `Saved ${made.fileName}. SHA-256 ${made.sha256}.` });
    } catch (caught) {
      setStep({ kind: 'error', text: `The backup failed: ${errorInfo(caught).message}` });
    }
  }

  return (
    <section className="panel" aria-labelledby="backup-title">
      <h2 id="backup-title">Back up the workspace</h2>
      {desktop ? (
        <p>In the desktop app, use <strong>File → Back up workspace</strong>.</p>
      ) : (
        <>
          <p>
            Makes a consistent copy of the whole workspace while it stays in use, checks it (SQLite integrity check and the audit
            chain) and downloads it. Keep backups somewhere other than this computer.
          </p>
          <div className="actions">
            <button type="button" className="button button--secondary" disabled={backup.isPending} onClick={() => void run()}>
              {backup.isPending ? 'Backing up…' : 'Back up and download'}
            </button>
          </div>
          <div role="status">{verified && <p className="verdict verdict--ok">{verified}</p>}</div>
          <p className={step?.kind === 'error' ? 'field__error' : undefined} role={step?.kind === 'error' ? 'alert' : 'status'}>
            {step?.text ?? ''}
          </p>
        </>
      )}
    </section>
  );
}
