import type { PackAudience, PackDocument } from '../document';

/** Wording shared by the PDF and Word renderers, so both print the same furniture. */

const LONG_DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

const AUDIENCES: Record<PackAudience, string> = {
  gmca: 'Greater Manchester Combined Authority',
  cabinet: 'Cabinet',
  scrutiny: 'Scrutiny committee',
};

/** The snapshot time as a Date, or null when `asOf` is not a timestamp. */
export function asOfDate(pack: PackDocument): Date | null {
  const date = new Date(pack.asOf);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** e.g. "1 October 2025 at 09:30"; the raw text when it is not a timestamp. */
export function asOfDateTime(pack: PackDocument): string {
  const date = asOfDate(pack);
  return date ? LONG_DATE_TIME.format(date) : pack.asOf;
}

/** e.g. "1 October 2025". */
export function asOfDay(pack: PackDocument): string {
  const date = asOfDate(pack);
  return date ? LONG_DATE.format(date) : pack.asOf;
}

export function audienceLabel(audience: PackAudience): string {
  return AUDIENCES[audience] ?? audience;
}

/** "Data as of 1 October 2025 at 09:30 (UTC)". */
export function dataAsOfLine(pack: PackDocument): string {
  return `Data as of ${asOfDateTime(pack)} (UTC)`;
}

/** Running header: "<title> — <period>". */
export function runningHeader(pack: PackDocument): string {
  return `${pack.title} — ${pack.periodLabel}`;
}

/** The first 16 hex characters of the audit chain head. */
export function hashPrefix(pack: PackDocument): string {
  return pack.auditHeadHash.slice(0, 16);
}

/** Footer provenance: "Audit chain head 3f9a1c0b7d2e4f6a… · data as of 1 October 2025". */
export function footerProvenance(pack: PackDocument): string {
  return `Audit chain head ${hashPrefix(pack)}… · data as of ${asOfDay(pack)}`;
}

/** Commentary split into paragraphs at blank lines; single line breaks become spaces. */
export function commentaryParagraphs(commentary: string): string[] {
  return commentary
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}
