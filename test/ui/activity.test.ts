import { describe, expect, it } from 'vitest';
import { ACTIVE_WINDOW_MS, activityHeaders, noteActivity, PASSIVE_HEADER, trackActivity } from '../../renderer/src/session/activity';

describe('whether the person is using the page', () => {
  it('marks requests passive once nobody has used the page for a minute', () => {
    noteActivity(1_000_000);
    expect(activityHeaders(1_000_000 + ACTIVE_WINDOW_MS)).toEqual({});
    expect(activityHeaders(1_000_000 + ACTIVE_WINDOW_MS + 1)).toEqual({ [PASSIVE_HEADER]: '1' });
  });

  it('counts a key press or a click as use', () => {
    const listeners = new Map<string, () => void>();
    const stop = trackActivity({ addEventListener: (type, listener) => listeners.set(type, listener), removeEventListener: (type) => listeners.delete(type) });
    noteActivity(0);
    expect(activityHeaders()).toEqual({ [PASSIVE_HEADER]: '1' });
    listeners.get('keydown')!();
    expect(activityHeaders()).toEqual({});
    noteActivity(0);
    listeners.get('pointerdown')!();
    expect(activityHeaders()).toEqual({});
    stop();
    expect(listeners.size).toBe(0);
  });
});
