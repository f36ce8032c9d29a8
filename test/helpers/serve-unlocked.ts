/**
 * Test-only: opens a workspace file and serves /trpc on a free loopback port WITHOUT the workspace
 * lock that browser mode takes, so a test can run two server processes on one file on purpose.
 * Prints one JSON line `{"url": ...}` when listening; stops on SIGTERM or when stdin closes.
 */
import { openWorkspaceDatabase } from '../../db/connection';
import { startHttpServer } from '../../core/transport/http-server';

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx test/helpers/serve-unlocked.ts FILE');
  const workspace = await openWorkspaceDatabase(file);
  const server = await startHttpServer({ db: workspace.db, port: 0, logError: (id, path, error) => console.error(`[${id}] ${path ?? '?'}:`, error) });
  process.stdout.write(`${JSON.stringify({ url: server.url, pid: process.pid })}\n`);
  const stop = async () => {
    await server.close();
    await workspace.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
