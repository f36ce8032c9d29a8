import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRouter } from '../../core/router';
import { ROLES } from '../../core/shared/roles';

/**
 * The README's "Procedures by role" table is the manual's promise of who may do what. This test reads
 * it and the roles each procedure names in code (`.meta({ roles })`), and names every row and procedure
 * where they differ, so README and code cannot drift apart again. Procedures not yet in the table are
 * not judged here (test/core/roles.test.ts already requires every procedure to name its roles).
 */

interface TableRow {
  line: number;
  what: string;
  procedures: string[];
  roles: string[];
}

export function parseProceduresTable(markdown: string): { columns: string[]; rows: TableRow[] } {
  const lines = markdown.split('\n');
  const heading = lines.findIndex((l) => /^#{2,4} Procedures by role\s*$/.test(l));
  if (heading < 0) throw new Error('README has no "Procedures by role" heading');
  const start = lines.findIndex((l, i) => i > heading && l.startsWith('|'));
  const cells = (l: string) => l.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
  const header = cells(lines[start]!);
  const columns = header.slice(2).map((c) => c.replace(/`/g, ''));
  const rows: TableRow[] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) {
    const [what, procedures, ...ticks] = cells(lines[i]!);
    rows.push({
      line: i + 1,
      what: what!,
      procedures: [...procedures!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!),
      roles: columns.filter((_, c) => ticks[c] === '✓'),
    });
  }
  return { columns, rows };
}

type ProcedureDef = { _def: { meta?: { roles?: readonly string[]; public?: boolean } } };

/** Every disagreement between the table and the router, in words. */
export function disagreements(rows: readonly TableRow[], procedures: Record<string, ProcedureDef>): string[] {
  const problems: string[] = [];
  const seen = new Map<string, TableRow>();
  const order = (roles: readonly string[]) => ROLES.filter((r) => roles.includes(r));
  for (const row of rows) {
    if (row.procedures.length === 0) problems.push(`README line ${row.line} ("${row.what}") names no procedures`);
    for (const path of row.procedures) {
      const earlier = seen.get(path);
      if (earlier) problems.push(`${path} is in two rows: "${earlier.what}" and "${row.what}"`);
      seen.set(path, row);
      const procedure = procedures[path];
      if (!procedure) {
        problems.push(`README line ${row.line} ("${row.what}") names ${path}, which the API does not have`);
        continue;
      }
      if (procedure._def.meta?.public) {
        problems.push(`${path} needs no session, but README line ${row.line} ("${row.what}") lists it by role`);
        continue;
      }
      const inCode = order(procedure._def.meta?.roles ?? []);
      const inReadme = order(row.roles);
      if (inCode.join() !== inReadme.join()) {
        problems.push(`README line ${row.line} ("${row.what}"): ${path} allows [${inCode.join(', ')}] in code, but the README says [${inReadme.join(', ')}]`);
      }
    }
  }
  return problems;
}

const readme = readFileSync(resolve(__dirname, '..', '..', 'README.md'), 'utf8');
const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;

describe('README and code agree on roles', () => {
  it('the table has one column per role, in order', () => {
    expect(parseProceduresTable(readme).columns).toEqual([...ROLES]);
  });

  it('every procedure in the README "Procedures by role" table allows exactly the roles ticked', () => {
    const { rows } = parseProceduresTable(readme);
    expect(rows.length).toBeGreaterThan(10);
    expect(disagreements(rows, procedures)).toEqual([]);
  });

  it('separation of duties: only strategy officers publish versions and set balance targets; only admins manage users and back up', () => {
    const roles = (path: string) => procedures[path]?._def.meta?.roles ?? [];
    expect(roles('outcomes.publish')).toEqual(['strategy_officer']);
    expect(roles('alignment.setBalanceTarget')).toEqual(['strategy_officer']);
    for (const path of ['users.create', 'users.changeRole', 'users.setDisabled', 'users.resetPassphrase', 'workspace.backup']) expect(roles(path), path).toEqual(['admin']);
  });

  it('reports a disagreement by row and procedure', () => {
    const sample = `### Procedures by role\n\n| what | procedures | ${ROLES.map((r) => `\`${r}\``).join(' | ')} |\n|---|---|${'---|'.repeat(ROLES.length)}\n| publish | \`outcomes.publish\` | ✓ | ✓ |  |  |  |\n| ghost | \`outcomes.nothing\` | ✓ |  |  |  |  |\n`;
    const { rows } = parseProceduresTable(sample);
    const fake: Record<string, ProcedureDef> = { 'outcomes.publish': { _def: { meta: { roles: ['strategy_officer'] } } } };
    expect(disagreements(rows, fake)).toEqual([
      'README line 5 ("publish"): outcomes.publish allows [strategy_officer] in code, but the README says [admin, strategy_officer]',
      'README line 6 ("ghost") names outcomes.nothing, which the API does not have',
    ]);
  });
});
