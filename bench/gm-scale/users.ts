import { scryptSync } from 'node:crypto';
import { COUNCILS, type Council } from './geography';
import { GM_SCALE_PASSPHRASE } from './scale';

/** The generated users: three GM-wide accounts, then per council a strategy officer, three finance officers and two approvers. */
export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: 'admin' | 'strategy_officer' | 'finance_officer' | 'finance_approver' | 'leader';
  council: Council | null;
}

export interface Staff {
  users: UserRow[];
  admin: UserRow;
  strategy: UserRow;
  byCouncil: Array<{ strategy: UserRow; officers: UserRow[]; approvers: UserRow[] }>;
}

const OFFICERS = 3;
const APPROVERS = 2;

export function buildStaff(): Staff {
  const users: UserRow[] = [];
  const add = (username: string, display_name: string, role: UserRow['role'], council: Council | null) => {
    const user = { id: users.length + 1, username, display_name, role, council };
    users.push(user);
    return user;
  };
  const admin = add('admin', 'GM Benchmark Administrator', 'admin', null);
  const strategy = add('strategy', 'GM Strategy Officer', 'strategy_officer', null);
  add('leader', 'GM Leader', 'leader', null);
  const byCouncil = COUNCILS.map((council) => {
    const s = add(`${council.key}.strategy`, `${council.name} Strategy Officer`, 'strategy_officer', council);
    const officers = Array.from({ length: OFFICERS }, (_, i) => add(`${council.key}.finance${i + 1}`, `${council.name} Finance Officer ${i + 1}`, 'finance_officer', council));
    const approvers = Array.from({ length: APPROVERS }, (_, i) => add(`${council.key}.approver${i + 1}`, `${council.name} Finance Approver ${i + 1}`, 'finance_approver', council));
    return { strategy: s, officers, approvers };
  });
  return { users, admin, strategy, byCouncil };
}

/**
 * The passphrase hash every generated user shares, in the app's format (scrypt$N$r$p$salt$key, see
 * core/identity/passphrase.ts) with a fixed salt so the file is the same on every run. Users can sign
 * in with GM_SCALE_PASSPHRASE.
 */
export function benchmarkPassphraseHash(): string {
  const [N, r, p] = [16384, 8, 1];
  const salt = Buffer.from('gm-scale-bench-salt-v1').subarray(0, 16);
  const key = scryptSync(GM_SCALE_PASSPHRASE.normalize('NFKC'), salt, 32, { N, r, p, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}
