/**
 * Test-only database host: the real runDatabaseHost behind a port that understands one extra header,
 * `x-test-host`. `block:<ms>` holds the thread synchronously for that long before the request is
 * handled (as a long better-sqlite3 call would); `crash` ends the thread at once, mid-request.
 */
import { parentPort } from 'node:worker_threads';
import { runDatabaseHost } from '../../core/host/database-host';
import type { ToHost } from '../../core/host/protocol';

const port = parentPort!;
runDatabaseHost({
  post: (message) => port.postMessage(message),
  onMessage: (listener) =>
    port.on('message', (message: ToHost) => {
      const hint = message.type === 'request' ? message.request.headers['x-test-host'] : undefined;
      if (hint === 'crash') process.exit(3);
      const block = /^block:(\d+)$/.exec(hint ?? '');
      if (block) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(block[1]));
      listener(message);
    }),
  exit: (code) => {
    process.exitCode = code;
    port.close();
  },
});
