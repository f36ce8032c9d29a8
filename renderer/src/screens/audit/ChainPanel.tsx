import { useQuery } from '@tanstack/react-query';
import { trpc } from '../../api/trpc';
import { ApiError } from '../../components/ApiError';
import { formatCount } from '../../format/money';

/** The chain head, and a button that re-reads and re-hashes the whole log. */
export function ChainPanel() {
  const head = useQuery(trpc.audit.head.queryOptions(undefined, { staleTime: 0 }));
  const verify = useQuery(trpc.audit.verify.queryOptions(undefined, { enabled: false, staleTime: 0, gcTime: 0, retry: false }));
  const verdict = verify.data;

  return (
    <section className="panel" aria-labelledby="chain-title">
      <h2 id="chain-title">Integrity of the log</h2>
      {head.data && (
        <dl className="details-list details-list--inline">
          <div>
            <dt>Entries</dt>
            <dd>{formatCount(head.data.entries)}</dd>
          </div>
          <div>
            <dt>Chain head hash</dt>
            <dd>
              <code className="hash">{head.data.headHash}</code>
            </dd>
          </div>
        </dl>
      )}
      {head.isError && <ApiError error={head.error} />}
      <div className="actions">
        <button type="button" className="button button--secondary" disabled={verify.isFetching} onClick={() => void verify.refetch()}>
          {verify.isFetching ? 'Verifying…' : 'Verify chain'}
        </button>
        <div role="status" className="chain-verdict">
          {verify.isFetching
            ? 'Checking every entry…'
            : verdict
              ? verdict.ok
                ? <p className="verdict verdict--ok">Chain intact: {formatCount(verdict.entries)} entries</p>
                : <p className="verdict verdict--broken">Broken at entry #{verdict.brokenEntryId}: {verdict.reason}</p>
              : null}
        </div>
      </div>
      {verify.isError && <ApiError error={verify.error} title="The chain could not be verified." />}
    </section>
  );
}
