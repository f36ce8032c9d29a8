import { describe, expect, it } from 'vitest';
import { DEFAULT_REGISTER_STATE, nextSort, pageRange, registerFilter, registerListInput } from '../../renderer/src/screens/register/register-state';
import { summariseFunding } from '../../renderer/src/screens/programme/funding-summary';
import { riskScore } from '../../renderer/src/screens/programme/risk-score';

describe('register state', () => {
  it('builds the list input the API expects', () => {
    const input = registerListInput({ ...DEFAULT_REGISTER_STATE, search: '  skills ', status: 'active', wardCode: 'E05014989', page: 3 });
    expect(input).toEqual({
      search: 'skills',
      statuses: ['active'],
      types: [],
      wardCode: 'E05014989',
      includeArchived: false,
      sortBy: 'name',
      sortDirection: 'asc',
      page: 3,
      pageSize: 50,
    });
    expect(registerFilter(DEFAULT_REGISTER_STATE)).not.toHaveProperty('page');
  });

  it('flips the direction on the same column and starts money descending', () => {
    expect(nextSort(DEFAULT_REGISTER_STATE, 'name')).toEqual({ sortBy: 'name', sortDirection: 'desc' });
    expect(nextSort(DEFAULT_REGISTER_STATE, 'code')).toEqual({ sortBy: 'code', sortDirection: 'asc' });
    expect(nextSort(DEFAULT_REGISTER_STATE, 'totalPence')).toEqual({ sortBy: 'totalPence', sortDirection: 'desc' });
  });

  it('computes the "Showing 1–50 of 10,000" range', () => {
    expect(pageRange(10000, 1, 50)).toEqual({ first: 1, last: 50, pages: 200 });
    expect(pageRange(10000, 200, 50)).toEqual({ first: 9951, last: 10000, pages: 200 });
    expect(pageRange(101, 3, 50)).toEqual({ first: 101, last: 101, pages: 3 });
    expect(pageRange(0, 1, 50)).toEqual({ first: 0, last: 0, pages: 1 });
  });
});

describe('summariseFunding', () => {
  it('totals per financial year, confirmed vs planned and revenue vs capital', () => {
    const summary = summariseFunding([
      { financialYear: '2026/27', amountPence: 500, certainty: 'planned', spendType: 'capital' },
      { financialYear: '2025/26', amountPence: 100, certainty: 'confirmed', spendType: 'revenue' },
      { financialYear: '2025/26', amountPence: 29, certainty: 'planned', spendType: 'capital' },
    ]);
    expect(summary.years).toEqual([
      { financialYear: '2025/26', confirmedPence: 100, plannedPence: 29, revenuePence: 100, capitalPence: 29, totalPence: 129 },
      { financialYear: '2026/27', confirmedPence: 0, plannedPence: 500, revenuePence: 0, capitalPence: 500, totalPence: 500 },
    ]);
    expect(summary.overall).toEqual({ confirmedPence: 100, plannedPence: 529, revenuePence: 100, capitalPence: 529, totalPence: 629 });
  });

  it('is empty for no lines', () => {
    expect(summariseFunding([]).years).toEqual([]);
  });
});

describe('riskScore', () => {
  it('multiplies likelihood by impact and rates it', () => {
    expect(riskScore(1, 1)).toEqual({ score: 1, rating: 'Low' });
    expect(riskScore(2, 3)).toEqual({ score: 6, rating: 'Low' });
    expect(riskScore(2, 4)).toEqual({ score: 8, rating: 'Medium' });
    expect(riskScore(3, 5)).toEqual({ score: 15, rating: 'High' });
    expect(riskScore(5, 5)).toEqual({ score: 25, rating: 'High' });
  });
});
