import { trpcClient } from '../api/trpc';
import { useFileDownload } from '../format/useFileDownload';

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
  const { busy, run: download, status } = useFileDownload();
  const run = (kind: ExportKind, text: string) => download(text, () => fetchExport(kind, fundId));

  return (
    <div className="export-buttons export-buttons--left" role="group" aria-label={`Export ${label}`}>
      {EXPORTS.map((e) => (
        <button key={e.kind} type="button" className="button button--secondary button--small" disabled={busy} onClick={() => void run(e.kind, e.label)}>
          {e.label}
          <span className="visually-hidden"> of {label}</span>
        </button>
      ))}
      {status}
    </div>
  );
}
