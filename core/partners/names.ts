/**
 * Near-identical organisation names, for the duplicate warning on the partner form. Pure.
 * "The Pennine Fold Community Kitchen Ltd." and "Pennine Fold Community Kitchen" are the same name.
 */
const IGNORED_WORDS = new Set(['the', 'ltd', 'limited', 'cic']);

/** Lower case, accents and punctuation removed, "&" read as "and", and The/Ltd/Limited/CIC dropped. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word && !IGNORED_WORDS.has(word))
    .join(' ');
}

/** Edit distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function levenshtein(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Short names match too much by containment or a two-letter slip ("Hub" and "Pub"); below this, only equality counts. */
const MIN_FUZZY_LENGTH = 5;

/** True when two names differ by at most two letters once normalised, or one contains the other as whole words. */
export function nearIdenticalNames(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (shorter.replace(/ /g, '').length < MIN_FUZZY_LENGTH) return false;
  if (levenshtein(x.replace(/ /g, ''), y.replace(/ /g, ''), 2) <= 2) return true;
  return ` ${longer} `.includes(` ${shorter} `);
}
