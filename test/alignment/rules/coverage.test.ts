import { describe, expect, it } from 'vitest';
import { missionCoverage, pillarCoverage, programmeCoverage } from '../../../core/alignment/rules/coverage';
import { fixture, fixtureWith, programme, unlink } from './fixture';

describe('programmeCoverage', () => {
  it('counts the two checks', () => {
    expect(programmeCoverage(fixture(), 1)).toEqual({ value: 1, numerator: 2, denominator: 2, formula: 'linked to a council mission and a GMCA outcome: 2 of 2 checks = 100%' });
    expect(programmeCoverage(unlink(fixture(), (l) => l.id === 2), 1)).toEqual({
      value: 0.5,
      numerator: 1,
      denominator: 2,
      formula: 'linked to a council mission and a GMCA outcome: 1 of 2 checks = 50% (missing: a GMCA outcome)',
    });
    expect(programmeCoverage(unlink(fixture(), (l) => l.programmeId === 2), 2).formula).toBe(
      'linked to a council mission and a GMCA outcome: 0 of 2 checks = 0% (missing: a council mission and a GMCA outcome)',
    );
  });

  it('gives no figure for a programme not in the snapshot', () => {
    expect(programmeCoverage(fixture(), 99)).toEqual({ value: null, numerator: 0, denominator: 0, formula: 'programme 99 is not in the snapshot: no figure' });
  });
});

describe('missionCoverage', () => {
  it('counts priorities with an active programme linked', () => {
    expect(missionCoverage(fixture(), 1)).toEqual({
      value: 1,
      numerator: 1,
      denominator: 1,
      formula: 'priorities of this mission with at least one active programme linked ÷ all its priorities = 1 ÷ 1 = 100%',
    });
  });

  it('does not let a link to the mission itself cover a priority (PRG-WRM links to M-HOMES only)', () => {
    expect(missionCoverage(fixture(), 2)).toEqual({
      value: 0,
      numerator: 0,
      denominator: 1,
      formula: 'priorities of this mission with at least one active programme linked ÷ all its priorities = 0 ÷ 1 = 0% (not yet covered: P-RETROFIT)',
    });
  });

  it('gives no figure for a mission with no priorities', () => {
    expect(missionCoverage(fixture(), 99)).toMatchObject({ value: null, formula: 'priorities of this mission with at least one active programme linked ÷ all its priorities = 0 ÷ 0: no figure (no priorities recorded for this mission)' });
  });
});

describe('pillarCoverage', () => {
  const head = 'confirmed funding drawn from ‘Adult skills’ by active programmes linked to one of its outcomes ÷ all confirmed funding drawn from ‘Adult skills’ by programmes not closed';

  it('measures confirmed pillar money on active, linked programmes against all live pillar money', () => {
    expect(pillarCoverage(fixture(), 'adult_skills')).toEqual({ value: 1, numerator: 40_000_000, denominator: 40_000_000, formula: `${head} = £400,000.00 ÷ £400,000.00 = 100%` });
  });

  it('counts money on a proposed programme as the gap', () => {
    const s = fixtureWith((x) => {
      x.programmes.push({ ...programme(x, 2), id: 4, code: 'PRG-NEW', name: 'Skills Pilot', status: 'proposed', fundingLines: [{ source: 'is_pillar', pillarCode: 'adult_skills', financialYear: '2025/26', amountPence: 8_000_000, certainty: 'confirmed' }] });
    });
    expect(pillarCoverage(s, 'adult_skills')).toEqual({ value: 40 / 48, numerator: 40_000_000, denominator: 48_000_000, formula: `${head} = £400,000.00 ÷ £480,000.00 = 83.3%` });
  });

  it('gives no figure when nothing confirmed is drawn (only the closed PRG-OLD draws local transport)', () => {
    expect(pillarCoverage(fixture(), 'local_transport')).toMatchObject({ value: null, numerator: 0, denominator: 0 });
    expect(pillarCoverage(fixture(), 'local_transport').formula).toMatch(/= £0\.00 ÷ £0\.00: no figure \(no confirmed funding drawn from this pillar\)$/);
  });
});
