/** Areas offered on an indicator's page, and reading a typed value. */

export interface AreaOption {
  code: string;
  name: string;
}

/**
 * The headline area first (named from the data, or from `headlineName` when it has no figures yet),
 * then every other area with figures, wards in name order.
 */
export function orderAreas(areas: readonly AreaOption[], headlineCode: string, headlineName: string): AreaOption[] {
  const headline = areas.find((a) => a.code === headlineCode) ?? { code: headlineCode, name: headlineName };
  const others = areas.filter((a) => a.code !== headlineCode).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return [{ ...headline, name: `${headline.name} (headline)` }, ...others];
}

/** Areas a figure can be recorded for: the headline area, plus every ward for a ward-level indicator. */
export function recordableAreas(ordered: readonly AreaOption[], wards: readonly AreaOption[], geographyLevel: string): AreaOption[] {
  if (geographyLevel !== 'ward') return ordered.slice(0, 1);
  const known = new Set(ordered.map((a) => a.code));
  return [...ordered, ...wards.filter((w) => !known.has(w.code)).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))];
}

/** "1,250" -> 1250, " 72.5 " -> 72.5, "-3" -> -3; text, blanks and "12abc" -> null. */
export function parseObservationValue(text: string): number | null {
  const trimmed = text.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}
