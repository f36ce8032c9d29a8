import { useQuery } from '@tanstack/react-query';
import { trpc } from '../../api/trpc';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { PackDownloads } from '../../packs/pack-downloads';
import { AUDIENCE_LABELS, formatAsOf } from '../../packs/pack-labels';
import { PackPreview } from '../../packs/PackPreview';
import { hrefFor } from '../../routing/routes';

/** One stored pack: its provenance, downloads, and the pack itself recomposed from its snapshot. */
export function PackScreen({ id }: { id: number }) {
  const pack = useQuery(trpc.packs.get.queryOptions({ id }));
  useDocumentTitle(pack.data ? `${pack.data.document.title} — ${pack.data.document.periodLabel}` : 'Briefing pack');
  if (pack.isError) return <ApiError error={pack.error} title="The pack could not be loaded." />;
  if (!pack.data) return <Loading label="Loading the pack…" />;
  const { document } = pack.data;
  return (
    <>
      <p>
        <a href={hrefFor({ name: 'packs' })}>All briefing packs</a>
      </p>
      <h1>
        {document.title} — {document.periodLabel}
      </h1>
      <dl className="details-list">
        <div>
          <dt>Audience</dt>
          <dd>{AUDIENCE_LABELS[document.audience]}</dd>
        </div>
        <div>
          <dt>Data as of</dt>
          <dd>{formatAsOf(document.asOf)}</dd>
        </div>
        <div>
          <dt>Audit chain head</dt>
          <dd>
            <code className="hash">{document.auditHeadHash}</code>
          </dd>
        </div>
        <div>
          <dt>Content hash</dt>
          <dd>
            <code className="hash">{pack.data.contentHash}</code>{' '}
            {pack.data.verified ? <span className="badge badge--confirmed">Matches the stored snapshot</span> : <span className="badge badge--closed">Does not match the stored snapshot</span>}
          </dd>
        </div>
      </dl>
      <PackDownloads id={id} />
      <PackPreview document={document} charts={pack.data.charts} />
    </>
  );
}
