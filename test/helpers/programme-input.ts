/** A valid programme submission that tests can vary one field at a time. */
export function programmeInput(overrides: Record<string, unknown> = {}) {
  return {
    code: 'TST-001',
    name: 'Test programme',
    summary: 'A programme used by the tests.',
    type: 'devolved_programme' as const,
    status: 'active' as const,
    leadOfficer: 'Assistant Director, Economy',
    seniorResponsibleOwner: 'Director of Place',
    startDate: '2025-04-01',
    endDate: '2026-03-31',
    fundingLines: [
      { source: 'dwp' as const, pillarCode: null, financialYear: '2025/26', spendType: 'revenue' as const, amountPence: 120_000_000, certainty: 'confirmed' as const, note: '' },
    ],
    milestones: [{ title: 'Grants awarded', dueDate: '2025-09-30', targetValue: 11, unit: 'grants', status: 'on_track' as const, actualValue: null }],
    wardCodes: ['E05014989', 'E05015013'],
    partners: [],
    risks: [],
    sources: [],
    ...overrides,
  };
}
