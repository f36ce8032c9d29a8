import { trpcClient } from '../api/trpc';
import { useFileDownload } from '../format/useFileDownload';

/** PDF and Word downloads of a stored pack, rendered on demand from its frozen snapshot. */
export function PackDownloads({ id }: { id: number }) {
  const { busy, run: download, status } = useFileDownload();
  const run = (format: 'pdf' | 'docx') => download(format === 'pdf' ? 'PDF' : 'Word', () => trpcClient.packs.download.query({ id, format }), 'The download failed');

  return (
    <div className="export-buttons export-buttons--left" role="group" aria-label="Download this pack">
      <button type="button" className="button" disabled={busy} onClick={() => void run('pdf')}>
        Download PDF
      </button>
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void run('docx')}>
        Download Word
      </button>
      {status}
    </div>
  );
}
