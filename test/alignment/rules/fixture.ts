/**
 * A small, fully aligned snapshot that raises no findings, and helpers to break it. fixture()
 * returns a fresh object every time, so tests may mutate it freely.
 *
 * Two active programmes: PRG-SKL (adult skills; mission M-ECON via priority P-SKILLS; outcome O-AS-1
 * directly) and PRG-WRM (retrofit; mission M-HOMES directly; outcome O-BR-1 through indicator
 * IS-BR-01). A closed programme PRG-OLD draws transport money and has no links: closed programmes are
 * ignored. Confirmed funding of active programmes: £600,000 + £300,000 = £900,000, so missions and
 * pillars split 66.7% / 33.3% against targets of 65% / 35% ± 5 points.
 */
import type { AlignmentSnapshot, ProgrammeLink, SnapshotFund, SnapshotIndicator, SnapshotProgramme } from '../../../core/alignment/rules/snapshot';

const made = { rationale: 'Programme business case', evidence: 'Cabinet report, March 2025', createdBy: 'a.khan', createdAt: '2025-04-02T09:00:00Z' };
const quarterly = { frequency: 'quarterly', stale: false, dueBy: '2026-03-31', latestPeriod: '2025/26 Q2', latestPeriodStart: '2025-07-01', latestPeriodEnd: '2025-09-30' } as const;

export const WARDS = { ince: 'E05000841', pemberton: 'E05000842', abram: 'E05000843', elsewhere: 'E05000999' } as const;

