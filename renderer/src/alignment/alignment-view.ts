/** Pure helpers for the alignment screens: matrix layout, links to the records findings name, link targets. */
import type { FindingRecordRef, LinkTargetOption, MatrixCell, MatrixColumn } from '../api/types';
import { labelOf, PILLAR_LABELS, type LinkTargetType } from '../labels';
import { hrefFor } from '../routing/routes';

/** A run of matrix columns under one pillar: the pillar's own column (if any) then its outcomes. */
export interface ColumnGroup {
  pillarCode: string;
  title: string;
  /** The pillar element's code, when the pillar itself is a column. */
  code: string | null;
  start: number;
  span: number;
}

/** Groups consecutive columns that share a pillar, keeping the server's order. */
export function columnGroups(columns: readonly Pick<MatrixColumn, 'type' | 'code' | 'title' | 'pillarCode'>[]): ColumnGroup[] {
  const groups: ColumnGroup[] = [];
  columns.forEach((column, index) => {
    const last = groups[groups.length - 1];
    if (last && last.pillarCode === column.pillarCode) {
      last.span += 1;
      if (column.type === 'pillar' && last.code === null) {
        last.code = column.code;
        last.title = column.title;
      }
      return;
    }
    groups.push({
      pillarCode: column.pillarCode,
      title: column.type === 'pillar' ? column.title : labelOf(PILLAR_LABELS, column.pillarCode),
      code: column.type === 'pillar' ? column.code : null,
      start: index,
      span: 1,
    });
  });
  return groups;
}

/** The shade a cell is drawn in: its strongest link, or none when empty. */
export function cellShade(cell: Pick<MatrixCell, 'count' | 'strongest'>): 'primary' | 'secondary' | 'enabling' | 'none' {
  return cell.count > 0 && cell.strongest ? cell.strongest : 'none';
}

/** "75%" from a 0–1 share, to at most one decimal place; never 100% short of 1 or 0% above 0 (as core's percent()). */
export function formatShare(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'No figure';
  let tenths = Math.round(value * 1000);
  if (tenths >= 1000 && value < 1) tenths = 999;
  if (tenths <= 0 && value > 0) tenths = 1;
  return `${tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1)}%`;
}

export interface RecordLink {
  href: string;
  text: string;
  /** Said after the link when it cannot lead straight to the record. */
  note: string | null;
}

/**
 * Where to go to fix a record a finding names. Findings name indicators by identity id; the
 * indicator page takes the current version's indicator id, so `indicatorIds` maps one to the other
 * (null while it loads, or when the indicator is not in a current version: then the Outcomes screen).
 */
export function recordLink(record: FindingRecordRef, indicatorIds: ReadonlyMap<number, number> | null): RecordLink {
  const id = Number(record.id);
  const validId = Number.isSafeInteger(id) && id > 0;
  switch (record.type) {
    case 'programme':
      if (validId) return { href: hrefFor({ name: 'programme', id }), text: record.label, note: null };
      break;
    case 'fund':
      if (validId) return { href: hrefFor({ name: 'fund', id }), text: record.label, note: null };
      break;
    case 'award':
      if (validId) return { href: hrefFor({ name: 'award', id }), text: record.label, note: null };
      break;
    case 'indicator': {
      const indicatorId = validId ? indicatorIds?.get(id) : undefined;
      if (indicatorId !== undefined) return { href: hrefFor({ name: 'indicator', id: indicatorId }), text: record.label, note: null };
      const code = record.label.split(' ')[0] ?? record.label;
      return { href: hrefFor({ name: 'outcomes', versionId: null }), text: record.label, note: `find ${code} on the Outcomes screen` };
    }
    default:
      break;
  }
  return { href: hrefFor({ name: 'alignment' }), text: record.label, note: 'in the alignment matrix' };
}

/** A link target as a select value: framework and code (indicator codes may repeat across frameworks). */
export function targetValue(target: Pick<LinkTargetOption, 'frameworkCode' | 'code'>): string {
  return `${target.frameworkCode}|${target.code}`;
}

export function parseTargetValue(value: string): { frameworkCode: string; code: string } {
  const at = value.indexOf('|');
  return at < 0 ? { frameworkCode: '', code: '' } : { frameworkCode: value.slice(0, at), code: value.slice(at + 1) };
}

/** Options for the target select: "CODE Title", in framework order; indicators also name their framework. */
export function targetOptions(targets: readonly LinkTargetOption[], type: LinkTargetType | ''): Array<{ value: string; label: string }> {
  return targets
    .filter((t) => t.type === type)
    .map((t) => ({ value: targetValue(t), label: t.type === 'indicator' ? `${t.code} ${t.title} (${t.frameworkCode})` : `${t.code} ${t.title}` }));
}
