import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, applyAcknowledgements, matrix, missionCoverage, pillarCoverage, programmeCoverage, runRules } from '../../../core/alignment/rules';
import type { AlignmentSnapshot } from '../../../core/alignment/rules/snapshot';
import { CERTAINTIES, FUNDING_SOURCES, MILESTONE_STATUSES, PILLARS, PROGRAMME_STATUSES } from '../../../core/programmes/vocabulary';
import { WARDS, fixture } from './fixture';

type Mutation = (s: AlignmentSnapshot) => void;

const date = fc.oneof(
  fc.integer({ min: 0, max: 1200 }).map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10)),
  fc.constantFrom('2025-02-30', 'not a date', ''),
);
const pence = fc.oneof(fc.integer({ min: 0, max: 1_000_000_000 }), fc.constantFrom(0, 1, 99));
const id = fc.constantFrom(1, 2, 3, 11, 21, 101, 201, 202, 301, 302, 311, 99);
const strength = fc.constantFrom('primary', 'secondary', 'enabling' as const);
const pick = <T>(items: T[], i: number): T | undefined => items[i % Math.max(1, items.length)];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ i: fc.nat(), status: fc.constantFrom(...PROGRAMME_STATUSES) }).map(({ i, status }) => (s: AlignmentSnapshot) => void (pick(s.programmes, i) && (pick(s.programmes, i)!.status = status))),
  fc.nat().map((i) => (s: AlignmentSnapshot) => void s.programmeLinks.splice(i % Math.max(1, s.programmeLinks.length), 1)),
  fc.record({ programmeId: id, targetType: fc.constantFrom('mission', 'priority', 'outcome', 'indicator' as const), targetId: id, strength }).map((l) => (s: AlignmentSnapshot) => {
    s.programmeLinks.push({ id: s.programmeLinks.length + 100, ...l, rationale: 'r', evidence: 'e', createdBy: 'u', createdAt: '2025-01-01T00:00:00Z' });
  }),
  fc.record({ i: fc.nat(), amount: pence, certainty: fc.constantFrom(...CERTAINTIES), source: fc.constantFrom(...FUNDING_SOURCES), pillar: fc.constantFrom(null, ...PILLARS) }).map(
    ({ i, amount, certainty, source, pillar }) => (s: AlignmentSnapshot) => void pick(s.programmes, i)?.fundingLines.push({ source, pillarCode: pillar, financialYear: '2025/26', amountPence: amount, certainty }),
  ),
  fc.record({ i: fc.nat(), rag: fc.constantFrom('red', 'amber', 'green', null), stale: fc.boolean(), start: date, end: date }).map(({ i, rag, stale, start, end }) => (s: AlignmentSnapshot) => {
    const ind = pick(s.indicators, i);
    if (ind) Object.assign(ind, { rag, stale, latestPeriodStart: start, latestPeriodEnd: end });
  }),
  fc.record({ i: fc.nat(), status: fc.constantFrom(...MILESTONE_STATUSES), due: date }).map(({ i, status, due }) => (s: AlignmentSnapshot) => {
    pick(s.programmes, i)?.milestones.push({ id: 1000 + i, title: 'm', dueDate: due, status, actualValue: null });
  }),
  fc.record({ i: fc.nat(), ward: fc.constantFrom(null, ...Object.values(WARDS)), amount: pence }).map(({ i, ward, amount }) => (s: AlignmentSnapshot) => {
    const award = pick(s.awards, i);
    if (award) Object.assign(award, { partnerWardCode: ward, amountPence: amount });
  }),
  fc.record({ i: fc.nat(), allocation: pence, awarded: pence, released: pence, end: date, ztc: fc.boolean(), programmeId: id }).map((f) => (s: AlignmentSnapshot) => {
    const target = pick(s.funds, f.i);
    if (target) Object.assign(target, { allocationPence: f.allocation, awardedPence: f.awarded, netReleasedPence: f.released, endDate: f.end, zeroTransactionCost: f.ztc, programmeId: f.programmeId });
  }),
  date.map((today) => (s: AlignmentSnapshot) => void (s.today = today)),
  fc.record({ collection: fc.constantFrom('programmes', 'missions', 'priorities', 'pillars', 'outcomes', 'indicators', 'funds', 'awards' as const), i: fc.nat() }).map(
    ({ collection, i }) => (s: AlignmentSnapshot) => void (s[collection] as unknown[]).splice(i % Math.max(1, s[collection].length), 1),
  ),
  fc.record({ share: fc.double({ min: 0, max: 1, noNaN: true }), tolerance: fc.double({ min: 0, max: 0.5, noNaN: true }), missionId: id, pillarCode: fc.constantFrom(...PILLARS) }).map(
    ({ share, tolerance, missionId, pillarCode }) => (s: AlignmentSnapshot) => {
      s.balanceTargets.missions.push({ missionId, targetShare: share, tolerance });
      s.balanceTargets.pillars.push({ pillarCode, targetShare: share, tolerance });
    },
  ),
  fc.record({ i: fc.nat(), wards: fc.subarray(Object.values(WARDS)), accountable: fc.boolean() }).map(({ i, wards, accountable }) => (s: AlignmentSnapshot) => {
    const p = pick(s.programmes, i);
    if (p) p.wardCodes = [...wards];
    const o = pick(s.outcomes, i);
    if (o) o.accountable = accountable;
  }),
);

const snapshot = fc.array(mutation, { maxLength: 15 }).map((changes) => {
  const s = fixture();
  for (const change of changes) change(s);
  return s;
});

describe('runRules on randomly broken snapshots', () => {
  it('never throws, is deterministic and leaves the snapshot alone', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        const before = JSON.stringify(s);
        const findings = runRules(s);
        expect(JSON.stringify(s)).toBe(before);
        expect(runRules(JSON.parse(before) as AlignmentSnapshot)).toEqual(findings);
        expect(runRules(s)).toEqual(findings);
      }),
      { numRuns: 300 },
    );
  });

  it('gives well-formed findings with unique keys', () => {
    const severities = new Map(ALL_RULES.map((r) => [r.id, r.severity]));
    fc.assert(
      fc.property(snapshot, (s) => {
        const findings = runRules(s);
        expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
        for (const f of findings) {
          expect(severities.get(f.ruleId)).toBe(f.severity);
          expect(f.key.startsWith(`${f.ruleId}:`)).toBe(true);
          expect(f.fingerprint).toMatch(/^fp1-[0-9a-f]{14}$/);
          expect(f.records.length).toBeGreaterThan(0);
          expect(f.message).not.toMatch(/undefined|NaN|\[object/);
        }
        const acks = findings.map((f) => ({ key: f.key, fingerprint: f.fingerprint, reason: 'ok', by: 'u', at: '2025-01-01T00:00:00Z' }));
        expect(applyAcknowledgements(findings, acks).acknowledged).toHaveLength(findings.length);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps coverage within 0–1 (or null) and the matrix the right shape', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        const scores = [...s.programmes.map((p) => programmeCoverage(s, p.id)), ...s.missions.map((m) => missionCoverage(s, m.id)), ...PILLARS.map((c) => pillarCoverage(s, c))];
        for (const c of scores) {
          if (c.value !== null) expect(c.value >= 0 && c.value <= 1).toBe(true);
          expect(c.formula.length).toBeGreaterThan(0);
        }
        const m = matrix(s);
        expect(m.cells).toHaveLength(m.rows.length);
        for (const row of m.cells) for (const cell of row) expect(cell.count).toBe(cell.programmeIds.length);
      }),
      { numRuns: 200 },
    );
  });
});
