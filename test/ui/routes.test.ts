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
  });

  it('refuses malformed ids and unknown paths', () => {
    expect(parseHash('#/programmes/0').name).toBe('not-found');
    expect(parseHash('#/programmes/-1').name).toBe('not-found');
    expect(parseHash('#/programmes/1e3').name).toBe('not-found');
    expect(parseHash('#/programmes/12/delete').name).toBe('not-found');
    expect(parseHash('#/nowhere').name).toBe('not-found');
  });

  it('round-trips with hrefFor', () => {
    const routes: Route[] = [{ name: 'register' }, { name: 'programme', id: 5 }, { name: 'programme-new' }, { name: 'programme-edit', id: 5 }, { name: 'audit' }, { name: 'users' }];
    for (const route of routes) expect(parseHash(hrefFor(route))).toEqual(route);
  });

  it('tells route hashes from in-page anchors', () => {
    expect(isRouteHash('#/register')).toBe(true);
    expect(isRouteHash('')).toBe(true);
    expect(isRouteHash('#main-content')).toBe(false);
  });
});
