/** Text and hashing helpers shared by the rules. Nothing here throws on odd data. */

const GBP = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** Pence as pounds, e.g. 12345 → "£123.45". Fractional pence (weighted shares) round to the nearest penny. */
export function money(pence: number): string {
  return GBP.format(Math.round(pence) / 100);
}

export { longDate } from '../../shared/calendar';

/**
 * A 0–1 share as a percentage to at most one decimal place: 0.5 → "50%", 5/6 → "83.3%". Never shows
 * 100% for a share short of 1 or 0% for a share above 0 (99.96% shows as "99.9%").
 */
export function percent(share: number): string {
  if (!Number.isFinite(share)) return '—';
  let tenths = Math.round(share * 1000);
  if (tenths >= 1000 && share < 1) tenths = 999;
  if (tenths <= 0 && share > 0) tenths = 1;
  return `${tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1)}%`;
}

/** A 0–1 tolerance as percentage points, e.g. 0.05 → "5 points". */
export function points(tolerance: number): string {
  const tenths = Math.round(tolerance * 1000);
  return `${tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1)} points`;
}

/** A record named in a sentence: "PRG-1 ‘Skills for Growth’". */
export function named(code: string, title: string): string {
  return `${code} ‘${title}’`;
}

/** en-GB list: "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** JSON with object keys sorted at every level, so equal data always gives equal text. */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`)
    .join(',')}}`;
}

/** cyrb53: a fast, well-mixed 53-bit string hash (not cryptographic; collisions are ~2⁻⁵³). */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** Fingerprint of some data: 'fp1-' + hash of its canonical JSON. */
export function fingerprintOf(data: unknown): string {
  return `fp1-${cyrb53(canonical(data))}`;
}
