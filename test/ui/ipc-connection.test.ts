import { describe, expect, it, vi } from 'vitest';
import type { DesktopConnection } from '../../electron/preload/bridge-types';
import { connectionLabel, createConnectionStore, restartForNewConnection } from '../../renderer/src/api/ipc-connection';

describe('the desktop connection store', () => {
  it('starts from the bridge’s answer and follows its change events', async () => {
    let changed: (connection: DesktopConnection) => void = () => undefined;
    const bridge = {
      connection: vi.fn(async (): Promise<DesktopConnection | null> => ({ kind: 'local', file: '/w.sqlite' })),
      onConnectionChanged: vi.fn((listener: (connection: DesktopConnection) => void) => {
        changed = listener;
        return () => undefined;
      }),
    };
    const store = createConnectionStore(bridge);
    const seen: Array<DesktopConnection | null> = [];
    store.subscribe(() => seen.push(store.get()));
    await vi.waitFor(() => expect(store.get()).toEqual({ kind: 'local', file: '/w.sqlite' }));
    changed({ kind: 'server', url: 'https://desk.example.gov.uk' });
    expect(store.get()).toEqual({ kind: 'server', url: 'https://desk.example.gov.uk' });
    expect(seen).toHaveLength(2);
  });

  it('is always null in a browser', () => {
    expect(createConnectionStore(null).get()).toBeNull();
  });

  it('labels a team server only', () => {
    expect(connectionLabel({ kind: 'server', url: 'https://desk.example.gov.uk' })).toBe('Connected to https://desk.example.gov.uk');
    expect(connectionLabel({ kind: 'local', file: '/w.sqlite' })).toBeNull();
    expect(connectionLabel(null)).toBeNull();
  });

  it('after a change, drops the token before reloading', () => {
    const calls: string[] = [];
    restartForNewConnection({ clearToken: () => calls.push('clearToken'), reload: () => calls.push('reload') });
    expect(calls).toEqual(['clearToken', 'reload']);
  });
});
