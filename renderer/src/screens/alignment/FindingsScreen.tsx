import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { trpc } from '../../api/trpc';
import { AlignmentExportButtons } from '../../alignment/AlignmentExportButtons';
import { FindingCard } from '../../alignment/FindingCard';
import { useIndicatorIds } from '../../alignment/useIndicatorIds';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatCount } from '../../format/money';
import { AlignmentHeader } from './AlignmentHeader';
import { EMPTY_FINDINGS_FILTER, findingsInput, rememberedFindingsFilter, rememberFindingsFilter, type FindingsFilterState } from './findings-state';
import { FindingsFilters } from './FindingsFilters';

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;
/** How many of each list are shown at first, and added by "Show more". */
const FINDINGS_PAGE = 100;

/** What the alignment rules found: open findings first, then the acknowledged ones with who, when and why. */
export function FindingsScreen({ canAcknowledge }: { canAcknowledge: boolean }) {
  useDocumentTitle('Alignment findings');
  const [filter, setFilter] = useState<FindingsFilterState>(rememberedFindingsFilter);
  useEffect(() => rememberFindingsFilter(filter), [filter]);
  const input = findingsInput(filter);
  const [limit, setLimit] = useState(FINDINGS_PAGE);
  useEffect(() => setLimit(FINDINGS_PAGE), [filter]);
  const list = useQuery(trpc.alignment.findings.queryOptions({ ...input, limit }, { placeholderData: keepPreviousData }));
  const indicatorIds = useIndicatorIds(list.data?.findings);
  const open = list.data?.findings.filter((f) => f.status !== 'acknowledged') ?? [];
  const acknowledged = list.data?.findings.filter((f) => f.status === 'acknowledged') ?? [];
  const busy = list.isFetching && list.isPlaceholderData;
  const filtered = filter.severities.length > 0 || filter.ruleId !== '' || filter.owner !== '';

  return (
    <>
      <AlignmentHeader current="findings" title="Alignment findings">
        <p className="lead">
          Gaps and mismatches the alignment rules find in the register, the outcome frameworks and the grants ledger, with who should act and how.
          {canAcknowledge ? ' Fix the record, or acknowledge the finding with a reason.' : ''}
        </p>
      </AlignmentHeader>
      <FindingsFilters
        filter={filter}
        rules={list.data?.rules ?? []}
        owners={list.data?.owners ?? []}
        onChange={(patch) => setFilter((current) => ({ ...current, ...patch }))}
        onClear={() => setFilter(EMPTY_FINDINGS_FILTER)}
      />
      {list.isError && <ApiError error={list.error} title="The findings could not be loaded." />}
      {list.isPending && <Loading label="Running the alignment rules…" />}
      {list.data && (
        <>
          <p className="pagination__range" role="status">
            {list.data.findings.length === 0
              ? `No findings match these filters (${plural(list.data.total, 'finding', 'findings')} in all).`
              : `${plural(list.data.openCount + list.data.acknowledgedCount, 'finding matches', 'findings match')} of ${formatCount(list.data.total)}: ${formatCount(list.data.openCount)} open, ${formatCount(list.data.acknowledgedCount)} acknowledged.`}
            {list.isFetching && <span className="pagination__busy"> (updating…)</span>}
          </p>
          <div className="findings" aria-busy={busy || undefined}>
            {filter.status !== 'acknowledged' && (
              <section aria-labelledby="findings-open-title" className="findings__section">
                <h2 id="findings-open-title">Open findings</h2>
                {open.length === 0 ? (
                  <p className="muted">{filtered ? 'No open findings match these filters.' : 'No open findings.'}</p>
                ) : (
                  <ol className="findings__list">
                    {open.map((finding) => (
                      <li key={finding.key}>
                        <FindingCard finding={finding} indicatorIds={indicatorIds} canAcknowledge={canAcknowledge} />
                      </li>
                    ))}
                  </ol>
                )}
                {list.data.openCount > open.length && (
                  <p>
                    Showing {formatCount(open.length)} of {formatCount(list.data.openCount)} open findings.{' '}
                    <button type="button" className="button button--secondary button--small" onClick={() => setLimit((n) => n + FINDINGS_PAGE)}>
                      Show {formatCount(Math.min(FINDINGS_PAGE, list.data.openCount - open.length))} more<span className="visually-hidden"> open findings</span>
                    </button>
                  </p>
                )}
              </section>
            )}
            {filter.status !== 'open' && (
              <section aria-labelledby="findings-acknowledged-title" className="findings__section">
                <h2 id="findings-acknowledged-title">Acknowledged</h2>
                <p className="muted">Accepted for now, with a reason. Each comes back as open if the data behind it changes.</p>
                {acknowledged.length === 0 ? (
                  <p className="muted">{filtered ? 'No acknowledged findings match these filters.' : 'No findings have been acknowledged.'}</p>
                ) : (
                  <ol className="findings__list">
                    {acknowledged.map((finding) => (
                      <li key={finding.key}>
                        <FindingCard finding={finding} indicatorIds={indicatorIds} canAcknowledge={false} />
                      </li>
                    ))}
                  </ol>
                )}
                {list.data.acknowledgedCount > acknowledged.length && (
                  <p>
                    Showing {formatCount(acknowledged.length)} of {formatCount(list.data.acknowledgedCount)} acknowledged findings.{' '}
                    <button type="button" className="button button--secondary button--small" onClick={() => setLimit((n) => n + FINDINGS_PAGE)}>
                      Show {formatCount(Math.min(FINDINGS_PAGE, list.data.acknowledgedCount - acknowledged.length))} more<span className="visually-hidden"> acknowledged findings</span>
                    </button>
                  </p>
                )}
              </section>
            )}
          </div>
        </>
      )}
      <section className="panel alignment-downloads" aria-labelledby="findings-downloads-title">
        <h2 id="findings-downloads-title">Download</h2>
        <AlignmentExportButtons target={{ kind: 'findings', filter: input, label: 'Findings as filtered' }} />
      </section>
    </>
  );
}
