/** A pack's period: a financial year ('2025/26') or one of its quarters ('2025/26 Q2'). */
import { isPeriodKey, parsePeriod } from '../../outcomes/status';
import type { PackPeriod } from '../data';

export function packPeriod(label: string): PackPeriod {
  const text = label.trim();
  if (isPeriodKey('annual', text)) return { label: text, kind: 'year', ...parsePeriod('annual', text) };
  if (isPeriodKey('quarterly', text)) return { label: text, kind: 'quarter', ...parsePeriod('quarterly', text) };
  throw new RangeError(`A pack covers a financial year such as 2025/26 or a quarter such as 2025/26 Q2, not "${label}"`);
}
