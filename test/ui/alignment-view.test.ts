import { describe, expect, it } from 'vitest';
import { cellShade, columnGroups, formatShare, parseTargetValue, recordLink, targetOptions, targetValue } from '../../renderer/src/alignment/alignment-view';
import { formatPenceCompact } from '../../renderer/src/format/money';
import { EMPTY_FINDINGS_FILTER, findingsInput, isFiltered, toggleSeverity } from '../../renderer/src/screens/alignment/findings-state';
import { FINDING_SEVERITIES } from '../../renderer/src/labels';

describe('alignment matrix layout', () => {
  it('groups columns by pillar, naming the group after the pillar column', () => {
    const columns = [
      { type: 'pillar' as const, code: 'P-LGP', title: 'Local growth and place', pillarCode: 'local_growth_place' as const },
      { type: 'outcome' as const, code: 'O-LGP-1', title: 'Businesses', pillarCode: 'local_growth_place' as const },
      { type: 'outcome' as const, code: 'O-LGP-2', title: 'Town centres', pillarCode: 'local_growth_place' as const },
      { type: 'pillar' as const, code: 'P-LT', title: 'Local transport', pillarCode: 'local_transport' as const },
      // An outcome whose pillar is not a column comes last, under the register's label for the pillar.
      { type: 'outcome' as const, code: 'O-BR-9', title: 'Stray', pillarCode: 'buildings_retrofit' as const },
    ];
    expect(columnGroups(columns)).toEqual([
      { pillarCode: 'local_growth_place', title: 'Local growth and place', code: 'P-LGP', start: 0, span: 3 },
      { pillarCode: 'local_transport', title: 'Local transport', code: 'P-LT', start: 3, span: 1 },
      { pillarCode: 'buildings_retrofit', title: 'Buildings retrofit', code: null, start: 4, span: 1 },
    ]);
  });

  it('shades a cell by its strongest link, and empty cells as none', () => {
    expect(cellShade({ count: 2, strongest: 'secondary' })).toBe('secondary');
    expect(cellShade({ count: 0, strongest: null })).toBe('none');
  });

  it('writes shares and short money the way the screens show them', () => {
    expect(formatShare(0.75)).toBe('75%');
    expect(formatShare(5 / 6)).toBe('83.3%');
    expect(formatShare(0.9996)).toBe('99.9%');
    expect(formatShare(0.0001)).toBe('0.1%');
    expect(formatShare(null)).toBe('No figure');
    expect(formatPenceCompact(86_435_569)).toBe('£864k');
    expect(formatPenceCompact(139_306_707)).toBe('£1.39m');
    expect(formatPenceCompact(0)).toBe('£0');
  });
});

describe('links from findings to the records they name', () => {
  const ids = new Map([[9, 41]]);
  it('opens programmes, funds, awards and indicators on their own pages', () => {
    expect(recordLink({ type: 'programme', id: 4, label: 'WGN-TOC27 Bid' }, ids)).toEqual({ href: '#/programmes/4', text: 'WGN-TOC27 Bid', note: null });
    expect(recordLink({ type: 'fund', id: 2, label: 'F1 Fund' }, ids).href).toBe('#/grants/funds/2');
    expect(recordLink({ type: 'award', id: 7, label: 'A7' }, ids).href).toBe('#/grants/awards/7');
    // Indicator records carry the identity id; the page takes the current indicator id.
    expect(recordLink({ type: 'indicator', id: 9, label: 'IS-ES-01 Starts' }, ids).href).toBe('#/indicators/41');
  });

  it('falls back to the Outcomes screen for an indicator it cannot place, and to the matrix for framework elements', () => {
    expect(recordLink({ type: 'indicator', id: 10, label: 'IS-ES-02 Into work' }, ids)).toEqual({ href: '#/outcomes', text: 'IS-ES-02 Into work', note: 'find IS-ES-02 on the Outcomes screen' });
    expect(recordLink({ type: 'indicator', id: 9, label: 'IS-ES-01 Starts' }, null).href).toBe('#/outcomes');
    expect(recordLink({ type: 'outcome', id: 9, label: 'O-LT-1 Transport' }, ids)).toEqual({ href: '#/alignment', text: 'O-LT-1 Transport', note: 'in the alignment matrix' });
    expect(recordLink({ type: 'pillar', id: 'local_transport', label: 'Local transport' }, ids).href).toBe('#/alignment');
    expect(recordLink({ type: 'mission', id: 14, label: 'M1 Fair' }, ids).href).toBe('#/alignment');
  });
});

describe('link targets', () => {
  const targets = [
    { type: 'priority' as const, frameworkCode: 'WGN-PWU', frameworkOwner: 'council' as const, code: 'M1.1', title: 'Routes into good work', parent: 'Fair' },
    { type: 'outcome' as const, frameworkCode: 'GMCA-IS', frameworkOwner: 'gmca' as const, code: 'O-ES-1', title: 'Into work', parent: 'Employment support' },
    { type: 'indicator' as const, frameworkCode: 'GMCA-IS', frameworkOwner: 'gmca' as const, code: 'IS-ES-01', title: 'Starts', parent: 'Into work' },
  ];
  it('offers the targets of one type as "CODE Title", and reads the choice back', () => {
    expect(targetOptions(targets, 'priority')).toEqual([{ value: 'WGN-PWU|M1.1', label: 'M1.1 Routes into good work' }]);
    expect(targetOptions(targets, 'indicator')).toEqual([{ value: 'GMCA-IS|IS-ES-01', label: 'IS-ES-01 Starts (GMCA-IS)' }]);
    expect(targetOptions(targets, '')).toEqual([]);
    expect(parseTargetValue(targetValue(targets[1]!))).toEqual({ frameworkCode: 'GMCA-IS', code: 'O-ES-1' });
    expect(parseTargetValue('')).toEqual({ frameworkCode: '', code: '' });
  });
});

describe('findings filter', () => {
  it('sends only the choices made', () => {
    expect(findingsInput(EMPTY_FINDINGS_FILTER)).toEqual({ status: 'all' });
    expect(findingsInput({ severities: ['high', 'low'], ruleId: 'stale-evidence', owner: 'Director of Place', status: 'open' })).toEqual({
      status: 'open',
      severity: ['high', 'low'],
      ruleId: 'stale-evidence',
      owner: 'Director of Place',
    });
    expect(isFiltered(EMPTY_FINDINGS_FILTER)).toBe(false);
    expect(isFiltered({ ...EMPTY_FINDINGS_FILTER, status: 'open' })).toBe(true);
  });

  it('keeps severities in high → medium → low order', () => {
    expect(toggleSeverity(['low'], 'high', true, FINDING_SEVERITIES)).toEqual(['high', 'low']);
    expect(toggleSeverity(['high', 'low'], 'high', false, FINDING_SEVERITIES)).toEqual(['low']);
  });
});
