import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { errorCode } from '../../api/errors';
import { trpc } from '../../api/trpc';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { ArchivedBadge } from '../../components/StatusBadge';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { DueDiligenceBadge } from '../../grants/GrantBadges';
import { ORGANISATION_TYPE_LABELS } from '../../grants/grants-labels';
import { labelOf } from '../../labels';
import { hrefFor } from '../../routing/routes';
import { AwardsTable } from '../grants/AwardsTable';
import { DueDiligenceHistory } from './DueDiligenceHistory';
import { RecordDueDiligenceForm } from './RecordDueDiligenceForm';

const orDash = (text: string | null | undefined) => text || <span className="muted">Not recorded</span>;

/** One partner: identifiers, contact, due diligence and the grants awarded to it. */
export function PartnerScreen({ id, canEdit, canRecordDueDiligence }: { id: number; canEdit: boolean; canRecordDueDiligence: boolean }) {
  const partner = useQuery(trpc.partners.get.queryOptions({ id }));
  const [awardOffset, setAwardOffset] = useState(0);
  const awards = useQuery(trpc.grants.awards.queryOptions({ partnerId: id, page: { offset: awardOffset, limit: 50 } }, { placeholderData: keepPreviousData }));
  useDocumentTitle(partner.data?.name ?? 'Partner');

  if (partner.isPending) return <Loading label="Loading the partner…" />;
  if (partner.isError) {
    return (
      <>
        <h1>{errorCode(partner.error) === 'NOT_FOUND' ? 'Partner not found' : 'The partner could not be loaded'}</h1>
        <ApiError error={partner.error} />
        <p>
          <a href={hrefFor({ name: 'partners' })}>Back to partners</a>
        </p>
      </>
    );
  }
  const p = partner.data;
  return (
    <>
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'partners' })}>Partners</a>
      </p>
      <div className="page-header">
        <div>
          <h1>{p.name}</h1>
          <p className="programme-title__badges">
            <DueDiligenceBadge standing={p.dueDiligence} />
            {p.archivedAt && <ArchivedBadge />}
            <span className="muted">{labelOf(ORGANISATION_TYPE_LABELS, p.organisationType)}</span>
          </p>
        </div>
        {canEdit && !p.archivedAt && (
          <div className="page-header__actions">
            <a className="button" href={hrefFor({ name: 'partner-edit', id: p.id })}>
              Edit partner
            </a>
          </div>
        )}
      </div>
      {p.dueDiligence.status !== 'valid' && (
        <div className="notice notice--warning">
          <p>{p.dueDiligence.status === 'missing' ? 'No due diligence has been recorded, so no new award can be made to this partner.' : 'Due diligence has expired, so no new award can be made to this partner until a new check is recorded.'}</p>
        </div>
      )}
      <section className="panel" aria-labelledby="identifiers-title">
        <h2 id="identifiers-title">Identifiers and contact</h2>
        <dl className="details-list">
          <div>
            <dt>Org id</dt>
            <dd className="cell--code">{orDash(p.orgId)}</dd>
          </div>
          <div>
            <dt>Charity number</dt>
            <dd>{orDash(p.charityNumber)}</dd>
          </div>
          <div>
            <dt>Company number</dt>
            <dd>{orDash(p.companyNumber)}</dd>
          </div>
          <div>
            <dt>Ward</dt>
            <dd>{p.wardName ? `${p.wardName} (${p.wardCode})` : orDash(p.wardCode)}</dd>
          </div>
          <div>
            <dt>Locality</dt>
            <dd>{orDash(p.locality)}</dd>
          </div>
          <div>
            <dt>Contact</dt>
            <dd>{orDash(p.contactName)}</dd>
          </div>
          <div>
            <dt>Email</dt>
            <dd>{p.contactEmail ? <a href={`mailto:${p.contactEmail}`}>{p.contactEmail}</a> : orDash(null)}</dd>
          </div>
          <div>
            <dt>Phone</dt>
            <dd>{orDash(p.contactPhone)}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="dd-history-title">
        <h2 id="dd-history-title">Due diligence</h2>
        <DueDiligenceHistory records={p.dueDiligenceHistory} />
      </section>
      {canRecordDueDiligence && !p.archivedAt && <RecordDueDiligenceForm partnerId={p.id} />}
      <section aria-labelledby="partner-awards-title">
        <h2 id="partner-awards-title">Awards{awards.data ? ` (${awards.data.total.toLocaleString('en-GB')})` : ''}</h2>
        {awards.isError && <ApiError error={awards.error} title="The awards could not be loaded." />}
        {awards.isPending && <Loading label="Loading awards…" />}
        {awards.data && <AwardsTable awards={awards.data.rows} totals={awards.data.total > 1 ? awards.data.totals : null} caption={`Grants awarded to ${p.name}`} emptyText="No grants have been awarded to this partner." />}
        {awards.data && <Pager noun="awards" offset={awards.data.offset} limit={awards.data.limit} total={awards.data.total} onOffsetChange={setAwardOffset} id="partner-awards-pager" />}
      </section>
      {p.programmes.length > 0 && (
        <section aria-labelledby="partner-programmes-title">
          <h2 id="partner-programmes-title">Programmes</h2>
          <ul>
            {p.programmes.map((prog) => (
              <li key={prog.id}>
                <a href={hrefFor({ name: 'programme', id: prog.id })}>{prog.name}</a> <span className="muted">({prog.code}): {prog.role}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
