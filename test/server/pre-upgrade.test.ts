import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKysely, openConfiguredConnection } from '../../db/connection';
import { migrateTo } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { PRE_UPGRADE_PREFIX, SCHEDULED_PREFIX } from '../../core/server/backups';
import { loadConfig } from '../../core/server/config';
import { startTeamServer } from '../../core/server/team-server';
import { tempDir } from '../helpers/raw-db';
import { freePort, memoryLogger } from './fixtures';

/** A workspace left at an older migration level is backed up (verified) before the server upgrades it. */
describe('team server start on a workspace that needs migrations', () => {
  it('makes a verified pre-upgrade backup at the old level, then migrates, then serves', async () => {
    const dir = tempDir('alignment-desk-upgrade-');
    const workspace = join(dir, 'workspace.sqlite');
    const names = Object.keys(migrations);
    const older = names[9]!; // 0010: the first ten only
    const sqlite = openConfiguredConnection(workspace);
    const db = createKysely(sqlite);
    await migrateTo(db, older);
    sqlite.prepare("insert into users (username, display_name, role, passphrase_hash, created_at, updated_at) values ('ada', 'Ada', 'admin', 'x', 't', 't')").run();
    await db.destroy();

    const port = await freePort();
    const log = memoryLogger();
    const config = loadConfig({
      env: { ALIGNMENT_DESK_PORT: String(port), ALIGNMENT_DESK_PUBLIC_URLS: `http://localhost:${port}`, ALIGNMENT_DESK_WORKSPACE: workspace, ALIGNMENT_DESK_READERS: '0', ALIGNMENT_DESK_BACKUP_EVERY_HOURS: '0' },
    });
    const team = await startTeamServer(config, { logger: log.logger, staticDir: null });
    try {
      const files = readdirSync(config.backups.folder);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(new RegExp(`^${PRE_UPGRADE_PREFIX}\\d{4}-\\d\\d-\\d\\dT[\\d-]+Z-at-${older}\\.sqlite$`));
      expect(files.some((name) => name.startsWith(SCHEDULED_PREFIX))).toBe(false);
      // The copy is the workspace as it was: ten migrations, Ada, and it passes the integrity check.
      const copy = new Database(join(config.backups.folder, files[0]!), { readonly: true });
      expect(copy.prepare('select count(*) from kysely_migration').pluck().get()).toBe(10);
      expect(copy.prepare('select username from users').pluck().all()).toEqual(['ada']);
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      copy.close();
      // The workspace itself is now at the latest level, and ready.
      expect(await team.pool.health()).toMatchObject({ migrations: names.length, pendingMigrations: 0 });
      const messages = log.lines().map((line) => line.msg);
      expect(messages.indexOf('Pre-upgrade backup made and verified')).toBeGreaterThan(-1);
      expect(messages.indexOf('Pre-upgrade backup made and verified')).toBeLessThan(messages.indexOf('Workspace migrations applied'));
      expect(log.lines().find((line) => line.msg === 'Workspace migrations applied')).toMatchObject({ applied: names.length - 10, from: older, to: names.at(-1) });
    } finally {
      await team.stop();
    }
    // A second start finds nothing to migrate and makes no further backup.
    const again = await startTeamServer(config, { logger: memoryLogger().logger, staticDir: null });
    await again.stop();
    expect(readdirSync(config.backups.folder)).toHaveLength(1);
  }, 120_000);
});
