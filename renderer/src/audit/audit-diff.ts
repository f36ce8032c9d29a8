import { formatDate, formatDateTime } from '../format/dates';
import { formatPence } from '../format/money';
import {
  CERTAINTY_LABELS,
  FUNDING_SOURCE_LABELS,
  MILESTONE_STATUS_LABELS,
  PILLAR_LABELS,
  PROGRAMME_STATUS_LABELS,
  PROGRAMME_TYPE_LABELS,
  ROLE_LABELS,
  SPEND_TYPE_LABELS,
} from '../labels';

/** One readable change: "Amount" from "£1.00" to "£2.00". */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

export const NONE = '(none)';

/** Bookkeeping fields that change on every save and tell a reader nothing. */
const IGNORED = new Set(['revision', 'updatedAt', 'createdAt', 'id', 'boroughCode']);

const FIELD_LABELS: Record<string, string> = {
  code: 'Code',
  name: 'Name',
  summary: 'Summary',
  type: 'Type',
  status: 'Status',
  leadOfficer: 'Lead officer',
  seniorResponsibleOwner: 'Senior responsible owner',
  startDate: 'Start date',
  endDate: 'End date',
  boroughCode: 'Borough code',
  archivedAt: 'Archived',
  archiveReason: 'Archive reason',
  fundingLines: 'Funding lines',
  milestones: 'Milestones',
  wards: 'Wards',
  partners: 'Partners',
  risks: 'Risks',
  sources: 'Sources',
  source: 'Source',
  pillarCode: 'Pillar',
  financialYear: 'Financial year',
  spendType: 'Revenue or capital',
  amountPence: 'Amount',
  certainty: 'Certainty',
  note: 'Note',
  title: 'Title',
  dueDate: 'Due date',
  targetValue: 'Target',
  unit: 'Unit',
  actualValue: 'Actual',
  description: 'Description',
  likelihood: 'Likelihood',
  impact: 'Impact',
  owner: 'Owner',
  mitigation: 'Mitigation',
  url: 'Link',
  document: 'Document',
  sourceDate: 'Source date',
  figure: 'Figure',
  role: 'Role',
  partnerId: 'Partner',
  username: 'Username',
  displayName: 'Display name',
  disabled: 'Disabled',
  councilName: 'Council name',
  kind: 'Workspace kind',
  reason: 'Reason',
  verified: 'Verified',
};

const SINGULAR: Record<string, string> = {
  fundingLines: 'Funding line',
  milestones: 'Milestone',
  risks: 'Risk',
  sources: 'Source',
};

/** Lists whose items have a natural identity, so changes read as "added" and "removed". */
const IDENTITY: Record<string, string> = { wards: 'code', partners: 'partnerId', wardCodes: '' };

const VALUE_LABELS: Record<string, Record<string, string>> = {
  type: PROGRAMME_TYPE_LABELS,
  status: { ...PROGRAMME_STATUS_LABELS, ...MILESTONE_STATUS_LABELS },
  source: FUNDING_SOURCE_LABELS,
  pillarCode: PILLAR_LABELS,
  spendType: SPEND_TYPE_LABELS,
  certainty: CERTAINTY_LABELS,
  role: ROLE_LABELS,
  actorRole: ROLE_LABELS,
};

const RANK = new Map(Object.keys(FIELD_LABELS).map((key, index) => [key, index]));

/** Shows fields in the order the forms show them (stored JSON is sorted alphabetically). */
function fieldRank(key: string): number {
  return RANK.get(key) ?? RANK.size;
}

