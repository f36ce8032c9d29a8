import type { SenderFrameLike } from '../../../electron/main/trusted-sender';

/**
 * A stand-in for Electron's ipcMain/ipcRenderer pair. Like the real thing,
 * every argument and every reply goes through the structured-clone
 * algorithm, and a handler's error reaches the caller only as a message.
 */

export interface FakeInvokeEvent {
  readonly senderFrame: SenderFrameLike | null;
  readonly sender: Record<string, never>;
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

  function rendererFor(senderFrame: SenderFrameLike | null) {
    return {
      async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
        const handler = handlers.get(channel);
        if (handler === undefined) throw new Error(`No handler registered for '${channel}'`);
        const event: FakeInvokeEvent = { senderFrame, sender: {} };
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
