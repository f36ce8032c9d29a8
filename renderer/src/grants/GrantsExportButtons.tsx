import { useState } from 'react';
import { errorInfo } from '../api/errors';
import { trpcClient } from '../api/trpc';
import { downloadFile } from '../format/download';

type ExportKind = '360-json' | '360-csv' | 'transparency' | 'journal';

const EXPORTS: ReadonlyArray<{ kind: ExportKind; label: string }> = [
  { kind: '360-json', label: '360Giving JSON' },
  { kind: '360-csv', label: '360Giving CSV' },
  { kind: 'transparency', label: 'Transparency Code CSV' },
  { kind: 'journal', label: 'Finance journal CSV' },
];

function fetchExport(kind: ExportKind, fundId: number | null) {
  switch (kind) {
    case '360-json':
      return trpcClient.grants.export360Giving.query({ fundId, format: 'json' });
    case '360-csv':
      return trpcClient.grants.export360Giving.query({ fundId, format: 'csv' });
    case 'transparency':
      return trpcClient.grants.exportTransparencyCode.query({ fundId });
    case 'journal':
      return trpcClient.grants.exportJournal.query({ fundId });
  }
}

/** Downloads of a fund's grants (or every fund's): 360Giving, the Local Government Transparency Code and the finance journal. */
export function GrantsExportButtons({ fundId, label }: { fundId: number | null; label: string }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'status'; text: string } | null>(null);

  async function run(kind: ExportKind, text: string) {
    setBusy(true);
    setMessage({ kind: 'status', text: `Preparing the ${text} file…` });
    try {
      const file = await fetchExport(kind, fundId);
      downloadFile(file);
      setMessage({ kind: 'status', text: `Downloaded ${file.filename}` });
    } catch (caught) {
      setMessage({ kind: 'error', text: `The export failed: ${errorInfo(caught).message}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="export-buttons export-buttons--left" role="group" aria-label={`Export ${label}`}>
      {EXPORTS.map((e) => (
        <button key={e.kind} type="button" className="button button--secondary button--small" disabled={busy} onClick={() => void run(e.kind, e.label)}>
          {e.label}
          <span className="visually-hidden"> of {label}</span>
        </button>
      ))}
      <p className={message?.kind === 'error' ? 'export-buttons__message field__error' : 'export-buttons__message'} role={message?.kind === 'error' ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}
