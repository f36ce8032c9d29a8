import { describe, expect, it } from 'vitest';
import { matrix } from '../../../core/alignment/rules/coverage';
import { fixture, link, programme } from './fixture';

const EMPTY = { programmeIds: [], count: 0, moneyPence: 0, strongest: null };

describe('matrix', () => {
  it('lays out missions with their priorities against pillars with their outcomes', () => {
    const m = matrix(fixture());
    expect(m.rows.map((r) => `${r.type}:${r.code}`)).toEqual(['mission:M-ECON', 'priority:P-SKILLS', 'mission:M-HOMES', 'priority:P-RETROFIT']);
    expect(m.columns.map((c) => `${c.type}:${c.code}`)).toEqual(['pillar:P-AS', 'outcome:O-AS-1', 'pillar:P-BR', 'outcome:O-BR-1']);
    expect(m.cells).toHaveLength(4);
    for (const row of m.cells) expect(row).toHaveLength(4);
  });

  it('fills cells with the active programmes linked to both, their confirmed money and strongest strength', () => {
    const { cells } = matrix(fixture());
    const skills = { programmeIds: [1], count: 1, moneyPence: 60_000_000, strongest: 'primary' };
    const homes = { programmeIds: [2], count: 1, moneyPence: 30_000_000, strongest: 'primary' };
    expect(cells[0]).toEqual([skills, skills, EMPTY, EMPTY]);
    expect(cells[1]).toEqual([skills, skills, EMPTY, EMPTY]);
    expect(cells[2]).toEqual([EMPTY, EMPTY, homes, homes]);
    expect(cells[3]).toEqual([EMPTY, EMPTY, EMPTY, EMPTY]);
  });

  it('rates a pair by its weaker link and a cell by its strongest pair', () => {
    const s = link(fixture(), { programmeId: 1, targetType: 'outcome', targetId: 202, strength: 'enabling' });
    link(s, { programmeId: 2, targetType: 'priority', targetId: 11, strength: 'secondary' });
    const { cells } = matrix(s);
    expect(cells[0]![2]).toEqual({ programmeIds: [1, 2], count: 2, moneyPence: 90_000_000, strongest: 'secondary' });
    expect(cells[1]![3]).toEqual({ programmeIds: [1, 2], count: 2, moneyPence: 90_000_000, strongest: 'secondary' });
    expect(cells[1]![0]).toEqual({ programmeIds: [1], count: 1, moneyPence: 60_000_000, strongest: 'primary' });
  });

  it('leaves out programmes that are not active, and places orphaned priorities and outcomes last', () => {
    const s = fixture();
    programme(s, 2).status = 'paused';
    s.priorities.push({ id: 31, code: 'P-ORPHAN', title: 'Orphan priority', missionId: 99 });
    s.outcomes.push({ id: 299, code: 'O-ES-1', title: 'Residents move into work', pillarCode: 'employment_support', accountable: false });
    const m = matrix(s);
    expect(m.rows.at(-1)).toEqual({ type: 'priority', id: 31, code: 'P-ORPHAN', title: 'Orphan priority', missionId: 99 });
    expect(m.columns.at(-1)).toEqual({ type: 'outcome', id: 299, code: 'O-ES-1', title: 'Residents move into work', pillarCode: 'employment_support' });
    expect(m.cells[2]![2]).toEqual(EMPTY);
  });
});
