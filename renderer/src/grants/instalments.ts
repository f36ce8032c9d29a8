/** The award form's instalment schedule: running total against the award, and an even split. */
import { formatPence } from '../format/money';
import { parsePoundsToPence } from '../forms/money-input';

export interface InstalmentTotals {
  /** The award amount in pence, or null while it cannot be read. */
  awardPence: number | null;
  /** The readable instalment amounts added up. */
  scheduledPence: number;
  /** 1-based numbers of the instalments whose amount cannot be read yet. */
  unreadable: number[];
  /** Award minus schedule; null while the award amount cannot be read. */
  differencePence: number | null;
  status: 'match' | 'short' | 'over' | 'unknown';
  message: string;
}

function listNumbers(numbers: readonly number[]): string {
  if (numbers.length === 1) return `Instalment ${numbers[0]} has`;
  return `Instalments ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]} have`;
}

export function instalmentTotals(awardAmount: string, rows: ReadonlyArray<{ amount: string }>): InstalmentTotals {
  const award = parsePoundsToPence(awardAmount);
  const awardPence = award.ok ? award.pence : null;
  let scheduledPence = 0;
  const unreadable: number[] = [];
  rows.forEach((row, index) => {
    const parsed = parsePoundsToPence(row.amount);
    if (parsed.ok) scheduledPence += parsed.pence;
    else unreadable.push(index + 1);
  });
  const total = `The instalments add up to ${formatPence(scheduledPence)}`;
  const note = unreadable.length ? ` ${listNumbers(unreadable)} no amount that can be read yet.` : '';
  if (awardPence === null) {
    return { awardPence, scheduledPence, unreadable, differencePence: null, status: 'unknown', message: `${total}. Enter the award amount to compare.${note}` };
  }
  const differencePence = awardPence - scheduledPence;
  if (differencePence === 0) {
    return { awardPence, scheduledPence, unreadable, differencePence, status: 'match', message: `${total}, matching the award of ${formatPence(awardPence)}.${note}` };
  }
  const status = differencePence > 0 ? 'short' : 'over';
  const gap = `${formatPence(Math.abs(differencePence))} ${status === 'short' ? 'less' : 'more'} than the award of ${formatPence(awardPence)}`;
  return { awardPence, scheduledPence, unreadable, differencePence, status, message: `${total}: ${gap}.${note}` };
}

/** Splits an award into `count` whole-penny instalments; the odd pennies go to the first ones. */
export function splitEvenly(awardPence: number, count: number): number[] {
  if (!Number.isSafeInteger(awardPence) || awardPence < 0 || !Number.isInteger(count) || count < 1) return [];
  const base = Math.floor(awardPence / count);
  const extra = awardPence - base * count;
  return Array.from({ length: count }, (_, index) => base + (index < extra ? 1 : 0));
}
