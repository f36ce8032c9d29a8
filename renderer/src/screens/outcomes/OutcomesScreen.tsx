import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { trpc } from '../../api/trpc';
import type { FrameworkSummary, FrameworkVersionSummary } from '../../api/types';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { SelectField } from '../../components/SelectField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { OutcomeExportButtons } from '../../outcomes/OutcomeExportButtons';
import { VersionStatusBadge } from '../../outcomes/OutcomeBadges';
import { hrefFor } from '../../routing/routes';
import { CompareVersions } from './CompareVersions';
import { FrameworkPicker } from './FrameworkPicker';
import { FrameworkTree } from './FrameworkTree';
import { OutcomeFilters } from './OutcomeFilters';
import { RagSummary } from './RagSummary';
import { compareCandidates, rememberedTreeFilter, rememberedVersionId, rememberTreeFilter, rememberVersionId, resolveVersion, versionOptionLabel } from './outcomes-state';
import { buildOutcomeTree, EMPTY_TREE_FILTER, type TreeFilter } from './outcomes-tree';
import { VersionActions } from './VersionActions';

export function OutcomesScreen({ versionId, canEdit, canPublish, canEditLinks }: { versionId: number | null; canEdit: boolean; canPublish: boolean; canEditLinks: boolean }) {
  useDocumentTitle('Outcomes');
  const frameworks = useQuery(trpc.outcomes.frameworks.queryOptions());
  if (frameworks.isPending) return <Loading label="Loading outcome frameworks…" />;
  if (frameworks.isError) {
    return (
      <>
        <h1>Outcomes</h1>
        <ApiError error={frameworks.error} title="The outcome frameworks could not be loaded." />
      </>
    );
  }
  // Without a version in the address, return to the one last shown (if it still exists).
  const remembered = versionId === null ? rememberedVersionId() : null;
  const chosen = (remembered !== null ? resolveVersion(frameworks.data, remembered) : null) ?? resolveVersion(frameworks.data, versionId);
  if (!chosen) {
    return (
      <>
        <h1>Outcomes</h1>
        <p className="notice">{versionId === null ? 'No outcome frameworks have been set up yet.' : 'There is no framework version at this address.'}</p>
        {versionId !== null && (
          <p>
            <a href={hrefFor({ name: 'outcomes', versionId: null })}>Show the current framework</a>
          </p>
        )}
      </>
    );
  }
  return <VersionView key={chosen.version.id} frameworks={frameworks.data} framework={chosen.framework} version={chosen.version} canEdit={canEdit} canPublish={canPublish} canEditLinks={canEditLinks} />;
}

interface VersionViewProps {
  frameworks: readonly FrameworkSummary[];
  framework: FrameworkSummary;
  version: FrameworkVersionSummary;
  canEdit: boolean;
  canPublish: boolean;
  canEditLinks: boolean;
}

function VersionView({ frameworks, framework, version, canEdit, canPublish, canEditLinks }: VersionViewProps) {
  const tree = useQuery(trpc.outcomes.tree.queryOptions({ versionId: version.id }));
  const [filter, setFilter] = useState<TreeFilter>(() => rememberedTreeFilter(version.id));
  const [compareWith, setCompareWith] = useState('');
  useEffect(() => rememberTreeFilter(version.id, filter), [version.id, filter]);
  useEffect(() => rememberVersionId(version.id), [version.id]);
  const built = useMemo(() => (tree.data ? buildOutcomeTree(tree.data.elements, tree.data.indicators, filter) : null), [tree.data, filter]);
  const candidates = compareCandidates(framework, version.id);
  const other = candidates.find((v) => String(v.id) === compareWith);

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Outcomes</h1>
          <p className="outcomes-title">
            <span>
              {framework.title}, {version.label}
            </span>{' '}
            <VersionStatusBadge status={version.status} />
            {version.fromFinancialYear && <span className="muted">From {version.fromFinancialYear}</span>}
          </p>
        </div>
        <div className="page-header__actions">
          {canEdit && (
            <a className="button button--secondary" href={hrefFor({ name: 'outcomes-import' })}>
              Import figures or definitions
            </a>
          )}
        </div>
      </div>
      {framework.description && <p className="lead">{framework.description}</p>}
      <OutcomeFilters
        topElements={tree.data?.elements.filter((e) => e.parentId === null) ?? []}
        filter={filter}
        onChange={(patch) => setFilter((current) => ({ ...current, ...patch }))}
        onClear={() => setFilter(EMPTY_TREE_FILTER)}
      >
        <FrameworkPicker frameworks={frameworks} framework={framework} versionId={version.id} />
      </OutcomeFilters>
      <div className="outcomes-toolbar">
        {canEdit && <VersionActions version={version} frameworkTitle={framework.title} canPublish={canPublish} />}
        {candidates.length > 0 && (
          <SelectField
            id="outcomes-compare"
            label="Compare with…"
            className="outcomes-toolbar__compare"
            value={compareWith}
            placeholder="Choose another version"
            options={candidates.map((v) => ({ value: String(v.id), label: versionOptionLabel(v) }))}
            onValueChange={setCompareWith}
          />
        )}
      </div>
      {other && (
        // Always describe the change from the older version to the newer one.
        <CompareVersions
          fromVersionId={Math.min(other.id, version.id)}
          toVersionId={Math.max(other.id, version.id)}
          fromLabel={other.id < version.id ? other.label : version.label}
          toLabel={other.id < version.id ? version.label : other.label}
        />
      )}
      {tree.isPending && <Loading label="Loading the framework…" />}
      {tree.isError && <ApiError error={tree.error} title="This framework version could not be loaded." />}
      {tree.data && built && (
        <>
          <RagSummary indicators={tree.data.indicators} shown={built.shown} total={built.total} />
          <FrameworkTree
            tree={built}
            fundingLines={tree.data.fundingLines}
            // Links name published GMCA outcomes: offer them on the published version only.
            linking={framework.owner === 'gmca' && version.status === 'published' ? { frameworkCode: framework.code, canEdit: canEditLinks } : null}
          />
        </>
      )}
      <section className="panel outcomes-exports" aria-labelledby="outcomes-exports-title">
        <h2 id="outcomes-exports-title">Download</h2>
        <OutcomeExportButtons target={{ kind: 'indicators', versionId: version.id, label: `Indicator definitions (${version.label})` }} />
        <OutcomeExportButtons target={{ kind: 'observations', frameworkCode: framework.code, label: `Observations (${framework.code})` }} />
      </section>
    </>
  );
}
