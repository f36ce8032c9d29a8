import { describe, expect, it } from 'vitest';
import { diffAuditValues, fieldLabel, listOf, NONE } from '../../renderer/src/audit/audit-diff';

const base = {
  id: 7,
  code: 'WGN-1',
  name: 'Old name',
  summary: '',
  type: 'growth_location',
  status: 'proposed',
  leadOfficer: 'A. Person',
  seniorResponsibleOwner: '',
  startDate: '2025-04-01',
  endDate: null,
  boroughCode: 'E08000010',
  archivedAt: null,
  archiveReason: null,
  revision: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  fundingLines: [{ source: 'gmca', pillarCode: null, financialYear: '2025/26', spendType: 'revenue', amountPence: 100, certainty: 'planned', note: '' }],
  milestones: [],
  wards: [{ code: 'E05000001', name: 'Abram', verified: true }],
  partners: [],
  risks: [],
  sources: [],
};

describe('diffAuditValues', () => {
  it('lists changed scalar fields with labels and formatted values, ignoring bookkeeping', () => {
    const after = { ...base, name: 'New name', status: 'active', startDate: '2025-05-01', revision: 2, updatedAt: '2025-02-01T00:00:00Z' };
    expect(diffAuditValues(base, after)).toEqual([
      { field: 'Name', from: 'Old name', to: 'New name' },
      { field: 'Status', from: 'Proposed', to: 'Active' },
      { field: 'Start date', from: '1 Apr 2025', to: '1 May 2025' },
    ]);
  });

  it('describes funding line changes by position, with money formatted', () => {
    const line = base.fundingLines[0]!;
    const after = { ...base, fundingLines: [{ ...line, amountPence: 250000 }, { ...line, source: 'dwp', amountPence: 29 }] };
    expect(diffAuditValues(base, after)).toEqual([
      { field: 'Funding line 1: Amount', from: '£1.00', to: '£2,500.00' },
      { field: 'Funding line 2', from: NONE, to: 'Added 2025/26 · DWP · £0.29' },
    ]);
  });

  it('treats wards as a set: added and removed, not renumbered', () => {
    const after = { ...base, wards: [{ code: 'E05000002', name: 'Astley', verified: false }] };
    expect(diffAuditValues(base, after)).toEqual([
      { field: 'Wards', from: NONE, to: 'Added Astley (E05000002)' },
      { field: 'Wards', from: 'Abram (E05000001)', to: 'Removed' },
    ]);
  });

  it('records removal of list items', () => {
    const after = { ...base, fundingLines: [] };
    expect(diffAuditValues(base, after)).toEqual([{ field: 'Funding line 1', from: '2025/26 · GMCA · £1.00', to: 'Removed' }]);
  });

  it('lists only the fields that were set when something is created', () => {
    const changes = diffAuditValues(null, { ...base, wards: [] });
    const fields = changes.map((c) => c.field);
    expect(fields).toEqual(['Code', 'Name', 'Type', 'Status', 'Lead officer', 'Start date', 'Funding line 1']);
    expect(changes.every((c) => c.from === NONE)).toBe(true);
  });

  it('shows archiving with a UK date-time and the reason', () => {
    const after = { ...base, archivedAt: '2025-07-01T13:05:00Z', archiveReason: 'Duplicate' };
    expect(diffAuditValues(base, after)).toEqual([
      { field: 'Archived', from: NONE, to: '1 Jul 2025, 14:05' },
      { field: 'Archive reason', from: NONE, to: 'Duplicate' },
    ]);
  });

  it('handles user entries and role labels', () => {
    const before = { id: 3, username: 'sam', displayName: 'Sam', role: 'leader', disabled: false };
    expect(diffAuditValues(before, { ...before, role: 'admin', disabled: true })).toEqual([
      { field: 'Role', from: 'Leader', to: 'Administrator' },
      { field: 'Disabled', from: 'No', to: 'Yes' },
    ]);
  });

  it('finds nothing when nothing changed, or when empty values only change shape', () => {
    expect(diffAuditValues(base, { ...base, revision: 9 })).toEqual([]);
    expect(diffAuditValues({ summary: '' }, { summary: null })).toEqual([]);
    expect(diffAuditValues(null, null)).toEqual([]);
  });

  it('collapses long lists of additions', () => {
    const wards = Array.from({ length: 8 }, (_, i) => ({ code: `E0500000${i}`, name: `W${i}`, verified: true }));
    const changes = diffAuditValues({ wards: [] }, { wards });
    expect(changes).toHaveLength(1);
    expect(changes[0]!.to).toBe('Added 8: W0 (E05000000), W1 (E05000001), W2 (E05000002), W3 (E05000003), W4 (E05000004) and 3 more');
  });
});

describe('labels', () => {
  it('humanises unknown keys', () => {
    expect(fieldLabel('someNewField')).toBe('Some new field');
    expect(fieldLabel('seniorResponsibleOwner')).toBe('Senior responsible owner');
  });

  it('joins short lists in words', () => {
    expect(listOf(['A'])).toBe('A');
    expect(listOf(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
