import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configureConnection, openWorkspaceDatabase } from '../db/connection';
import { nowIso } from '../core/shared/clock';
import { WARDS } from '../core/geography/wigan-areas';
import { commitObservations, previewObservations } from '../core/outcomes/import/observations-import';
import { createEmptyWorkspace } from '../core/workspace/service';

const ROWS = 100_000;

/** 100,000 distinct observations: 40 indicators × 25 wards × 100 monthly periods. */
function rowsCsv(): string {
  const lines = ['framework,indicator,period,area_code,value,status,source_note,commentary'];
  let n = 0;
  for (let indicator = 1; indicator <= 40 && n < ROWS; indicator++) {
    for (const ward of WARDS) {
      for (let month = 0; month < 100 && n < ROWS; month++, n++) {
        const year = 2018 + Math.floor(month / 12);
        const period = `${year}-${String((month % 12) + 1).padStart(2, '0')}`;
        lines.push(`BENCH,IND-${indicator},${period},${ward.code},${(n * 7919) % 1000},final,,`);
      }
    }
  }
  return lines.join('\n');
}

/** Observations import through the service (preview + one-transaction commit) against raw inserts. */
export async function benchObservationsImport(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'alignment-desk-bench-import-'));
  const workspace = await openWorkspaceDatabase(join(dir, 'bench.sqlite'));
  try {
    const who = { actor: null, requestId: 'bench', channel: 'system' as const };
    await createEmptyWorkspace(workspace.db, who, 'Benchmark Council', { username: 'bench', displayName: 'Bench', role: 'admin', passphrase: 'timing run passphrase' });
    const sqlite = workspace.sqlite;
    const framework = sqlite.prepare("insert into frameworks (code, title, owner, created_at) values ('BENCH', 'Benchmark', 'council', ?)").run(nowIso()).lastInsertRowid;
    const version = sqlite
      .prepare("insert into framework_versions (framework_id, label, status, from_financial_year, created_at) values (?, 'v1', 'published', '2025/26', ?)")
      .run(framework, nowIso()).lastInsertRowid;
    for (let i = 1; i <= 40; i++) {
      const identity = sqlite.prepare('insert into indicator_identities (framework_id, code) values (?, ?)').run(framework, `IND-${i}`).lastInsertRowid;
      sqlite
        .prepare("insert into indicators (identity_id, version_id, title, kind, unit, polarity, frequency, geography_level) values (?, ?, ?, 'accountable', 'count', 'higher_is_better', 'monthly', 'ward')")
        .run(identity, version, `Indicator ${i}`);
    }
    const csv = rowsCsv();
    const file = { filename: 'bench.csv', format: 'csv' as const, base64: Buffer.from(csv).toString('base64') };

    const started = performance.now();
    const preview = await previewObservations(workspace.db, file);
    const result = await commitObservations(workspace.db, who, file, preview.fileHash);
    const serviceSeconds = (performance.now() - started) / 1000;
    if (result.added !== ROWS) throw new Error(`Expected ${ROWS} rows added, got ${result.added}`);

    // The same rows inserted straight into a fresh table with synchronous=FULL, in one transaction.
    const raw = new Database(join(dir, 'raw.sqlite'));
    configureConnection(raw, join(dir, 'raw.sqlite'));
    raw.exec('create table observations (identity_id integer, period text, area_code text, revision integer, value real, status text, source_note text, commentary text, recorded_at text) strict');
    const insert = raw.prepare('insert into observations values (?, ?, ?, 1, ?, ?, ?, ?, ?)');
    const parsed = csv.split('\n').slice(1).map((line) => line.split(','));
    const rawStarted = performance.now();
    raw.transaction(() => {
      for (const c of parsed) insert.run(Number(c[1]!.slice(4)), c[2], c[3], Number(c[4]), c[5], c[6], c[7], nowIso());
    })();
    const rawSeconds = (performance.now() - rawStarted) / 1000;
    raw.close();

    const serviceRate = ROWS / serviceSeconds;
    const rawRate = ROWS / rawSeconds;
    console.log(`Observations import (${ROWS.toLocaleString('en-GB')} rows, CSV → preview → one-transaction commit)`);
    console.log(`  through the service:        ${Math.round(serviceRate).toLocaleString('en-GB')} rows/s (${serviceSeconds.toFixed(2)} s)`);
    console.log(`  raw better-sqlite3 inserts: ${Math.round(rawRate).toLocaleString('en-GB')} rows/s (${rawSeconds.toFixed(2)} s)`);
    console.log(`  ratio raw / service:        ${(rawRate / serviceRate).toFixed(1)}×`);
  } finally {
    await workspace.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
