import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { trpc } from '../../api/trpc';
import type { ProgrammeDetail, ProgrammeLinkRow } from '../../api/types';
import { StrengthBadge } from '../../alignment/AlignmentBadges';
import { FindingCard } from '../../alignment/FindingCard';
import { indicatorIdsOf } from '../../alignment/indicator-pages';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { formatDateTime } from '../../format/dates';
import { labelOf, LINK_TARGET_TYPE_LABELS } from '../../labels';
import { hrefFor } from '../../routing/routes';
import { RemoveLinkForm } from '../../alignment/RemoveLinkForm';
import { AddLinkForm } from './AddLinkForm';

const FINDINGS_PAGE = 20;

/** The programme's live links to missions, priorities, outcomes and indicators, its open findings, and (for editors) adding and removing links. */
export function AlignmentTab({ programme, canEdit }: { programme: ProgrammeDetail; canEdit: boolean }) {
  const links = useQuery(trpc.alignment.programmeLinks.queryOptions({ programmeId: programme.id }));
  const [findingsOffset, setFindingsOffset] = useState(0);
  const findings = useQuery(
    trpc.alignment.findings.queryOptions(
      { recordType: 'programme', recordId: programme.id, status: 'open', page: { offset: findingsOffset, limit: FINDINGS_PAGE } },
      { placeholderData: keepPreviousData },
    ),
  );
  const indicatorIds = indicatorIdsOf(findings.data);
  const editable = canEdit && programme.archivedAt === null;

  return (
    <div className="stack programme-alignment">
      <h2>Links to missions and outcomes</h2>
      <p className="muted">
        What this programme contributes to: the council’s missions and priorities, and the GMCA Integrated Settlement outcomes. The matrix and the findings are worked out
        from these links.
      </p>
      {links.isPending && <Loading label="Loading the links…" />}
      {links.isError && <ApiError error={links.error} title="The links could not be loaded." />}
      {links.data && (links.data.length === 0 ? <p className="notice">This programme is not linked to anything yet.</p> : <LinksTable links={links.data} canEdit={editable} />)}
      {editable && <AddLinkForm programmeId={programme.id} />}
      {canEdit && programme.archivedAt !== null && <p className="muted">Restore the programme to change its links.</p>}

      <h2>Open findings for this programme</h2>
      {findings.isPending && <Loading label="Running the alignment rules…" />}
      {findings.isError && <ApiError error={findings.error} title="The findings could not be loaded." />}
      {findings.data &&
        (findings.data.rows.length === 0 ? (
          <p className="muted">No open findings name this programme.</p>
        ) : (
          <>
            <ol className="findings__list" start={findings.data.offset + 1}>
              {findings.data.rows.map((finding) => (
                <li key={finding.key}>
                  <FindingCard finding={finding} indicatorIds={indicatorIds} canAcknowledge={false} />
                </li>
              ))}
            </ol>
            <Pager noun="open findings" offset={findingsOffset} limit={findings.data.limit} total={findings.data.total} onOffsetChange={setFindingsOffset} id="programme-findings-pager" />
          </>
        ))}
      <p>
        <a href={hrefFor({ name: 'alignment-findings' })}>All findings</a> · <a href={hrefFor({ name: 'alignment' })}>The alignment matrix</a>
      </p>
    </div>
  );
}

function targetName(link: ProgrammeLinkRow): string {
  return `${link.targetCode} ${link.targetTitle ?? ''}`.trim();
}

function LinksTable({ links, canEdit }: { links: readonly ProgrammeLinkRow[]; canEdit: boolean }) {
  const [removing, setRemoving] = useState<number | null>(null);
  const columns = canEdit ? 5 : 4;
  return (
    <div className="table-wrap">
      <table className="table links-table">
        <caption className="visually-hidden">Live links of this programme</caption>
        <thead>
          <tr>
            <th scope="col">Links to</th>
            <th scope="col">Strength</th>
            <th scope="col">Rationale and evidence</th>
            <th scope="col">Added</th>
            {canEdit && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {links.map((link) => (
            <Fragment key={link.id}>
              <tr>
                <th scope="row" className="cell--name">
                  <span className="cell__sub">
                    {labelOf(LINK_TARGET_TYPE_LABELS, link.targetType)} · {link.targetFrameworkCode}
                  </span>
                  <span className="cell--code">{link.targetCode}</span> {link.targetTitle ?? <span className="muted">(no longer in the published framework)</span>}
                  {link.targetParent && <span className="cell__sub">{link.targetParent}</span>}
                </th>
                <td>
                  <StrengthBadge strength={link.strength} />
                </td>
                <td className="links-table__why">
                  {link.rationale}
                  <span className="cell__sub">{link.evidence ? `Evidence: ${link.evidence}` : 'No evidence recorded'}</span>
                </td>
                <td className="cell--date">
                  {link.createdBy}
                  <span className="cell__sub">{formatDateTime(link.createdAt)}</span>
                </td>
                {canEdit && (
                  <td>
                    {removing !== link.id && (
                      <button type="button" className="button button--link button--danger-link" onClick={() => setRemoving(link.id)}>
                        Remove<span className="visually-hidden"> link to {targetName(link)}</span>
                      </button>
                    )}
                  </td>
                )}
              </tr>
              {removing === link.id && (
                <tr className="row-panel">
                  <td colSpan={columns}>
                    <RemoveLinkForm linkId={link.id} name={targetName(link)} onDone={() => setRemoving(null)} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
