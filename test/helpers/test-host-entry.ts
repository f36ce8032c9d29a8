/**
 * Test-only database host: the real runDatabaseHost behind a port that understands one extra header,
 * `x-test-host`. `hold:<file>` holds the thread synchronously until that file exists (at most 60 s)
 * before the request is handled, as a long better-sqlite3 call would; `crash` ends the thread at
 * once, mid-request.
 */
import { existsSync } from 'node:fs';
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
      const hold = /^hold:(.+)$/.exec(hint ?? '');
      const sleeper = new Int32Array(new SharedArrayBuffer(4));
      for (let waited = 0; hold && !existsSync(hold[1]!) && waited < 60_000; waited += 10) Atomics.wait(sleeper, 0, 0, 10);
      listener(message);
    }),
  exit: (code) => {
    process.exitCode = code;
    port.close();
  },
});
