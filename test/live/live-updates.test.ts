import { describe, expect, it } from 'vitest';
import { invalidateFor, rootsFor, ROOTS_BY_CHANGE_TYPE } from '../../renderer/src/api/live-changes';

const change = (type: string) => ({ type, id: '1', action: `${type}.update` });

describe('which cached answers a change refreshes', () => {
  it('a payment refreshes grants money wherever it shows, and the audit log', () => {
    expect([...rootsFor([change('payment')])!].sort()).toEqual(['alignment', 'audit', 'grants', 'packs', 'partners']);
    expect([...rootsFor([change('programme'), change('indicator')])!].sort()).toEqual(['alignment', 'audit', 'grants', 'outcomes', 'packs', 'programmes']);
  });

  it('an unknown record type, or "too much changed", refreshes everything', () => {
    expect(rootsFor([change('payment'), change('something_new')])).toBeNull();
    expect(rootsFor(null)).toBeNull();
  });

  it('knows every record type the services write to the audit log', async () => {
    const { execSync } = await import('node:child_process');
    const written = new Set(execSync(`grep -rhoE "entityType: '[a-z_]+'" core`, { encoding: 'utf8' }).match(/'[a-z_]+'/g)!.map((t) => t.slice(1, -1)));
    for (const extra of ['correction', 'client_address']) written.add(extra); // written through a variable
    expect([...written].filter((type) => !(type in ROOTS_BY_CHANGE_TYPE))).toEqual([]);
  });

  it('invalidates the matching roots by their key prefix, or everything', async () => {
    const calls: unknown[] = [];
    const client = { invalidateQueries: async (filters?: { queryKey: readonly unknown[] }) => void calls.push(filters ?? 'everything') };
    await invalidateFor(client, rootsFor([change('briefing_pack')]), (root) => [[root]]);
    expect(calls).toEqual([{ queryKey: [['audit']] }, { queryKey: [['packs']] }]);
    calls.length = 0;
    await invalidateFor(client, rootsFor([change('mystery')]), (root) => [[root]]);
    expect(calls).toEqual(['everything']);
  });
});
