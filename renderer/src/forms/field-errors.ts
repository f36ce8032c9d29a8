import type { FieldErrors } from '../api/errors';

export type { FieldErrors };

/** The DOM id of the control for a dotted field path, e.g. "fundingLines.0.amountPence" -> "pf-fundingLines-0-amountPence". */
export function fieldId(path: string, prefix = 'pf'): string {
  return `${prefix}-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** The id of the element holding a field's error message (for aria-describedby). */
export function errorId(path: string, prefix = 'pf'): string {
  return `${fieldId(path, prefix)}-error`;
}

/**
 * Finds where an error for `path` should be shown: the path itself if the form renders it,
 * else the nearest rendered ancestor ("wardCodes.3" -> "wardCodes"), else "_form".
 */
export function placePath(path: string, known: ReadonlySet<string>): string {
  const parts = path.split('.');
  while (parts.length) {
    const candidate = parts.join('.');
    if (known.has(candidate)) return candidate;
    parts.pop();
  }
  return '_form';
}

/** Regroups errors under the paths the form can show them at. */
export function placeFieldErrors(errors: FieldErrors | null | undefined, known: ReadonlySet<string>): FieldErrors {
  const placed: FieldErrors = {};
  for (const [path, messages] of Object.entries(errors ?? {})) {
    const at = placePath(path, known);
    (placed[at] ??= []).push(...messages);
  }
  return placed;
}

export interface SummaryItem {
  /** Where the error is shown; "_form" means the form as a whole (no link). */
  path: string;
  targetId: string | null;
  text: string;
}

/** One line per message for the error summary, in the order the form shows the fields. */
export function summaryItems(
  placed: FieldErrors,
  order: readonly string[],
  describe: (path: string) => string,
  prefix = 'pf',
): SummaryItem[] {
  const rank = new Map(order.map((path, index) => [path, index]));
  const paths = Object.keys(placed).sort((a, b) => (rank.get(a) ?? -1) - (rank.get(b) ?? -1));
  const items: SummaryItem[] = [];
  for (const path of paths) {
    for (const message of placed[path] ?? []) {
      if (path === '_form') items.push({ path, targetId: null, text: message });
      else items.push({ path, targetId: fieldId(path, prefix), text: `${describe(path)}: ${message}` });
    }
  }
  return items;
}
