import type { ProgrammeDetail } from '../../api/types';
import { formatDate } from '../../format/dates';
import { labelOf, PROGRAMME_STATUS_LABELS, PROGRAMME_TYPE_LABELS } from '../../labels';

const orDash = (text: string | null | undefined) => (text ? text : <span className="muted">Not recorded</span>);

export function OverviewTab({ programme: p }: { programme: ProgrammeDetail }) {
  return (
    <div className="stack">
      <h2 className="visually-hidden">Overview</h2>
      {p.summary ? <p className="summary-text">{p.summary}</p> : <p className="muted">No summary has been written yet.</p>}
      <dl className="details-list">
        <div>
          <dt>Code</dt>
          <dd>{p.code}</dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>{labelOf(PROGRAMME_TYPE_LABELS, p.type)}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{labelOf(PROGRAMME_STATUS_LABELS, p.status)}</dd>
        </div>
        <div>
          <dt>Start date</dt>
          <dd>{orDash(formatDate(p.startDate))}</dd>
        </div>
        <div>
          <dt>End date</dt>
          <dd>{orDash(formatDate(p.endDate))}</dd>
        </div>
        <div>
          <dt>Lead officer</dt>
          <dd>{orDash(p.leadOfficer)}</dd>
        </div>
        <div>
          <dt>Senior responsible owner</dt>
          <dd>{orDash(p.seniorResponsibleOwner)}</dd>
        </div>
      </dl>
      <h3>Wards</h3>
      {p.wards.length === 0 ? (
        <p className="muted">No wards recorded.</p>
      ) : (
        <ul className="ward-list">
          {p.wards.map((ward) => (
            <li key={ward.code}>
              {ward.name} <span className="muted">({ward.code})</span>
              {!ward.verified && (
                <span className="badge badge--unverified" title="This ward code has not been checked against ONS data">
                  unverified code
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
