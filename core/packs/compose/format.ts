/** How pack figures are written: en-GB, £ from pence, words for statuses. Every renderer prints these strings. */
import { formatFigure } from '../../outcomes/status';
import { formatPence } from '../../shared/money';
import type { PackIndicator } from '../data';

export const money = formatPence;
export const count = (n: number) => new Intl.NumberFormat('en-GB').format(n);
export const percentOf = (part: number, whole: number) => (whole > 0 ? `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format((part / whole) * 100)}%` : 'no figure');

const RAG_WORDS = { green: 'Green', amber: 'Amber', red: 'Red' } as const;
export const ragWord = (rag: PackIndicator['rag']) => (rag ? RAG_WORDS[rag] : 'Not rated');

const DIRECTION_WORDS: Record<string, string> = {
  improving: 'Improving',
  worsening: 'Worsening',
  no_change: 'No change',
  increasing: 'Increasing',
  decreasing: 'Decreasing',
};
export const directionWord = (direction: string | null) => (direction ? (DIRECTION_WORDS[direction] ?? direction) : '—');

const UNIT_SUFFIX: Record<string, string> = { percentage: '%', rate_per_1000: ' per 1,000', index: '', score: '', count: '' };
export function figure(value: number | null, unit: string): string {
  if (value === null) return '—';
  if (unit === 'pounds') return `£${formatFigure(value)}`;
  return `${formatFigure(value)}${UNIT_SUFFIX[unit] ?? ''}`;
}

/** '2026-11-26T09:30:00.000Z' → '26 November 2026, 09:30 UTC'. */
export function dateTime(iso: string): string {
  const d = new Date(iso);
  const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' }).format(d);
  return `${date}, ${time} UTC`;
}

/** '2026-03-31' → '31 March 2026'. */
export { longDate } from '../../shared/calendar';

/** The indicator table every outcomes section uses. */
export function indicatorRows(indicators: PackIndicator[]): string[][] {
  return indicators.map((i) => [i.code, i.title, i.period ?? '—', figure(i.value, i.unit), figure(i.target, i.unit), i.kind === 'contextual' ? 'Contextual' : ragWord(i.rag), directionWord(i.direction), i.stale ? 'Overdue' : 'Current']);
}
export const INDICATOR_COLUMNS = ['Code', 'Indicator', 'Period', 'Latest', 'Target', 'RAG', 'Direction', 'Data'];
export const INDICATOR_NUMERIC = [false, false, false, true, true, false, false, false];
