import { describe, expect, it } from 'vitest';
import { ALL_RULES, RULES_BY_ID, runRules } from '../../../core/alignment/rules';
import { fixture } from './fixture';

describe('the fixture', () => {
  it('is fully aligned: no rule finds anything', () => {
    expect(runRules(fixture())).toEqual([]);
    for (const rule of ALL_RULES) expect(rule.run(fixture()), rule.id).toEqual([]);
  });

  it('is plain data that survives a JSON round trip', () => {
    const s = fixture();
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});

describe('ALL_RULES', () => {
  it('lists the eleven rules with stable kebab-case ids', () => {
    expect(ALL_RULES.map((r) => r.id)).toEqual([
      'programme-without-mission',
      'programme-without-gmca-outcome',
      'outcome-without-programme',
      'funded-outcome-without-programme',
      'pillar-mismatch',
      'red-indicator-without-progress',
      'stale-evidence',
      'geography-mismatch',
      'awards-above-confirmed-funding',
      'zero-cost-fund-not-spent',
      'funding-balance',
    ]);
    expect(RULES_BY_ID.size).toBe(ALL_RULES.length);
  });

  it.each(ALL_RULES.map((r) => [r.id, r] as const))('%s documents itself', (_id, rule) => {
    expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(rule.title.length).toBeGreaterThan(10);
    for (const sentence of [rule.purpose, rule.suggestedFix]) {
      expect(sentence).toMatch(/^[A-Z].*\.$/);
      expect(sentence.slice(0, -1)).not.toMatch(/\.\s/);
    }
    expect(['high', 'medium', 'low']).toContain(rule.severity);
  });
});
