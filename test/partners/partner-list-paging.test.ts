import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../../core/shared/paging';
import { testWorkspace, type Caller, type TestWorkspace } from '../helpers/workspace';
import { partnerInput, refusal } from './partner-input';

/**
 * partners.list pages, sorts and filters in the database (issue 10): the GM-scale directory has
 * 20,000 partners, so the screen asks for one page and the server says how many match in all.
 * Seven partners here, with every due-diligence standing, three types and two wards (and none).
 */
let ws: TestWorkspace;
let finance: Caller;
const ids = new Map<string, number>();
const INCE = 'E05015000';
const ABRAM = 'E05014989';

const seed: Array<{ name: string; type: 'cio' | 'community_group' | 'social_enterprise'; ward: string | null; dd: 'valid' | 'expired' | 'missing'; expires?: string }> = [
  { name: 'Alder Street Food Bank', type: 'cio', ward: INCE, dd: 'valid', expires: '2099-05-01' },
  { name: 'Birchwood Youth Club', type: 'community_group', ward: ABRAM, dd: 'expired', expires: '2020-02-01' },
  { name: 'Canal Side Gardeners', type: 'community_group', ward: null, dd: 'missing' },
  { name: 'Dockland Credit Union', type: 'social_enterprise', ward: INCE, dd: 'valid', expires: '2098-01-01' },
  { name: 'elm tree befriending', type: 'cio', ward: ABRAM, dd: 'missing' },
  { name: 'Fernhollow Pathways', type: 'cio', ward: INCE, dd: 'expired', expires: '2021-07-01' },
  { name: 'Gorse Hill Men’s Shed', type: 'community_group', ward: ABRAM, dd: 'valid', expires: '2097-03-01' },
];

beforeAll(async () => {
  ws = await testWorkspace();
  finance = await ws.as('finance_officer');
  for (const [index, p] of seed.entries()) {
    const { partner } = await finance.partners.create(partnerInput({ name: p.name, organisationType: p.type, wardCode: p.ward, charityNumber: `10900${10 + index}` }));
    ids.set(p.name, partner.id);
    if (p.expires) {
      // An older check first, so the standing must come from the latest one.
      await finance.partners.recordDueDiligence({ partnerId: partner.id, checks: ['accounts'], checkedBy: 'Grants officer', checkedOn: '2019-01-01', expiresOn: p.dd === 'valid' ? '2020-01-01' : '2099-01-01', notes: '' });
      await finance.partners.recordDueDiligence({ partnerId: partner.id, checks: ['accounts'], checkedBy: 'Grants officer', checkedOn: '2019-06-01', expiresOn: p.expires, notes: '' });
    }
  }
  // An archived partner is left out unless asked for.
  const { partner } = await finance.partners.create(partnerInput({ name: 'Hollins Archive Trust', charityNumber: '1090099' }));
  ids.set('Hollins Archive Trust', partner.id);
  await finance.partners.archive({ id: partner.id, reason: 'Closed' });
});
afterAll(() => ws.close());

const names = (page: { rows: Array<{ name: string }> }) => page.rows.map((r) => r.name);