export function fixture(): AlignmentSnapshot {
  return {
    today: '2025-11-15',
    programmes: [
      {
        id: 1, code: 'PRG-SKL', name: 'Skills for Growth', status: 'active', wardCodes: [WARDS.ince, WARDS.pemberton],
        fundingLines: [
          { source: 'is_pillar', pillarCode: 'adult_skills', financialYear: '2025/26', amountPence: 40_000_000, certainty: 'confirmed' },
          { source: 'council', pillarCode: null, financialYear: '2025/26', amountPence: 20_000_000, certainty: 'confirmed' },
          { source: 'is_pillar', pillarCode: 'adult_skills', financialYear: '2026/27', amountPence: 10_000_000, certainty: 'planned' },
        ],
        milestones: [
          { id: 1, title: 'First cohort enrolled', dueDate: '2025-08-31', status: 'achieved', actualValue: 120 },
          { id: 2, title: 'Second cohort enrolled', dueDate: '2026-01-31', status: 'not_started', actualValue: null },
        ],
      },
      {
        id: 2, code: 'PRG-WRM', name: 'Warm Homes', status: 'active', wardCodes: [WARDS.abram],
        fundingLines: [{ source: 'is_pillar', pillarCode: 'buildings_retrofit', financialYear: '2025/26', amountPence: 30_000_000, certainty: 'confirmed' }],
        milestones: [{ id: 3, title: 'Home surveys completed', dueDate: '2025-09-15', status: 'on_track', actualValue: 40 }],
      },
      {
        id: 3, code: 'PRG-OLD', name: 'Bus Stop Upgrades', status: 'closed', wardCodes: [],
        fundingLines: [{ source: 'is_pillar', pillarCode: 'local_transport', financialYear: '2024/25', amountPence: 5_000_000, certainty: 'confirmed' }],
        milestones: [],
      },
    ],
    missions: [
      { id: 1, code: 'M-ECON', title: 'A thriving, inclusive economy' },
      { id: 2, code: 'M-HOMES', title: 'Safe, warm homes' },
    ],
    priorities: [
      { id: 11, code: 'P-SKILLS', title: 'Residents gain skills for good work', missionId: 1 },
      { id: 21, code: 'P-RETROFIT', title: 'Homes are cheaper to heat', missionId: 2 },
    ],
    pillars: [
      { id: 101, code: 'P-AS', title: 'Adult skills', pillarCode: 'adult_skills' },
      { id: 102, code: 'P-BR', title: 'Buildings retrofit', pillarCode: 'buildings_retrofit' },
    ],
    outcomes: [
      { id: 201, code: 'O-AS-1', title: 'Adults gain the skills employers need', pillarCode: 'adult_skills', accountable: true },
      { id: 202, code: 'O-BR-1', title: 'Warmer, lower-carbon homes', pillarCode: 'buildings_retrofit', accountable: true },
    ],
    indicators: [
      { id: 301, code: 'IS-AS-01', title: 'Adults achieving a qualification', frameworkOwner: 'gmca', outcomeId: 201, priorityId: null, kind: 'accountable', rag: 'green', ...quarterly },
      { id: 302, code: 'IS-BR-01', title: 'Homes retrofitted', frameworkOwner: 'gmca', outcomeId: 202, priorityId: null, kind: 'accountable', rag: 'amber', ...quarterly },
      { id: 311, code: 'LI-SK-01', title: 'Residents starting an adult course', frameworkOwner: 'council', outcomeId: null, priorityId: 11, kind: 'contextual', rag: null, ...quarterly },
    ],
    programmeLinks: [
      { id: 1, programmeId: 1, targetType: 'priority', targetId: 11, strength: 'primary', ...made },
      { id: 2, programmeId: 1, targetType: 'outcome', targetId: 201, strength: 'primary', ...made },
      { id: 3, programmeId: 2, targetType: 'mission', targetId: 2, strength: 'primary', ...made },
      { id: 4, programmeId: 2, targetType: 'indicator', targetId: 302, strength: 'primary', ...made },
    ],
    indicatorLinks: [{ id: 1, localIndicatorId: 311, gmcaIndicatorId: 301, relation: 'contributes_to', strength: 'secondary', ...made }],
    funds: [
      { id: 1, programmeId: 1, code: 'F-SKL', name: 'Skills community grants', allocationPence: 10_000_000, endDate: '2026-03-31', zeroTransactionCost: true, awardedPence: 8_000_000, netReleasedPence: 5_000_000 },
      { id: 2, programmeId: 2, code: 'F-WRM', name: 'Warm homes small grants', allocationPence: 5_000_000, endDate: '2025-03-31', zeroTransactionCost: true, awardedPence: 5_000_000, netReleasedPence: 5_000_000 },
    ],
    awards: [
      { id: 1, fundId: 1, reference: 'AWD-0001', partnerId: 1, partnerName: 'Ince Community Learning', partnerWardCode: WARDS.ince, amountPence: 5_000_000 },
      { id: 2, fundId: 1, reference: 'AWD-0002', partnerId: 2, partnerName: 'Pemberton Skills Hub', partnerWardCode: WARDS.pemberton, amountPence: 3_000_000 },
      { id: 3, fundId: 2, reference: 'AWD-0003', partnerId: 3, partnerName: 'Warm Homes Trust', partnerWardCode: WARDS.abram, amountPence: 5_000_000 },
    ],
    balanceTargets: {
      missions: [
        { missionId: 1, targetShare: 0.65, tolerance: 0.05 },
        { missionId: 2, targetShare: 0.35, tolerance: 0.05 },
      ],
      pillars: [
        { pillarCode: 'adult_skills', targetShare: 0.65, tolerance: 0.05 },
        { pillarCode: 'buildings_retrofit', targetShare: 0.35, tolerance: 0.05 },
      ],
    },
  };
}

function find<T extends { id: number }>(items: T[], id: number, what: string): T {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Error(`fixture has no ${what} ${id}`);
  return item;
}

/** The live record inside a snapshot, to mutate in place. */
export const programme = (s: AlignmentSnapshot, id: number): SnapshotProgramme => find(s.programmes, id, 'programme');
export const indicator = (s: AlignmentSnapshot, id: number): SnapshotIndicator => find(s.indicators, id, 'indicator');
export const fund = (s: AlignmentSnapshot, id: number): SnapshotFund => find(s.funds, id, 'fund');

/** Removes the programme links matching a test. */
export function unlink(s: AlignmentSnapshot, test: (l: ProgrammeLink) => boolean): AlignmentSnapshot {
  s.programmeLinks = s.programmeLinks.filter((l) => !test(l));
  return s;
}

/** Adds a programme link with standard provenance; the id is the next free one. */
export function link(s: AlignmentSnapshot, l: Pick<ProgrammeLink, 'programmeId' | 'targetType' | 'targetId' | 'strength'>): AlignmentSnapshot {
  s.programmeLinks.push({ id: Math.max(0, ...s.programmeLinks.map((x) => x.id)) + 1, ...made, ...l });
  return s;
}

/** fixture() changed by a function, for one-line cases. */
export function fixtureWith(change: (s: AlignmentSnapshot) => void): AlignmentSnapshot {
  const s = fixture();
  change(s);
  return s;
}
