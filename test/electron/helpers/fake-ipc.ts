import type { SenderFrameLike } from '../../../electron/main/trusted-sender';

/**
 * A stand-in for Electron's ipcMain/ipcRenderer pair. Like the real thing,
 * every argument and every reply goes through the structured-clone
 * algorithm, and a handler's error reaches the caller only as a message.
 */

/** The window (webContents) a message came from: it can be sent events, navigate and go. */
export interface FakeSender {
  readonly id: number;
  send(channel: string, payload: unknown): void;
  isDestroyed(): boolean;
  on(event: 'destroyed' | 'did-navigate', listener: () => void): void;
  /** Test controls. */
  navigate(): void;
  destroy(): void;
}

export interface FakeInvokeEvent {
  readonly senderFrame: SenderFrameLike | null;
  readonly sender: FakeSender;
}

type Listener = (event: FakeInvokeEvent, ...args: unknown[]) => unknown;

export const TOP_FRAME: SenderFrameLike = { url: 'app://alignment-desk/index.html', parent: null };
export const APP_IFRAME: SenderFrameLike = { url: 'app://alignment-desk/embedded.html', parent: TOP_FRAME };
export const FOREIGN_FRAME: SenderFrameLike = { url: 'https://evil.test/', parent: null };

export function createFakeIpc() {
  const handlers = new Map<string, Listener>();

  const ipcMain = {
    handle(channel: string, listener: Listener): void {
      if (handlers.has(channel)) {
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      }
      handlers.set(channel, listener);
    },
    removeHandler(channel: string): void {
      handlers.delete(channel);
    },
  };

  let nextSenderId = 1;

  function rendererFor(senderFrame: SenderFrameLike | null) {
    const listeners = new Map<string, Array<(payload: unknown) => void>>();
    const lifecycle = new Map<string, Array<() => void>>();
    let destroyed = false;
    const emit = (name: string) => [...(lifecycle.get(name) ?? [])].forEach((listener) => listener());
    const sender: FakeSender = {
      id: nextSenderId++,
      send(channel, payload) {
        if (destroyed) throw new Error('Object has been destroyed');
        const copy = structuredClone(payload);
        // Like Electron, an event reaches the renderer later, never inside the sender's call.
        setImmediate(() => (listeners.get(channel) ?? []).forEach((listener) => listener(copy)));
      },
      isDestroyed: () => destroyed,
      on(name, listener) {
        lifecycle.set(name, [...(lifecycle.get(name) ?? []), listener]);
      },
      navigate: () => emit('did-navigate'),
      destroy() {
        destroyed = true;
        emit('destroyed');
      },
    };
    return {
      sender,
      /** As preload/index.ts wraps ipcRenderer.on: the payload only. */
      on(channel: string, listener: (payload: unknown) => void): void {
        listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      },
      async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
        const handler = handlers.get(channel);
        if (handler === undefined) throw new Error(`No handler registered for '${channel}'`);
        const event: FakeInvokeEvent = { senderFrame, sender };
        let result: unknown;
        try {
          result = await handler(event, ...structuredClone(args));
        } catch (error) {
          throw new Error(`Error invoking remote method '${channel}': ${String(error)}`, { cause: error });
        }
        return structuredClone(result);
      },
    };
  }

  return { ipcMain, handlers, rendererFor };
}