describe('partners.list paging', () => {
  it('returns one page with the total, the last page short, and nothing past the end', async () => {
    const first = await finance.partners.list({ page: { offset: 0, limit: 3 } });
    expect(first).toMatchObject({ total: 7, offset: 0, limit: 3, withoutValidDueDiligence: 4 });
    expect(names(first)).toEqual(['Alder Street Food Bank', 'Birchwood Youth Club', 'Canal Side Gardeners']);
    expect(names(await finance.partners.list({ page: { offset: 3, limit: 3 } }))).toEqual(['Dockland Credit Union', 'elm tree befriending', 'Fernhollow Pathways']);
    const last = await finance.partners.list({ page: { offset: 6, limit: 3 } });
    expect(names(last)).toEqual(['Gorse Hill Men’s Shed']);
    expect(last.total).toBe(7);
    const beyond = await finance.partners.list({ page: { offset: 9, limit: 3 } });
    expect(beyond).toMatchObject({ rows: [], total: 7, offset: 9 });
  });

  it('defaults to 50 a page and refuses more than the cap', async () => {
    expect(await finance.partners.list({})).toMatchObject({ offset: 0, limit: 50, total: 7 });
    const refused = await refusal(finance.partners.list({ page: { offset: 0, limit: MAX_PAGE_SIZE + 1 } }));
    expect(refused.code).toBe('BAD_REQUEST');
  });

  it('sorts on the server by name (case-insensitive), type, ward and due diligence, either way', async () => {
    expect(names(await finance.partners.list({ sortBy: 'name', sortDirection: 'desc', page: { offset: 0, limit: 2 } }))).toEqual(['Gorse Hill Men’s Shed', 'Fernhollow Pathways']);
    const byType = await finance.partners.list({ sortBy: 'type' });
    expect(byType.rows.map((r) => r.organisationType)).toEqual(['cio', 'cio', 'cio', 'community_group', 'community_group', 'community_group', 'social_enterprise']);
    const byWard = await finance.partners.list({ sortBy: 'ward' });
    expect(byWard.rows.map((r) => r.wardName)).toEqual([null, 'Abram', 'Abram', 'Abram', 'Ince', 'Ince', 'Ince']);
    // Missing first, then by the latest check's expiry; descending puts the longest-valid first.
    const byStanding = await finance.partners.list({ sortBy: 'dueDiligence' });
    expect(names(byStanding)).toEqual(['Canal Side Gardeners', 'elm tree befriending', 'Birchwood Youth Club', 'Fernhollow Pathways', 'Gorse Hill Men’s Shed', 'Dockland Credit Union', 'Alder Street Food Bank']);
    expect(names(await finance.partners.list({ sortBy: 'dueDiligence', sortDirection: 'desc', page: { offset: 0, limit: 1 } }))).toEqual(['Alder Street Food Bank']);
  });

  it('filters on the server by search, type, ward, standing and archive, counting every match', async () => {
    const valid = await finance.partners.list({ dueDiligence: 'valid' });
    expect(valid).toMatchObject({ total: 3, withoutValidDueDiligence: 0 });
    expect(valid.rows.every((r) => r.dueDiligence.status === 'valid')).toBe(true);
    const expired = await finance.partners.list({ dueDiligence: 'expired', page: { offset: 1, limit: 1 } });
    expect(expired).toMatchObject({ total: 2, withoutValidDueDiligence: 2 });
    expect(names(expired)).toEqual(['Fernhollow Pathways']);
    expect(expired.rows[0]!.dueDiligence).toEqual({ status: 'expired', expiresOn: '2021-07-01', checkedOn: '2019-06-01' });
    expect(names(await finance.partners.list({ dueDiligence: 'missing' }))).toEqual(['Canal Side Gardeners', 'elm tree befriending']);
    const ince = await finance.partners.list({ wardCode: INCE, organisationType: 'cio' });
    expect(ince).toMatchObject({ total: 2, withoutValidDueDiligence: 1 });
    expect(names(ince)).toEqual(['Alder Street Food Bank', 'Fernhollow Pathways']);
    expect(names(await finance.partners.list({ search: 'BEFRIEND' }))).toEqual(['elm tree befriending']);
    expect(names(await finance.partners.list({ search: '1090013' }))).toEqual(['Dockland Credit Union']);
    expect(await finance.partners.list({ search: 'no such partner' })).toMatchObject({ rows: [], total: 0, withoutValidDueDiligence: 0 });
    expect(await finance.partners.list({ dueDiligence: 'valid', wardCode: null, search: 'Canal' })).toMatchObject({ rows: [], total: 0 });
    const withArchived = await finance.partners.list({ includeArchived: true, search: 'Trust' });
    expect(withArchived.rows).toMatchObject([{ name: 'Hollins Archive Trust', archived: true }]);
  });
});

describe('partners.options (pickers)', () => {
  it('searches active partners on the server, at most `limit`, with the chosen ones first', async () => {
    const all = await finance.partners.options({});
    expect(all.total).toBe(7);
    expect(all.rows).toHaveLength(7);
    const two = await finance.partners.options({ limit: 2 });
    expect(two).toMatchObject({ total: 7 });
    expect(names(two)).toEqual(['Alder Street Food Bank', 'Birchwood Youth Club']);
    const search = await finance.partners.options({ search: 'gorse' });
    expect(search).toMatchObject({ total: 1, rows: [{ name: 'Gorse Hill Men’s Shed', dueDiligence: { status: 'valid' } }] });
    // A form holding an archived partner can still name it.
    const held = await finance.partners.options({ search: 'gorse', ids: [ids.get('Hollins Archive Trust')!] });
    expect(held.rows.map((r) => [r.name, r.archived])).toEqual([
      ['Hollins Archive Trust', true],
      ['Gorse Hill Men’s Shed', false],
    ]);
    expect(await finance.partners.options({ search: 'no such partner' })).toEqual({ rows: [], total: 0 });
    expect((await refusal(finance.partners.options({ limit: 51 }))).code).toBe('BAD_REQUEST');
  });
});
