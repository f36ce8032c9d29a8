import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { errorCode } from '../../api/errors';
import { trpc } from '../../api/trpc';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { ArchivedBadge, StatusBadge } from '../../components/StatusBadge';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatDateTime } from '../../format/dates';
import { navigate } from '../../routing/useRoute';
import { AlignmentTab } from './AlignmentTab';
import { ArchiveControls } from './ArchiveControls';
import { FundingTab } from './FundingTab';
import { HistoryTab } from './HistoryTab';
import { MilestonesTab } from './MilestonesTab';
import { OverviewTab } from './OverviewTab';
import { PartnersTab } from './PartnersTab';
import { ProgrammeTabs, type TabDefinition } from './ProgrammeTabs';
import { RisksTab } from './RisksTab';
import { SourcesTab } from './SourcesTab';

export function ProgrammeScreen({ id, canEdit, canEditLinks }: { id: number; canEdit: boolean; canEditLinks: boolean }) {
  const programme = useQuery(trpc.programmes.get.queryOptions({ id }));
  const [tab, setTab] = useState('overview');
  useDocumentTitle(programme.data ? `${programme.data.code} ${programme.data.name}` : 'Programme');

  if (programme.isPending) return <Loading label="Loading the programme…" />;
  if (programme.isError) {
    return (
      <>
        <h1>{errorCode(programme.error) === 'NOT_FOUND' ? 'Programme not found' : 'The programme could not be loaded'}</h1>
        <ApiError error={programme.error} />
        <p>
          <a href="#/register">Back to the programme register</a>
        </p>
      </>
    );
  }

  const p = programme.data;
  const archived = p.archivedAt !== null;
  const tabs: TabDefinition[] = [
    { id: 'overview', label: 'Overview', render: () => <OverviewTab programme={p} /> },
    { id: 'alignment', label: 'Alignment', render: () => <AlignmentTab programme={p} canEdit={canEditLinks} /> },
    { id: 'funding', label: `Funding (${p.fundingLines.length})`, render: () => <FundingTab lines={p.fundingLines} /> },
    { id: 'milestones', label: `Milestones (${p.milestones.length})`, render: () => <MilestonesTab milestones={p.milestones} /> },
    { id: 'partners', label: `Partners (${p.partners.length})`, render: () => <PartnersTab partners={p.partners} /> },
    { id: 'risks', label: `Risks (${p.risks.length})`, render: () => <RisksTab risks={p.risks} /> },
    { id: 'sources', label: `Sources (${p.sources.length})`, render: () => <SourcesTab sources={p.sources} /> },
    { id: 'history', label: 'History', render: () => <HistoryTab programmeId={p.id} /> },
  ];

  return (
    <>
      <p className="breadcrumb">
        <a href="#/register">Programme register</a>
      </p>
      <div className="page-header">
        <div>
          <h1 className="programme-title">
            <span className="programme-title__code">{p.code}</span> {p.name}
          </h1>
          <p className="programme-title__badges">
            <StatusBadge status={p.status} />
            {archived && <ArchivedBadge />}
            <span className="muted">Last updated {formatDateTime(p.updatedAt)}</span>
          </p>
        </div>
        {canEdit && (
          <div className="page-header__actions">
            {!archived && (
              <button type="button" className="button" onClick={() => navigate({ name: 'programme-edit', id: p.id })}>
                Edit programme
              </button>
            )}
            <ArchiveControls programme={p} />
          </div>
        )}
      </div>
      {archived && (
        <div className="notice notice--warning">
          <p>
            Archived on {formatDateTime(p.archivedAt)}
            {p.archiveReason ? `: ${p.archiveReason}` : '.'}
          </p>
        </div>
      )}
      <ProgrammeTabs label="Programme details" tabs={tabs} selected={tab} onSelect={setTab} />
    </>
  );
}