export function fieldLabel(key: string): string {
  const known = FIELD_LABELS[key];
  if (known) return known;
  const words = key.replace(/_/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function same(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

function truncate(text: string, max = 140): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Shows one stored value the way the rest of the app shows it. */
export function formatValue(key: string, value: unknown): string {
  if (isEmpty(value)) return NONE;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number' && /Pence$/.test(key)) return formatPence(value);
  if (typeof value === 'string') {
    if (/At$/.test(key)) return formatDateTime(value);
    if (/Date$/.test(key)) return formatDate(value);
    const labels = VALUE_LABELS[key];
    return truncate(labels?.[value] ?? value);
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((item) => summarise(item)).join('; ');
  return summarise(value);
}

/** A short description of a list item, e.g. a funding line as "2025/26 · GMCA · £1,000.00". */
export function summarise(item: unknown): string {
  if (!isPlainObject(item)) return formatValue('', item);
  if (typeof item.amountPence === 'number') {
    const pillar = typeof item.pillarCode === 'string' ? (PILLAR_LABELS as Record<string, string>)[item.pillarCode] : undefined;
    const source = pillar ?? (typeof item.source === 'string' ? ((FUNDING_SOURCE_LABELS as Record<string, string>)[item.source] ?? item.source) : '');
    return [item.financialYear, source, formatPence(item.amountPence)].filter(Boolean).join(' · ');
  }
  if (typeof item.name === 'string' && typeof item.code === 'string') return `${item.name} (${item.code})`;
  for (const key of ['title', 'name', 'description', 'username']) {
    const value = item[key];
    if (typeof value === 'string' && value) return truncate(value, 80);
  }
  return truncate(JSON.stringify(item), 80);
}

function walk(key: string, label: string, before: unknown, after: unknown, out: FieldChange[]): void {
  if (same(before, after)) return;
  if ((isPlainObject(before) || isEmpty(before)) && (isPlainObject(after) || isEmpty(after)) && (isPlainObject(before) || isPlainObject(after))) {
    const a = isPlainObject(before) ? before : {};
    const b = isPlainObject(after) ? after : {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort((x, y) => fieldRank(x) - fieldRank(y));
    for (const child of keys) {
      if (IGNORED.has(child)) continue;
      const childLabel = label ? `${label}: ${fieldLabel(child)}` : fieldLabel(child);
      walk(child, childLabel, a[child], b[child], out);
    }
    return;
  }
  if ((Array.isArray(before) || isEmpty(before)) && (Array.isArray(after) || isEmpty(after))) {
    diffList(key, label, Array.isArray(before) ? before : [], Array.isArray(after) ? after : [], out);
    return;
  }
  out.push({ field: label, from: formatValue(key, before), to: formatValue(key, after) });
}

function diffList(key: string, label: string, before: unknown[], after: unknown[], out: FieldChange[]): void {
  const identity = IDENTITY[key];
  if (identity !== undefined) {
    const idOf = (item: unknown) => (identity && isPlainObject(item) ? JSON.stringify(item[identity]) : JSON.stringify(item));
    const beforeIds = new Map(before.map((item) => [idOf(item), item]));
    const afterIds = new Map(after.map((item) => [idOf(item), item]));
    const added = [...afterIds].filter(([id]) => !beforeIds.has(id)).map(([, item]) => summarise(item));
    const removed = [...beforeIds].filter(([id]) => !afterIds.has(id)).map(([, item]) => summarise(item));
    for (const [id, item] of afterIds) {
      const old = beforeIds.get(id);
      if (old !== undefined) walk('', `${label}: ${summarise(item)}`, old, item, out);
    }
    if (added.length) out.push({ field: label, from: NONE, to: `Added ${listOf(added)}` });
    if (removed.length) out.push({ field: label, from: listOf(removed), to: 'Removed' });
    return;
  }
  const singular = SINGULAR[key] ?? label;
  const length = Math.max(before.length, after.length);
  for (let index = 0; index < length; index += 1) {
    const itemLabel = `${singular} ${index + 1}`;
    if (index >= before.length) out.push({ field: itemLabel, from: NONE, to: `Added ${summarise(after[index])}` });
    else if (index >= after.length) out.push({ field: itemLabel, from: summarise(before[index]), to: 'Removed' });
    else walk('', itemLabel, before[index], after[index], out);
  }
}

/** "A", "A and B", or for long lists "7: A, B, C, D, E and 2 more". */
export function listOf(items: readonly string[], max = 5): string {
  if (items.length === 1) return items[0]!;
  if (items.length <= max) return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  return `${items.length}: ${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** The readable differences between an audit entry's `before` and `after`. */
export function diffAuditValues(before: unknown, after: unknown): FieldChange[] {
  const out: FieldChange[] = [];
  walk('', '', before, after, out);
  return out;
}
