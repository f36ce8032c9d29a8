import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { currentCheck, type AlignmentCheck } from '../alignment/check';
import { todayIso } from '../outcomes/assessment';

export interface WarmReport {
  alignmentMs: number;
  /** Snapshot parts reloaded and rules re-run by this warm-up (both empty when the cache was current). */
  reloadedParts: string[];
  rerunRules: string[];
}

const seen = new WeakSet<AlignmentCheck>();

/**
 * Brings a host's caches up to date with the database, so the next screen does not pay for it: the
 * alignment check (core/alignment/check.ts) reloads only the parts whose change stamps moved and
 * re-runs only the rules that read them; when nothing moved this is one small query.
 */
export async function warmCaches(db: Kysely<DB>): Promise<WarmReport> {
  const started = performance.now();
  const check = await currentCheck(db, todayIso());
  const fresh = !seen.has(check);
  seen.add(check);
  return { alignmentMs: performance.now() - started, reloadedParts: fresh ? [...check.built.parts] : [], rerunRules: fresh ? [...check.built.rules] : [] };
}
