import { describe, expect, it } from 'vitest';
import { hrefFor, isRouteHash, parseHash, type Route } from '../../renderer/src/routing/routes';

describe('parseHash', () => {
  it('reads every screen', () => {
    expect(parseHash('')).toEqual({ name: 'register' });
    expect(parseHash('#/register')).toEqual({ name: 'register' });
    expect(parseHash('#/programmes/12')).toEqual({ name: 'programme', id: 12 });
    expect(parseHash('#/programmes/new')).toEqual({ name: 'programme-new' });
    expect(parseHash('#/programmes/12/edit')).toEqual({ name: 'programme-edit', id: 12 });
    expect(parseHash('#/audit')).toEqual({ name: 'audit' });
    expect(parseHash('#/users')).toEqual({ name: 'users' });
    expect(parseHash('#/account')).toEqual({ name: 'account' });
    expect(hrefFor({ name: 'account' })).toBe('#/account');
  });

  it('reads the grants and partner screens', () => {
    expect(parseHash('#/grants')).toEqual({ name: 'grants' });
    expect(parseHash('#/grants/funds/3')).toEqual({ name: 'fund', id: 3 });
    expect(parseHash('#/grants/funds/3/awards/new')).toEqual({ name: 'award-new', fundId: 3 });
    expect(parseHash('#/grants/awards/17')).toEqual({ name: 'award', id: 17 });
    expect(parseHash('#/approvals')).toEqual({ name: 'approvals' });
    expect(parseHash('#/partners')).toEqual({ name: 'partners' });
    expect(parseHash('#/partners/new')).toEqual({ name: 'partner-new' });
    expect(parseHash('#/partners/4')).toEqual({ name: 'partner', id: 4 });
    expect(parseHash('#/partners/4/edit')).toEqual({ name: 'partner-edit', id: 4 });
    expect(parseHash('#/grants/funds/0').name).toBe('not-found');
    expect(parseHash('#/grants/awards').name).toBe('not-found');
    expect(parseHash('#/grants/funds/3/awards').name).toBe('not-found');
    expect(parseHash('#/grants/programmes/3').name).toBe('not-found');
    expect(parseHash('#/approvals/1').name).toBe('not-found');
  });

  it('reads the alignment screens', () => {
    expect(parseHash('#/alignment')).toEqual({ name: 'alignment' });
    expect(parseHash('#/alignment/')).toEqual({ name: 'alignment' });
    expect(parseHash('#/alignment/findings')).toEqual({ name: 'alignment-findings' });
    expect(parseHash('#/alignment/findings?severity=high')).toEqual({ name: 'alignment-findings' });
    expect(parseHash('#/alignment/matrix').name).toBe('not-found');
    expect(parseHash('#/alignment/findings/3').name).toBe('not-found');
  });

  it('refuses malformed ids and unknown paths', () => {
    expect(parseHash('#/programmes/0').name).toBe('not-found');
    expect(parseHash('#/programmes/-1').name).toBe('not-found');
    expect(parseHash('#/programmes/1e3').name).toBe('not-found');
    expect(parseHash('#/programmes/12/delete').name).toBe('not-found');
    expect(parseHash('#/nowhere').name).toBe('not-found');
  });

  it('round-trips with hrefFor', () => {
    const routes: Route[] = [
      { name: 'register' },
      { name: 'programme', id: 5 },
      { name: 'programme-new' },
      { name: 'programme-edit', id: 5 },
      { name: 'audit' },
      { name: 'users' },
      { name: 'grants' },
      { name: 'fund', id: 2 },
      { name: 'award', id: 9 },
      { name: 'award-new', fundId: 2 },
      { name: 'approvals' },
      { name: 'partners' },
      { name: 'partner', id: 3 },
      { name: 'partner-new' },
      { name: 'partner-edit', id: 3 },
      { name: 'alignment' },
      { name: 'alignment-findings' },
    ];
    for (const route of routes) expect(parseHash(hrefFor(route))).toEqual(route);
  });

  it('tells route hashes from in-page anchors', () => {
    expect(isRouteHash('#/register')).toBe(true);
    expect(isRouteHash('')).toBe(true);
    expect(isRouteHash('#main-content')).toBe(false);
  });
});
