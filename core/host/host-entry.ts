/**
 * Entry of a database host process or thread (built as out/main/database-host.js; run from source
 * under tsx in development and tests). In an Electron utility process the port is
 * `process.parentPort`; in a worker thread it is worker_threads' `parentPort`.
 */
import { parentPort } from 'node:worker_threads';
import { runDatabaseHost } from './database-host';
import type { FromHost, HostPort, ToHost } from './protocol';

/** Electron's utility-process port (typed here so core needs nothing from electron). */
interface UtilityParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

function hostPort(): HostPort {
  const utility = (process as unknown as { parentPort?: UtilityParentPort }).parentPort;
  if (utility) {
    return {
      post: (message: FromHost) => utility.postMessage(message),
      onMessage: (listener) => utility.on('message', (event) => listener(event.data as ToHost)),
      exit: (code) => process.exit(code),
    };
  }
  if (parentPort) {
    const port = parentPort;
    return {
      post: (message: FromHost) => port.postMessage(message),
      onMessage: (listener) => port.on('message', (message: ToHost) => listener(message)),
      // Ends this thread only; closing the port lets the thread finish its last message first.
      exit: (code) => {
        process.exitCode = code;
        port.close();
      },
    };
  }
  throw new Error('The database host must run in a worker thread or an Electron utility process.');
}

runDatabaseHost(hostPort());
