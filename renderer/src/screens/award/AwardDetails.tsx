import type { AwardDetail } from '../../api/types';
import { formatDate } from '../../format/dates';
import { formatPence } from '../../format/money';
import { AWARD_ROUTE_LABELS, PAYMENT_BASIS_LABELS } from '../../grants/grants-labels';
import { labelOf } from '../../labels';
import { hrefFor } from '../../routing/routes';

/** What was awarded, to whom, why, and on what terms. */
export function AwardDetails({ award: a }: { award: AwardDetail }) {
  return (
    <section className="panel stack" aria-labelledby="award-details-title">
      <h2 id="award-details-title">Details</h2>
      <p className="summary-text">{a.purpose}</p>
      <dl className="details-list">
        <div>
          <dt>Partner</dt>
          <dd>
            <a href={hrefFor({ name: 'partner', id: a.partner.id })}>{a.partner.name}</a>
            {a.partner.orgId && <span className="cell__sub cell--code">{a.partner.orgId}</span>}
          </dd>
        </div>
        <div>
          <dt>Fund</dt>
          <dd>
            <a href={hrefFor({ name: 'fund', id: a.fund.id })}>{a.fund.name}</a>
            <span className="cell__sub cell--code">{a.fund.code}</span>
          </dd>
        </div>
        <div>
          <dt>Amount</dt>
          <dd>{formatPence(a.amountPence)}</dd>
        </div>
        <div>
          <dt>Award date</dt>
          <dd>{formatDate(a.awardDate)}</dd>
        </div>
        <div>
          <dt>Planned period</dt>
          <dd>
            {formatDate(a.plannedStart)} to {formatDate(a.plannedEnd)}
          </dd>
        </div>
        <div>
          <dt>Route</dt>
          <dd>{labelOf(AWARD_ROUTE_LABELS, a.route)}</dd>
        </div>
        <div>
          <dt>Paid</dt>
          <dd>{labelOf(PAYMENT_BASIS_LABELS, a.paymentBasis)}</dd>
        </div>
      </dl>
      {a.routeJustification && (
        <div>
          <h3>Why a {labelOf(AWARD_ROUTE_LABELS, a.route).toLowerCase()}</h3>
          <p className="summary-text">{a.routeJustification}</p>
        </div>
      )}
      {a.basisJustification && (
        <div>
          <h3>Why paid {labelOf(PAYMENT_BASIS_LABELS, a.paymentBasis).toLowerCase()}</h3>
          <p className="summary-text">{a.basisJustification}</p>
        </div>
      )}
      <h3>Wards</h3>
      {a.wards.length === 0 ? (
        <p className="muted">No wards recorded.</p>
      ) : (
        <ul className="ward-list ward-list--inline">
          {a.wards.map((ward) => (
            <li key={ward.code}>
              {ward.name} <span className="muted">({ward.code})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
