import { formatDateTime } from '../format/dates';

export const AUDIENCE_LABELS: Record<'gmca' | 'cabinet' | 'scrutiny', string> = { gmca: 'GMCA', cabinet: 'Cabinet', scrutiny: 'Scrutiny' };

/** A pack's "data as of" moment in UTC, as its PDF footer and audit head are. */
export function formatAsOf(iso: string): string {
  return `${formatDateTime(iso, 'UTC')} UTC`;
}
