import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { trpc } from '../../api/trpc';
import type { Finding, FindingsResult } from '../../api/types';
import { AlignmentExportButtons } from '../../alignment/AlignmentExportButtons';
import { FindingCard } from '../../alignment/FindingCard';
import { indicatorIdsOf } from '../../alignment/indicator-pages';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatCount } from '../../format/money';
import { AlignmentHeader } from './AlignmentHeader';
import { EMPTY_FINDINGS_FILTER, findingsInput, rememberedFindingsFilter, rememberFindingsFilter, type FindingsFilterState } from './findings-state';
import { FindingsFilters } from './FindingsFilters';

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;
/** Findings a page. */
const FINDINGS_PAGE = 50;

/** What the alignment rules found: open findings first, then the acknowledged ones with who, when and why; each list paged on the server. */
export function FindingsScreen({ canAcknowledge }: { canAcknowledge: boolean }) {
  useDocumentTitle('Alignment findings');
  const [filter, setFilter] = useState<FindingsFilterState>(rememberedFindingsFilter);
  useEffect(() => rememberFindingsFilter(filter), [filter]);
  const input = findingsInput(filter);
  const [openOffset, setOpenOffset] = useState(0);
  const [acknowledgedOffset, setAcknowledgedOffset] = useState(0);
  const changeFilter = (next: FindingsFilterState) => {
    setFilter(next);
    setOpenOffset(0);
    setAcknowledgedOffset(0);
  };
  const showOpen = filter.status !== 'acknowledged';
  const showAcknowledged = filter.status !== 'open';
  const openList = useQuery({
    ...trpc.alignment.findings.queryOptions({ ...input, status: 'open', page: { offset: openOffset, limit: FINDINGS_PAGE } }, { placeholderData: keepPreviousData }),
    enabled: showOpen,
  });
  const acknowledgedList = useQuery({
    ...trpc.alignment.findings.queryOptions({ ...input, status: 'acknowledged', page: { offset: acknowledgedOffset, limit: FINDINGS_PAGE } }, { placeholderData: keepPreviousData }),
    enabled: showAcknowledged,
  });
  const lists = [showOpen ? openList : null, showAcknowledged ? acknowledgedList : null].filter((l) => l !== null);
  const summary = lists.find((l) => l.data)?.data;
  const indicatorIds = indicatorIdsOf(openList.data, acknowledgedList.data);
  const error = lists.find((l) => l.isError)?.error;
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
        rules={summary?.rules ?? []}
        byRule={summary?.byRule ?? []}
        owners={summary?.owners ?? []}
        onChange={(patch) => changeFilter({ ...filter, ...patch })}
        onClear={() => changeFilter(EMPTY_FINDINGS_FILTER)}
      />
      {error && <ApiError error={error} title="The findings could not be loaded." />}
      {!summary && !error && <Loading label="Running the alignment rules…" />}
      {summary && (
        <>
          <p className="pagination__range" role="status">
            {summary.openCount + summary.acknowledgedCount === 0
              ? `No findings match these filters (${plural(summary.all, 'finding', 'findings')} in all).`
              : `${plural(summary.openCount + summary.acknowledgedCount, 'finding matches', 'findings match')} of ${formatCount(summary.all)}: ${formatCount(summary.openCount)} open, ${formatCount(summary.acknowledgedCount)} acknowledged.`}
            {lists.some((l) => l.isFetching) && <span className="pagination__busy"> (updating…)</span>}
          </p>
          <div className="findings">
            {showOpen && (
              <FindingsSection
                id="open"
                title="Open findings"
                noun="open findings"
                list={openList.data}
                busy={openList.isFetching && openList.isPlaceholderData}
                empty={filtered ? 'No open findings match these filters.' : 'No open findings.'}
                offset={openOffset}
                onOffsetChange={setOpenOffset}
                render={(finding) => <FindingCard finding={finding} indicatorIds={indicatorIds} canAcknowledge={canAcknowledge} />}
              />
            )}
            {showAcknowledged && (
              <FindingsSection
                id="acknowledged"
                title="Acknowledged"
                intro="Accepted for now, with a reason. Each comes back as open if the data behind it changes."
                noun="acknowledged findings"
                list={acknowledgedList.data}
                busy={acknowledgedList.isFetching && acknowledgedList.isPlaceholderData}
                empty={filtered ? 'No acknowledged findings match these filters.' : 'No findings have been acknowledged.'}
                offset={acknowledgedOffset}
                onOffsetChange={setAcknowledgedOffset}
                render={(finding) => <FindingCard finding={finding} indicatorIds={indicatorIds} canAcknowledge={false} />}
              />
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

interface FindingsSectionProps {
  id: string;
  title: string;
  intro?: string;
  noun: string;
  list: FindingsResult | undefined;
  busy: boolean;
  empty: string;
  offset: number;
  onOffsetChange: (offset: number) => void;
  render: (finding: Finding) => ReactNode;
}

/** One list of findings (open, or acknowledged), a page at a time. */
function FindingsSection({ id, title, intro, noun, list, busy, empty, offset, onOffsetChange, render }: FindingsSectionProps) {
  const titleId = `findings-${id}-title`;
  return (
    <section aria-labelledby={titleId} className="findings__section" aria-busy={busy || undefined}>
      <h2 id={titleId}>{title}</h2>
      {intro && <p className="muted">{intro}</p>}
      {!list ? (
        <Loading label="Loading the findings…" />
      ) : list.rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          <ol className="findings__list" start={list.offset + 1}>
            {list.rows.map((finding) => (
              <li key={finding.key}>{render(finding)}</li>
            ))}
          </ol>
          <Pager noun={noun} offset={offset} limit={list.limit} total={list.total} onOffsetChange={onOffsetChange} id={`findings-${id}-pager`} />
        </>
      )}
    </section>
  );
}
