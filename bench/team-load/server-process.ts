import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Connection } from './client';
import { freePort } from '../../test/helpers/free-port';

const ROOT = resolve(__dirname, '..', '..');

export interface TeamServerProcessOptions {
  workspace: string;
  /** TLS certificate and key files (PEM); the client trusts `ca` only. */
  certFile: string;
  keyFile: string;
  ca: string;
  backupFolder: string;
  /** Where the config file and the server's log go. */
  workDir: string;
  readers?: number;
  /** How long a start may take (opening a GM-scale workspace, migrations, warming). */
  startTimeoutMs?: number;
}

export interface TeamServerProcess {
  url: string;
  /** The server's JSON log lines so far (stdout and stderr). */
  log(): string;
  /** kill -9: no shutdown, no checkpoint, in the middle of whatever it was doing. */
  killHard(): Promise<void>;
  /** Starts it again on the same port and file; resolves once /readyz answers 200. */
  restart(): Promise<void>;
  /** SIGTERM: graceful shutdown; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * The team server as its own process (`alignment-desk-server`, scripts/alignment-desk-server.mjs), over HTTPS on 127.0.0.1 with a
 * certificate the caller made, so a test or the bench can kill it with SIGKILL and start it again.
 */
export async function startTeamServerProcess(options: TeamServerProcessOptions): Promise<TeamServerProcess> {
  const port = await freePort();
  const url = `https://localhost:${port}/`;
  const configFile = join(options.workDir, 'team-server.json');
  writeFileSync(
    configFile,
    JSON.stringify(
      {
        listen: { host: '127.0.0.1', port },
        publicUrls: [url.replace(/\/$/, '')],
        tls: { certFile: options.certFile, keyFile: options.keyFile },
        workspace: options.workspace,
        backups: { folder: options.backupFolder, everyHours: 0, keep: 3 },
        readers: options.readers ?? 2,
        logLevel: 'info',
      },
      null,
      2,
    ),
  );
  let output = '';
  let child: ChildProcess | null = null;
  const connection = new Connection(url, options.ca, 4);

  const start = async () => {
    // The package's own command, in one process (tsx's CLI would put the server in a child process,
    // out of reach of a kill -9 aimed at it).
    const proc = spawn(process.execPath, [join(ROOT, 'scripts', 'alignment-desk-server.mjs'), '--config', configFile], {
      cwd: ROOT,
      env: { ...process.env, ALIGNMENT_DESK_CONFIG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    proc.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    proc.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = new Promise<never>((_, reject) => proc.once('exit', (code) => reject(new Error(`The team server exited (${code}) while starting:\n${output.slice(-2000)}`))));
    const deadline = Date.now() + (options.startTimeoutMs ?? 180_000);
    const ready = (async () => {
      while (Date.now() < deadline) {
        try {
          const answer = await connection.send('GET', '/readyz', {}, null, 'readyz');
          if (answer.status === 200) return;
        } catch {
          // not listening yet
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`The team server did not become ready in time:\n${output.slice(-2000)}`);
    })();
    await Promise.race([ready, exited]);
    proc.removeAllListeners('exit');
  };

  const exitOf = (proc: ChildProcess) => new Promise<number | null>((resolveExit) => (proc.exitCode !== null || proc.signalCode !== null ? resolveExit(proc.exitCode) : proc.once('exit', (code) => resolveExit(code))));

  await start();
  return {
    url,
    log: () => output,
    async killHard() {
      const proc = child!;
      proc.kill('SIGKILL');
      await exitOf(proc);
    },
    restart: start,
    async stop() {
      const proc = child!;
      proc.kill('SIGTERM');
      const code = await exitOf(proc);
      connection.close();
      return code;
    },
  };
}
