import { EventEmitter } from 'node:events';
import { runDatabaseHost } from '../../../core/host/database-host';
import type { FromHost, ToHost } from '../../../core/host/protocol';
import type { UtilityProcessLike } from '../../../electron/main/database-host-process';

/**
 * A stand-in for Electron's UtilityProcess. Messages are structured-cloned both ways, as Electron
 * does. `scripted` fakes let a test answer by hand; `live` fakes run the real database host (the
 * code of core/host/host-entry.ts) in this thread behind the same message boundary.
 */
export class FakeUtilityProcess extends EventEmitter implements UtilityProcessLike {
  readonly posted: ToHost[] = [];
  exited = false;
  onPost: ((message: ToHost) => void) | null = null;

  postMessage(message: unknown): void {
    if (this.exited) throw new Error('posted to a process that has exited');
    const copy = structuredClone(message) as ToHost;
    this.posted.push(copy);
    this.onPost?.(copy);
  }

  /** The child answers. */
  reply(message: FromHost): void {
    if (!this.exited) this.emit('message', structuredClone(message));
  }

  exit(code: number): void {
    if (this.exited) return;
    this.exited = true;
    this.emit('exit', code);
  }

  kill(): boolean {
    this.exit(-1);
    return true;
  }

  requests() {
    return this.posted.filter((m): m is Extract<ToHost, { type: 'request' }> => m.type === 'request');
  }
}

/** Opens at once (replies ready), then leaves every request to the test. */
export function scriptedUtilityProcess(): FakeUtilityProcess {
  const fake = new FakeUtilityProcess();
  fake.onPost = (message) => {
    if (message.type === 'open') queueMicrotask(() => fake.reply({ type: 'ready' }));
    if (message.type === 'close') queueMicrotask(() => fake.exit(0));
  };
  return fake;
}

/** The real database host behind the fake process boundary. */
export function liveUtilityProcess(): FakeUtilityProcess {
  const fake = new FakeUtilityProcess();
  let deliver: (message: ToHost) => void = () => {};
  runDatabaseHost({
    post: (message) => setImmediate(() => fake.reply(message)),
    onMessage: (listener) => (deliver = listener),
    exit: (code) => setImmediate(() => fake.exit(code)),
  });
  fake.onPost = (message) => setImmediate(() => deliver(message));
  return fake;
}
