import Database from 'better-sqlite3';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateGmScaleWorkspace, GM_SCALE, GM_SCALE_PASSPHRASE, scaledCounts, workspaceContentHash, type GenerationReport } from '../../bench/gm-scale';
import { verifyAuditChain } from '../../core/audit/service';
import { checkInvariants } from '../../core/grants/invariants';
import { verifyPassphrase } from '../../core/identity/passphrase';
import { parseOrgId } from '../../core/partners/org-id';
import { isPeriodKey } from '../../core/outcomes/status/periods';
import { openWorkspaceDatabase } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';
import { rawDatabase, tempDir } from '../helpers/raw-db';

/** The GM-scale benchmark generator, at a small scale (the full size is run by hand: see bench/gm-scale/cli.ts). */
const SCALE = 0.002;
const quiet = () => {};

const TABLE_OF = { programmes: 'programmes', partners: 'partners', awards: 'awards', ledgerEntries: 'ledger_entries', observations: 'observations' } as const;

describe('GM-scale workspace generator', () => {
  let dir: string;
  let fileA: string;
  let fileB: string;
  let fileC: string;
  let reportA: GenerationReport;

  beforeAll(async () => {
    dir = tempDir('gm-scale-test-');
    fileA = join(dir, 'a.sqlite');
    fileB = join(dir, 'b.sqlite');
    fileC = join(dir, 'c.sqlite');
    reportA = await generateGmScaleWorkspace(fileA, { seed: 7, scale: SCALE, log: quiet });
    await generateGmScaleWorkspace(fileB, { seed: 7, scale: SCALE, log: quiet });
    await generateGmScaleWorkspace(fileC, { seed: 8, scale: SCALE, log: quiet });
  }, 60_000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const withFile = <T>(file: string, read: (sqlite: Database.Database) => T): T => {
    const sqlite = new Database(file, { fileMustExist: true });
    try {
      return read(sqlite);
    } finally {
      sqlite.close();
    }
  };

  it('writes GM_SCALE × scale rows of each counted table', () => {
    expect(scaledCounts(SCALE)).toEqual({ programmes: 10, partners: 40, awards: 400, ledgerEntries: 2000, observations: 2000 });
    expect(reportA.reused).toBe(false);
    for (const [key, table] of Object.entries(TABLE_OF) as Array<[keyof typeof GM_SCALE, string]>) {
      const stored = withFile(fileA, (s) => Number(s.prepare(`select count(*) from ${table}`).pluck().get()));
      expect(stored, table).toBe(reportA.counts[table]);
      expect(Math.abs(stored - GM_SCALE[key] * SCALE), table).toBeLessThanOrEqual(1);
    }
    // Ten councils: Greater Manchester, ten boroughs, their wards, and five users per council plus three.
    const areas = withFile(fileA, (s) => s.prepare('select area_type, count(*) as n from areas group by area_type order by area_type').all());
    expect(areas).toEqual([
      { area_type: 'borough', n: 10 },
      { area_type: 'combined_authority', n: 1 },
      { area_type: 'ward', n: 221 },
    ]);
    expect(reportA.counts.users).toBe(63);
  });

  it('gives byte-identical tables for the same seed, and different ones for another seed', () => {
    const a = workspaceContentHash(fileA);
    const b = workspaceContentHash(fileB);
    const c = workspaceContentHash(fileC);
    expect(b).toEqual(a);
    expect(c.sha256).not.toBe(a.sha256);
    for (const table of ['programmes', 'partners', 'awards', 'ledger_entries', 'observations']) {
      expect(c.tables[table]!.sha256, table).not.toBe(a.tables[table]!.sha256);
    }
    // Nothing comes from the clock: the reference tables are the same whatever the seed.
    expect(c.tables.areas).toEqual(a.tables.areas);
    expect(c.tables.users).toEqual(a.tables.users);
  });

  it('passes the ledger invariants, the foreign-key and integrity checks, and the audit chain', async () => {
    const workspace = await openWorkspaceDatabase(fileA);
    try {
      expect(await checkInvariants(workspace.db)).toEqual([]);
      expect(workspace.sqlite.pragma('foreign_key_check')).toEqual([]);
      expect(workspace.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(await verifyAuditChain(workspace.db)).toMatchObject({ ok: true, entries: reportA.counts.audit_log });
    } finally {
      await workspace.close();
    }
  });

  it('keeps every trigger the migrations create, and they still refuse bad writes', async () => {
    const fresh = rawDatabase();
    await migrateToLatest(fresh.db);
    const triggers = (sqlite: Database.Database) => sqlite.prepare("select name, sql from sqlite_master where type = 'trigger' order by name").all();
    const expected = triggers(fresh.sqlite);
    await fresh.db.destroy();
    expect(expected.length).toBeGreaterThanOrEqual(10);

    withFile(fileC, (sqlite) => {
      expect(triggers(sqlite)).toEqual(expected);
      sqlite.pragma('foreign_keys = ON');
      expect(() => sqlite.prepare('update ledger_entries set gross_pence = gross_pence + 1 where id = 1').run()).toThrow(/append-only/);
      expect(() => sqlite.prepare('delete from audit_log where id = 1').run()).toThrow(/append-only/);
      expect(() => sqlite.prepare('delete from observations where id = 1').run()).toThrow(/append-only/);
      const payment = sqlite.prepare("select id, award_id, instalment_id, actor_user_id from ledger_entries p where entry_type = 'payment' and not exists (select 1 from ledger_entries v where v.payment_id = p.id and v.entry_type = 'reversal') order by id limit 1").get() as { id: number; award_id: number; instalment_id: number; actor_user_id: number };
      const approveBy = (actor: number) =>
        sqlite
          .prepare("insert into ledger_entries (entry_type, award_id, instalment_id, payment_id, gross_pence, net_pence, entry_date, actor_user_id, recorded_at) values ('approval', ?, ?, ?, 0, 0, '2026-11-25', ?, '2026-11-25T12:00:00.000Z')")
          .run(payment.award_id, payment.instalment_id, payment.id, actor);
      expect(() => approveBy(payment.actor_user_id)).toThrow(/someone other than the person who recorded it/);
    });
  });

  it('gives every award instalments that add up to it, and a ledger that follows maker–checker in date order', () => {
    withFile(fileA, (sqlite) => {
      const one = (sql: string) => Number(sqlite.prepare(sql).pluck().get());
      expect(one('select count(*) from awards a where a.amount_pence <> (select coalesce(sum(i.amount_pence), 0) from instalments i where i.award_id = a.id)')).toBe(0);
      expect(one('select count(*) from awards a where not exists (select 1 from instalments i where i.award_id = a.id)')).toBe(0);
      // Approvals by someone other than the recorder; releases only after an approval; nothing after a reversal.
      expect(one("select count(*) from ledger_entries e join ledger_entries p on p.id = e.payment_id where e.entry_type = 'approval' and e.actor_user_id = p.actor_user_id")).toBe(0);
      expect(one("select count(*) from ledger_entries r where r.entry_type = 'release' and not exists (select 1 from ledger_entries a where a.payment_id = r.payment_id and a.entry_type = 'approval' and a.id < r.id)")).toBe(0);
      expect(one("select count(*) from ledger_entries e where e.entry_type in ('approval','release') and exists (select 1 from ledger_entries v where v.payment_id = e.payment_id and v.entry_type = 'reversal' and v.id < e.id)")).toBe(0);
      // Zero-transaction-cost funds: no fees; every fund within its allocation.
      expect(one('select count(*) from ledger_entries e join awards a on a.id = e.award_id join funds f on f.id = a.fund_id where f.zero_transaction_cost = 1 and (e.fee_pence <> 0 or e.gross_pence <> e.net_pence)')).toBe(0);
      expect(one("select count(*) from funds f where f.allocation_pence < (select coalesce(sum(amount_pence), 0) from awards a where a.fund_id = f.id and a.status <> 'cancelled')")).toBe(0);
      // Ids follow dates, nothing is dated after "today", and the mix of entry types is a real ledger's.
      expect(one('select count(*) from ledger_entries e join ledger_entries n on n.id = e.id + 1 where n.entry_date < e.entry_date or n.recorded_at < e.recorded_at')).toBe(0);
      expect(one("select count(*) from ledger_entries where entry_date > '2026-11-25'")).toBe(0);
      const kinds = Object.fromEntries((sqlite.prepare('select entry_type, count(*) as n from ledger_entries group by entry_type').all() as Array<{ entry_type: string; n: number }>).map((r) => [r.entry_type, r.n]));
      expect(kinds.payment).toBeGreaterThan(500);
      expect(kinds.approval).toBeGreaterThan(400);
      expect(kinds.release).toBeGreaterThan(400);
      expect(one("select count(*) from awards where status = 'active'")).toBeGreaterThan(200);
    });
  });

  it('stores valid organisation ids, period keys, ward codes and passphrase hashes', async () => {
    const { orgIds, periods, wards, hash } = withFile(fileA, (sqlite) => ({
      orgIds: sqlite.prepare('select org_id from partners').pluck().all() as string[],
      periods: sqlite.prepare('select distinct i.frequency, o.period from observations o join indicators i on i.identity_id = o.identity_id').all() as Array<{ frequency: 'monthly' | 'quarterly' | 'six_monthly' | 'annual'; period: string }>,
      wards: sqlite.prepare("select code from areas where area_type = 'ward'").pluck().all() as string[],
      hash: sqlite.prepare("select passphrase_hash from users where username = 'bolton.approver1'").pluck().get() as string,
    }));
    for (const orgId of orgIds) expect(parseOrgId(orgId)).toMatchObject({ ok: true, orgId });
    for (const { frequency, period } of periods) expect(isPeriodKey(frequency, period), `${frequency} ${period}`).toBe(true);
    for (const code of wards) expect(code).toMatch(/^E05\d{6}$/);
    expect(await verifyPassphrase(GM_SCALE_PASSPHRASE, hash)).toBe(true);
  });

  it('reuses a finished file with the same seed and scale, and refuses a file it did not write', async () => {
    const before = workspaceContentHash(fileA);
    const again = await generateGmScaleWorkspace(fileA, { seed: 7, scale: SCALE, log: quiet });
    expect(again.reused).toBe(true);
    expect(again.counts).toEqual(reportA.counts);
    expect(workspaceContentHash(fileA)).toEqual(before);

    const foreign = join(dir, 'someone-elses.sqlite');
    const plain = new Database(foreign);
    plain.exec('create table notes (text text)');
    plain.close();
    await expect(generateGmScaleWorkspace(foreign, { seed: 7, scale: SCALE, log: quiet })).rejects.toThrow(/not a GM-scale benchmark workspace/);

    const notSqlite = join(dir, 'notes.txt');
    writeFileSync(notSqlite, 'not a database');
    await expect(generateGmScaleWorkspace(notSqlite, { seed: 7, scale: SCALE, log: quiet })).rejects.toThrow();
  });
});
