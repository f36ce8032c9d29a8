import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { openWorkspaceDatabase } from '../db/connection';
import { startHttpServer } from '../core/transport/http-server';
import { createEmptyWorkspace } from '../core/workspace/service';
import { median, ms, timeRuns } from './stats';
import { seedRegister } from './seed-register';

const PROGRAMMES = 10_000;
const RUNS = 200;
const PASSPHRASE = 'timing run passphrase';

/** A filtered register page over 10,000 programmes: full HTTP API path against raw better-sqlite3. */
export async function benchRegisterPage(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'alignment-desk-bench-'));
  const workspace = await openWorkspaceDatabase(join(dir, 'bench.sqlite'));
  await createEmptyWorkspace(workspace.db, { actor: null, requestId: 'bench', channel: 'system' }, 'Benchmark Council', {
    username: 'bench',
    displayName: 'Benchmark',
    role: 'admin',
    passphrase: PASSPHRASE,
  });
  seedRegister(workspace.sqlite, PROGRAMMES);
  const server = await startHttpServer({ db: workspace.db, port: 0 });
  try {
    const signIn = await fetch(`${server.url}trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench', passphrase: PASSPHRASE }),
    });
    const token = ((await signIn.json()) as { result: { data: { token: string } } }).result.data.token;
    const filter = { search: 'growth', statuses: ['active'], types: [], wardCode: null, includeArchived: false, sortBy: 'name', sortDirection: 'asc', page: 2, pageSize: 50 };
    const url = `${server.url}trpc/programmes.list?input=${encodeURIComponent(JSON.stringify(filter))}`;

    let apiRows = 0;
    const api = await timeRuns(RUNS, async () => {
      const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      const body = (await res.json()) as { result: { data: { rows: unknown[]; total: number } } };
      apiRows = body.result.data.rows.length;
    });

    const count = workspace.sqlite.prepare(
      `select count(*) from programmes p where p.archived_at is null and p.status = 'active'
       and (lower(p.code) like ? or lower(p.name) like ? or lower(p.summary) like ?)`,
    );
    const page = workspace.sqlite.prepare(
      `select p.id, p.code, p.name, p.programme_type, p.status, p.lead_officer, p.start_date, p.end_date, p.archived_at, p.updated_at,
              coalesce(t.total, 0) as total_pence, coalesce(t.confirmed, 0) as confirmed_pence
       from programmes p
       left join (select programme_id, sum(amount_pence) as total, sum(case when certainty = 'confirmed' then amount_pence else 0 end) as confirmed
                  from programme_funding_lines group by programme_id) t on t.programme_id = p.id
       where p.archived_at is null and p.status = 'active' and (lower(p.code) like ? or lower(p.name) like ? or lower(p.summary) like ?)
       order by p.name asc, p.id asc limit 50 offset 50`,
    );
    let rawRows = 0;
    const raw = await timeRuns(RUNS, () => {
      count.pluck().get('%growth%', '%growth%', '%growth%');
      rawRows = page.all('%growth%', '%growth%', '%growth%').length;
    });
    if (rawRows !== apiRows) throw new Error(`The API returned ${apiRows} rows but raw SQL returned ${rawRows}`);

    const apiMedian = median(api);
    const rawMedian = median(raw);
    console.log(`Register page (${PROGRAMMES.toLocaleString('en-GB')} programmes, filtered + searched, page 2 of 50 rows, ${RUNS} runs)`);
    console.log(`  full HTTP API path (median):      ${ms(apiMedian)}`);
    console.log(`  raw better-sqlite3 query (median): ${ms(rawMedian)}`);
    console.log(`  ratio API / raw:                   ${(apiMedian / rawMedian).toFixed(1)}×`);
  } finally {
    await server.close();
    await workspace.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
