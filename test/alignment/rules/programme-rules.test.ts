import { describe, expect, it } from 'vitest';
import { pillarMismatch } from '../../../core/alignment/rules/pillar-mismatch';
import { programmeWithoutGmcaOutcome } from '../../../core/alignment/rules/programme-without-gmca-outcome';
import { programmeWithoutMission } from '../../../core/alignment/rules/programme-without-mission';
import { fixture, fixtureWith, link, programme, unlink } from './fixture';

const SKL = { type: 'programme', id: 1, label: 'PRG-SKL Skills for Growth' };
const WRM = { type: 'programme', id: 2, label: 'PRG-WRM Warm Homes' };

describe('programme-without-mission', () => {
  it('flags an active programme with no mission or priority link', () => {
    const s = unlink(fixture(), (l) => l.id === 1);
    expect(programmeWithoutMission.run(s)).toEqual([
      {
        ruleId: 'programme-without-mission',
        severity: 'high',
        key: 'programme-without-mission:programme:1',
        message: 'Active programme PRG-SKL ‘Skills for Growth’ (confirmed funding £600,000.00) is not linked to any council mission or priority.',
        records: [SKL],
        fingerprint: expect.stringMatching(/^fp1-[0-9a-f]{14}$/),
      },
    ]);
  });

  it('does not count a link to a mission missing from the snapshot', () => {
    const s = link(unlink(fixture(), (l) => l.id === 1), { programmeId: 1, targetType: 'mission', targetId: 99, strength: 'primary' });
    expect(programmeWithoutMission.run(s).map((f) => f.key)).toEqual(['programme-without-mission:programme:1']);
  });

  it('accepts a mission reached through a council indicator of one of its priorities', () => {
    const s = link(unlink(fixture(), (l) => l.id === 1), { programmeId: 1, targetType: 'indicator', targetId: 311, strength: 'enabling' });
    expect(programmeWithoutMission.run(s)).toEqual([]);
  });

  it('ignores programmes that are not active', () => {
    const s = fixtureWith((x) => {
      unlink(x, (l) => l.programmeId === 1);
      programme(x, 1).status = 'paused';
    });
    expect(programmeWithoutMission.run(s)).toEqual([]);
  });
});

describe('programme-without-gmca-outcome', () => {
  it('flags an active programme with no GMCA outcome or indicator link', () => {
    const [finding, ...rest] = programmeWithoutGmcaOutcome.run(unlink(fixture(), (l) => l.id === 4));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'programme-without-gmca-outcome',
      severity: 'medium',
      key: 'programme-without-gmca-outcome:programme:2',
      message: 'Active programme PRG-WRM ‘Warm Homes’ (confirmed funding £300,000.00) is not linked to any GMCA outcome or indicator.',
      records: [WRM],
    });
  });

  it('does not treat a council indicator as a GMCA outcome', () => {
    const s = link(unlink(fixture(), (l) => l.id === 4), { programmeId: 2, targetType: 'indicator', targetId: 311, strength: 'primary' });
    expect(programmeWithoutGmcaOutcome.run(s).map((f) => f.key)).toEqual(['programme-without-gmca-outcome:programme:2']);
  });

  it('accepts an outcome reached through a GMCA indicator (the fixture’s PRG-WRM)', () => {
    expect(programmeWithoutGmcaOutcome.run(fixture())).toEqual([]);
  });
});

describe('pillar-mismatch', () => {
  const toRetrofit = () => fixtureWith((s) => {
    const outcomeLink = s.programmeLinks.find((l) => l.id === 2)!;
    outcomeLink.targetId = 202;
  });

  it('flags pillar money on a programme linked only to another pillar’s outcomes', () => {
    expect(pillarMismatch.run(toRetrofit())).toEqual([
      {
        ruleId: 'pillar-mismatch',
        severity: 'high',
        key: 'pillar-mismatch:programme:1:pillar:adult_skills',
        message:
          'Programme PRG-SKL ‘Skills for Growth’ draws £500,000.00 (£400,000.00 confirmed; 2025/26 and 2026/27) from the Integrated Settlement pillar ' +
          '‘Adult skills’ but contributes to no ‘Adult skills’ outcome. Its GMCA links are to the pillar ‘Buildings retrofit’.',
        records: [SKL, { type: 'pillar', id: 'adult_skills', label: 'Adult skills' }],
        fingerprint: expect.any(String),
      },
    ]);
  });

  it('checks proposed and paused programmes too, but not closed ones', () => {
    const s = toRetrofit();
    programme(s, 1).status = 'proposed';
    expect(pillarMismatch.run(s)).toHaveLength(1);
    programme(s, 1).status = 'closed';
    expect(pillarMismatch.run(s)).toEqual([]);
  });

  it('says when the programme has no GMCA links at all', () => {
    const s = unlink(fixture(), (l) => l.programmeId === 2);
    expect(pillarMismatch.run(s)[0]?.message).toContain('from the Integrated Settlement pillar ‘Buildings retrofit’ but contributes to no ‘Buildings retrofit’ outcome. It has no GMCA outcome links at all.');
  });

  it('ignores money from other sources', () => {
    const s = fixtureWith((x) => unlink(x, (l) => l.id === 2));
    programme(s, 1).fundingLines = programme(s, 1).fundingLines.filter((l) => l.source !== 'is_pillar');
    expect(pillarMismatch.run(s)).toEqual([]);
  });
});
