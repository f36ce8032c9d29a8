import { describe, expect, it } from 'vitest';
import { redIndicatorWithoutProgress } from '../../../core/alignment/rules/red-indicator-without-progress';
import { staleEvidence } from '../../../core/alignment/rules/stale-evidence';
import type { AlignmentSnapshot } from '../../../core/alignment/rules/snapshot';
import { fixture, fixtureWith, indicator, programme, unlink } from './fixture';

const SKL = { type: 'programme', id: 1, label: 'PRG-SKL Skills for Growth' };

/** IS-AS-01 goes Red for 2025/26 Q2 (1 Jul–30 Sep 2025); PRG-SKL's milestone due 31 Aug is then set as given. */
const redWith = (milestoneStatus: 'missed' | 'at_risk' | 'achieved' | 'on_track', dueDate = '2025-08-31'): AlignmentSnapshot =>
  fixtureWith((s) => {
    indicator(s, 301).rag = 'red';
    Object.assign(programme(s, 1).milestones[0]!, { status: milestoneStatus, dueDate });
  });

describe('red-indicator-without-progress', () => {
  it('flags a Red indicator whose contributing programme has no progress due in the period', () => {
    expect(redIndicatorWithoutProgress.run(redWith('missed'))).toEqual([
      {
        ruleId: 'red-indicator-without-progress',
        severity: 'high',
        key: 'red-indicator-without-progress:indicator:301',
        message:
          'Indicator IS-AS-01 ‘Adults achieving a qualification’ is Red for 2025/26 Q2 (1 July 2025 to 30 September 2025), and its contributing programme ' +
          'PRG-SKL ‘Skills for Growth’ has no milestone achieved or on track due in that period (1 milestone due: 1 missed).',
        records: [{ type: 'indicator', id: 301, label: 'IS-AS-01 Adults achieving a qualification' }, SKL],
        fingerprint: expect.any(String),
      },
    ]);
  });

  it('does not count progress due outside the period', () => {
    const [finding] = redIndicatorWithoutProgress.run(redWith('achieved', '2025-10-01'));
    expect(finding?.message).toContain('(no milestones due)');
  });

  it.each([
    ['achieved', '2025-08-31'],
    ['on_track', '2025-07-01'],
    ['achieved', '2025-09-30'],
  ] as const)('accepts a milestone %s due %s (period edges count)', (status, due) => {
    expect(redIndicatorWithoutProgress.run(redWith(status, due))).toEqual([]);
  });

  it('leaves a Red indicator with no contributing programme to outcome-without-programme', () => {
    const s = unlink(redWith('missed'), (l) => l.programmeId === 1);
    expect(redIndicatorWithoutProgress.run(s)).toEqual([]);
  });

  it('ignores indicators that are not Red', () => {
    const s = redWith('missed');
    indicator(s, 301).rag = 'amber';
    expect(redIndicatorWithoutProgress.run(s)).toEqual([]);
  });
});

const staleSkills = () =>
  fixtureWith((s) => Object.assign(indicator(s, 311), { stale: true, latestPeriod: '2024/25 Q4', dueBy: '2025-09-30', latestPeriodStart: '2025-01-01', latestPeriodEnd: '2025-03-31' }));

describe('stale-evidence', () => {
  it('flags an overdue indicator that an active programme relies on', () => {
    expect(staleEvidence.run(staleSkills())).toEqual([
      {
        ruleId: 'stale-evidence',
        severity: 'medium',
        key: 'stale-evidence:indicator:311',
        message:
          'Indicator LI-SK-01 ‘Residents starting an adult course’ was last reported for 2024/25 Q4; the next quarterly figure was due by 30 September 2025. ' +
          'It is evidence for PRG-SKL ‘Skills for Growth’.',
        records: [{ type: 'indicator', id: 311, label: 'LI-SK-01 Residents starting an adult course' }, SKL],
        fingerprint: expect.any(String),
      },
    ]);
  });

  it('follows a local → GMCA indicator link to the programmes behind the GMCA indicator', () => {
    const s = unlink(staleSkills(), (l) => l.id === 1);
    expect(staleEvidence.run(s).map((f) => f.key)).toEqual(['stale-evidence:indicator:311']);
    s.indicatorLinks = [];
    expect(staleEvidence.run(s)).toEqual([]);
  });

  it('says so when there are no figures at all', () => {
    const s = staleSkills();
    Object.assign(indicator(s, 311), { latestPeriod: null, dueBy: null });
    expect(staleEvidence.run(s)[0]?.message).toBe('Indicator LI-SK-01 ‘Residents starting an adult course’ has no figures recorded. It is evidence for PRG-SKL ‘Skills for Growth’.');
  });

  it('ignores stale indicators only inactive programmes rely on, and up-to-date ones', () => {
    const s = staleSkills();
    programme(s, 1).status = 'closed';
    expect(staleEvidence.run(s)).toEqual([]);
    expect(staleEvidence.run(fixture())).toEqual([]);
  });
});
