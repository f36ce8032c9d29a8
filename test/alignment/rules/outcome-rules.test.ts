import { describe, expect, it } from 'vitest';
import { fundedOutcomeWithoutProgramme } from '../../../core/alignment/rules/funded-outcome-without-programme';
import { outcomeWithoutProgramme } from '../../../core/alignment/rules/outcome-without-programme';
import { fixture, fixtureWith, programme, unlink } from './fixture';

const SKL = { type: 'programme', id: 1, label: 'PRG-SKL Skills for Growth' };
const AS1 = { type: 'outcome', id: 201, label: 'O-AS-1 Adults gain the skills employers need' };
const AS = { type: 'pillar', id: 'adult_skills', label: 'Adult skills' };
const pausedSkills = () => fixtureWith((s) => (programme(s, 1).status = 'paused'));

describe('outcome-without-programme', () => {
  it('flags an accountable outcome whose only contributor is not active, naming it', () => {
    expect(outcomeWithoutProgramme.run(pausedSkills())).toEqual([
      {
        ruleId: 'outcome-without-programme',
        severity: 'high',
        key: 'outcome-without-programme:outcome:201',
        message:
          'Accountable GMCA outcome O-AS-1 ‘Adults gain the skills employers need’ (pillar ‘Adult skills’) has no active programme contributing to it. ' +
          'Linked but not active: PRG-SKL ‘Skills for Growth’ (paused).',
        records: [AS1, AS, SKL],
        fingerprint: expect.any(String),
      },
    ]);
  });

  it('flags an accountable outcome nobody is linked to', () => {
    const [finding] = outcomeWithoutProgramme.run(unlink(fixture(), (l) => l.id === 4));
    expect(finding?.key).toBe('outcome-without-programme:outcome:202');
    expect(finding?.message).toBe('Accountable GMCA outcome O-BR-1 ‘Warmer, lower-carbon homes’ (pillar ‘Buildings retrofit’) has no active programme contributing to it.');
    expect(finding?.records.map((r) => r.type)).toEqual(['outcome', 'pillar']);
  });

  it('leaves outcomes with no accountable indicator alone', () => {
    const s = unlink(fixture(), (l) => l.id === 4);
    s.outcomes[1]!.accountable = false;
    expect(outcomeWithoutProgramme.run(s)).toEqual([]);
  });
});

describe('funded-outcome-without-programme', () => {
  it('flags a pillar the register draws money from with no active programme on its outcomes', () => {
    expect(fundedOutcomeWithoutProgramme.run(pausedSkills())).toEqual([
      {
        ruleId: 'funded-outcome-without-programme',
        severity: 'high',
        key: 'funded-outcome-without-programme:pillar:adult_skills',
        message:
          '£500,000.00 of Integrated Settlement funding (£400,000.00 confirmed) is drawn from pillar ‘Adult skills’ by PRG-SKL ‘Skills for Growth’ (paused), ' +
          'but no active programme is linked to any of its outcomes (O-AS-1).',
        records: [AS, AS1, SKL],
        fingerprint: expect.any(String),
      },
    ]);
  });

  it('also fires for an active programme drawing from a pillar with no outcomes in the snapshot', () => {
    const s = fixture();
    programme(s, 2).fundingLines.push({ source: 'is_pillar', pillarCode: 'employment_support', financialYear: '2025/26', amountPence: 1_234_567, certainty: 'planned' });
    const [finding, ...rest] = fundedOutcomeWithoutProgramme.run(s);
    expect(rest).toEqual([]);
    expect(finding?.key).toBe('funded-outcome-without-programme:pillar:employment_support');
    expect(finding?.message).toBe(
      '£12,345.67 of Integrated Settlement funding (£0.00 confirmed) is drawn from pillar ‘Employment support’ by PRG-WRM ‘Warm Homes’ (active), ' +
        'but the snapshot holds no outcomes for this pillar to link to.',
    );
    expect(finding?.records).toEqual([{ type: 'pillar', id: 'employment_support', label: 'Employment support' }, { type: 'programme', id: 2, label: 'PRG-WRM Warm Homes' }]);
  });

  it('ignores money on closed programmes (the fixture’s PRG-OLD draws from local transport)', () => {
    expect(fundedOutcomeWithoutProgramme.run(fixture())).toEqual([]);
  });

  it('is satisfied by any active programme on the pillar, even one not drawing the money', () => {
    const s = fixtureWith((x) => {
      programme(x, 1).status = 'proposed';
      x.programmeLinks.push({ ...x.programmeLinks[3]!, id: 9, targetType: 'outcome', targetId: 201, strength: 'enabling' });
    });
    expect(fundedOutcomeWithoutProgramme.run(s)).toEqual([]);
  });
});
