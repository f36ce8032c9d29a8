import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../../api/trpc';
import type { AuditListInput } from '../../api/types';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { AuditFilters, EMPTY_AUDIT_FILTERS, type AuditFilterValues } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { ChainPanel } from './ChainPanel';

const PAGE = 100;

function toInput(filters: AuditFilterValues, beforeId: number | undefined): AuditListInput {
  const input: AuditListInput = { limit: PAGE };
  const actor = Number(filters.actorUserId);
  if (filters.actorUserId && Number.isInteger(actor) && actor > 0) input.actorUserId = actor;
  if (filters.entityType) input.entityType = filters.entityType;
  if (filters.action.trim()) input.action = filters.action.trim();
  if (filters.from) input.from = filters.from;
  if (filters.to) input.to = filters.to;
  if (beforeId !== undefined) input.beforeId = beforeId;
  return input;
}

export function AuditScreen({ isAdmin }: { isAdmin: boolean }) {
  useDocumentTitle('Audit log');
  const [filters, setFilters] = useState<AuditFilterValues>(EMPTY_AUDIT_FILTERS);
  // Older pages are reached by "entries before id N"; the stack lets "Newer entries" step back.
  const [cursors, setCursors] = useState<number[]>([]);
  const beforeId = cursors[cursors.length - 1];
  const list = useQuery(trpc.audit.list.queryOptions(toInput(filters, beforeId), { placeholderData: keepPreviousData, staleTime: 0 }));
  const users = useQuery(trpc.users.list.queryOptions(undefined, { enabled: isAdmin }));
  const rows = list.data ?? [];
  const oldest = rows[rows.length - 1];

  return (
    <>
      <h1>Audit log</h1>
      <p className="lead">Every change and sign-in is recorded here. Each entry is chained to the one before it by a hash, so edits to the log can be detected.</p>
      <ChainPanel />
      <h2>Entries</h2>
      <AuditFilters
        values={filters}
        users={users.data ?? null}
        onApply={(next) => {
          setFilters(next);
          setCursors([]);
        }}
      />
      {list.isError && <ApiError error={list.error} title="The audit log could not be loaded." />}
      {list.isPending && <Loading label="Loading audit entries…" />}
      {list.data && <AuditTable entries={list.data} busy={list.isFetching} />}
      <div className="pagination">
        <p className="pagination__range" role="status">
          {list.data ? `${rows.length} entr${rows.length === 1 ? 'y' : 'ies'} shown${cursors.length ? ` (page ${cursors.length + 1})` : ''}` : ''}
        </p>
        <div className="pagination__controls">
          <button type="button" className="button button--secondary button--small" disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
            Newer entries
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={!oldest || rows.length < PAGE}
            onClick={() => oldest && setCursors((c) => [...c, oldest.id])}
          >
            Older entries
          </button>
        </div>
      </div>
    </>
  );
}
