import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKysely, openWorkspaceDatabase, type Workspace } from '../../db/connection';
import { verifyAuditChain } from '../../core/audit/service';
import { DEMO_PASSPHRASE } from '../../core/demo/data';
import { startHttpServer, type RunningServer } from '../../core/transport/http-server';
import { BackupVerificationError, integrityCheckOffThread, verifyBackupFile, WorkspaceBackups } from '../../core/workspace/backup';
import { openDemoWorkspace } from '../../core/workspace/service';
import { createCallerFactory } from '../../core/trpc/init';
import { appRouter } from '../../core/router';
import { tempDir } from '../helpers/raw-db';

let dir: string;
let backupDir: string;
let workspace: Workspace;
let backups: WorkspaceBackups;
let server: RunningServer;

beforeAll(async () => {
  dir = tempDir();
  backupDir = tempDir('alignment-desk-backups-');
  workspace = await openWorkspaceDatabase(join(dir, 'workspace.sqlite'));
  await openDemoWorkspace(workspace.db, { actor: null, requestId: 'test-setup', channel: 'system' });
  backups = new WorkspaceBackups({ source: workspace.sqlite, directory: backupDir });
  server = await startHttpServer({ db: workspace.db, port: 0, backups, logError: () => {} });
}, 60_000);
afterAll(async () => {
  await server.close();
  backups.close();
  await workspace.close();
});

async function signIn(username: string): Promise<string> {
  const res = await fetch(`${server.url}trpc/auth.signIn`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, passphrase: DEMO_PASSPHRASE }) });
  return ((await res.json()) as { result: { data: { token: string } } }).result.data.token;
}

async function requestBackup(token: string) {
  const res = await fetch(`${server.url}trpc/workspace.backup`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{}' });
  return { status: res.status, body: (await res.json()) as { result?: { data: { downloadPath: string; fileName: string; bytes: number; sha256: string; integrity: string; auditHead: string; auditEntries: number } }; error?: { data: { code: string } } } };
}

const ledgerRows = (sqlite: Database.Database) => sqlite.prepare('select * from ledger_entries order by id').all();

describe('backing up from browser mode', () => {
  it('an admin downloads a verified backup over HTTP holding the same ledger and a verifying audit chain', async () => {
    const token = await signIn('admin');
    const offer = await requestBackup(token);
    expect(offer.status).toBe(200);
    const made = offer.body.result!.data;
    expect(made).toMatchObject({ integrity: 'ok', fileName: expect.stringMatching(/^alignment-desk-backup-\d{4}-\d{2}-\d{2}\.sqlite$/), downloadPath: expect.stringMatching(/^\/backup\/[A-Za-z0-9_-]+$/) });

    const res = await fetch(new URL(made.downloadPath, server.url), { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${made.fileName}"`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.length).toBe(made.bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(sha256).toBe(made.sha256);
    expect(res.headers.get('x-backup-sha256')).toBe(sha256);

    const file = join(dir, made.fileName);
    writeFileSync(file, bytes);
    const copy = new Database(file, { readonly: true, fileMustExist: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = ledgerRows(copy);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows).toEqual(ledgerRows(workspace.sqlite));
      const db = createKysely(copy);
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
      expect(copy.prepare('select hash from audit_log order by id desc limit 1').pluck().get()).toBe(made.auditHead);
    } finally {
      copy.close();
    }

    // The backup is audited with the head it carries and the file's SHA-256.
    const entry = workspace.sqlite.prepare("select actor_username, after_json from audit_log where action = 'workspace.backup' order by id desc limit 1").get() as { actor_username: string; after_json: string };
    expect(entry.actor_username).toBe('admin');
    expect(JSON.parse(entry.after_json)).toMatchObject({ auditHead: made.auditHead, sha256, bytes: made.bytes, integrity: 'ok' });

    // Once only; the temporary copy is gone.
    expect((await fetch(new URL(made.downloadPath, server.url), { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
    expect(readdirSync(backupDir)).toEqual([]);
  }, 60_000);

  it('non-admins are refused: FORBIDDEN for the procedure, 403 for the download; no token gets 401', async () => {
    const finance = await signIn('finance');
    const refused = await requestBackup(finance);
    expect(refused.status).toBe(403);
    expect(refused.body.error!.data.code).toBe('FORBIDDEN');

    const admin = await signIn('admin');
    const made = (await requestBackup(admin)).body.result!.data;
    const url = new URL(made.downloadPath, server.url);
    expect((await fetch(url, { headers: { authorization: `Bearer ${finance}` } })).status).toBe(403);
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${admin}` } })).status).toBe(405);
    // Still there for its admin after the refusals.
    expect((await fetch(url, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(200);
  }, 60_000);

  it('is refused where no backup capability is wired (the desktop uses File → Back up workspace)', async () => {
    const { signIn: signInService } = await import('../../core/identity/service');
    const { actorForToken } = await import('../../core/identity/sessions');
    const session = await signInService(workspace.db, 'test', 'desktop', 'admin', DEMO_PASSPHRASE);
    const actor = (await actorForToken(workspace.db, session.token))!;
    const caller = createCallerFactory(appRouter)({ db: workspace.db, actor, channel: 'desktop', requestId: 'test-desktop' });
    await expect(caller.workspace.backup()).rejects.toMatchObject({ code: 'PRECONDITION_FAILED', message: expect.stringContaining('File → Back up workspace') });
  });

  it('a copy whose audit chain does not verify is not offered', async () => {
    const file = join(dir, 'tampered.sqlite');
    await workspace.sqlite.backup(file);
    const raw = new Database(file);
    const triggers = raw.prepare("select name from sqlite_master where type = 'trigger' and tbl_name = 'audit_log'").pluck().all() as string[];
    for (const name of triggers) raw.exec(`drop trigger "${name}"`);
    raw.exec("update audit_log set actor_username = 'someone-else' where id = 3");
    raw.close();
    await expect(verifyBackupFile(file)).rejects.toThrow(BackupVerificationError);
  });

  it('the integrity check (run off the main thread) reports a damaged file, so it is never offered', async () => {
    const file = join(dir, 'damaged.sqlite');
    const raw = new Database(file);
    raw.exec('create table t (id integer primary key, v text); create index t_v on t (v);');
    const insert = raw.prepare('insert into t (v) values (?)');
    raw.transaction(() => {
      for (let i = 0; i < 5000; i++) insert.run(`value ${i}`);
    })();
    raw.close();
    expect(await integrityCheckOffThread(file)).toBe('ok');
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 6); // scribble over one page
    closeSync(fd);
    await expect(verifyBackupFile(file)).rejects.toThrow(BackupVerificationError);
  });
});
