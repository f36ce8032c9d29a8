import { formatDate } from '../format/dates';
import { labelOf } from '../labels';
import { AWARD_STATUS_LABELS, PAYMENT_STAGE_LABELS } from './grants-labels';
import type { DueDiligenceStanding } from '../api/types';

/** A payment's stage in words; the colour only repeats them. */
export function PaymentStageBadge({ stage }: { stage: string }) {
  return <span className={`badge badge--stage-${stage}`}>{labelOf(PAYMENT_STAGE_LABELS, stage)}</span>;
}

export function AwardStatusBadge({ status }: { status: string }) {
  return <span className={`badge badge--award-${status}`}>{labelOf(AWARD_STATUS_LABELS, status)}</span>;
}

/** "Valid until 16 Jun 2027", "Expired on 12 Feb 2026" or "Missing". */
export function dueDiligenceText(standing: DueDiligenceStanding): string {
  if (standing.status === 'valid') return `Valid until ${formatDate(standing.expiresOn)}`;
  if (standing.status === 'expired') return `Expired on ${formatDate(standing.expiresOn)}`;
  return 'Missing';
}

/** A partner's due-diligence standing, with its expiry date, in words. */
export function DueDiligenceBadge({ standing }: { standing: DueDiligenceStanding }) {
  return (
    <span className={`badge badge--dd-${standing.status}`}>
      <span className="visually-hidden">Due diligence: </span>
      {dueDiligenceText(standing)}
    </span>
  );
}
