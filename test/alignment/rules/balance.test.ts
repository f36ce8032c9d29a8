import { describe, expect, it } from 'vitest';
import { fundingShares } from '../../../core/alignment/rules/balance';
import { fundingBalance } from '../../../core/alignment/rules/funding-balance';
import { fixture, fixtureWith, link, programme } from './fixture';

const SHARING = 'shared by link strength: primary 1, secondary 0.5, enabling 0.25';

describe('funding-balance', () => {
  it('flags a mission whose share of confirmed funding is above its target band', () => {
    const s = fixtureWith((x) => (x.balanceTargets.missions[0] = { missionId: 1, targetShare: 0.5, tolerance: 0.1 }));
    expect(fundingBalance.run(s)).toEqual([
      {
        ruleId: 'funding-balance',
        severity: 'low',
        key: 'funding-balance:mission:1',
        message:
          'Mission M-ECON ‘A thriving, inclusive economy’ receives 66.7% of the confirmed funding of active programmes linked to missions ' +
          `(£600,000.00 of £900,000.00, ${SHARING}), above the council’s target of 50% ± 10 points (40% to 60%).`,
        records: [{ type: 'mission', id: 1, label: 'M-ECON A thriving, inclusive economy' }],
        fingerprint: expect.any(String),
      },
    ]);
  });

  it('shares a programme’s money across its missions by link strength', () => {
    const s = link(fixture(), { programmeId: 1, targetType: 'mission', targetId: 2, strength: 'enabling' });
    const shares = fundingShares(s);
    expect(shares.missions.pence).toEqual(new Map([[1, 48_000_000], [2, 42_000_000]]));
    expect(shares.missions.totalPence).toBe(90_000_000);
    const findings = fundingBalance.run(s);
    expect(findings.map((f) => f.key)).toEqual(['funding-balance:mission:1', 'funding-balance:mission:2']);
    expect(findings[0]?.message).toContain('receives 53.3% of the confirmed funding of active programmes linked to missions (£480,000.00 of £900,000.00');
    expect(findings[0]?.message).toContain('below the council’s target of 65% ± 5 points (60% to 70%)');
    expect(findings[1]?.message).toContain('receives 46.7%');
  });

  it('flags pillars the same way, through the pillars of linked outcomes', () => {
    const s = fixtureWith((x) => (x.balanceTargets.pillars[0] = { pillarCode: 'adult_skills', targetShare: 0.9, tolerance: 0.05 }));
    const [finding, ...rest] = fundingBalance.run(s);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      key: 'funding-balance:pillar:adult_skills',
      message:
        'Pillar ‘Adult skills’ receives 66.7% of the confirmed funding of active programmes linked to GMCA outcomes ' +
        `(£600,000.00 of £900,000.00, ${SHARING}), below the council’s target of 90% ± 5 points (85% to 95%).`,
      records: [{ type: 'pillar', id: 'adult_skills', label: 'Adult skills' }],
    });
  });

  it('treats the edges of the band as inside it', () => {
    const s = fixtureWith((x) => (programme(x, 2).fundingLines[0]!.amountPence = 20_000_000));
    s.balanceTargets.missions = [{ missionId: 1, targetShare: 0.65, tolerance: 0.1 }, { missionId: 2, targetShare: 0.35, tolerance: 0.1 }];
    s.balanceTargets.pillars = [];
    expect(fundingBalance.run(s)).toEqual([]);
    s.balanceTargets.missions[0]!.tolerance = 0.099;
    expect(fundingBalance.run(s).map((f) => f.key)).toEqual(['funding-balance:mission:1']);
  });

  it('skips targets for unknown missions, repeated targets, and empty totals', () => {
    const s = fixture();
    s.balanceTargets.missions = [{ missionId: 1, targetShare: 0.65, tolerance: 0.05 }, { missionId: 1, targetShare: 0, tolerance: 0 }, { missionId: 99, targetShare: 1, tolerance: 0 }];
    expect(fundingBalance.run(s)).toEqual([]);
    s.programmeLinks = [];
    expect(fundingBalance.run(s)).toEqual([]);
  });
});
