/**
 * The alignment check, kept current without starting from zero on every call (issue 10).
 *
 * Every table the check reads has a change stamp in the database (`change_stamps`, migration 0013):
 * a trigger replaces it with a fresh random number, in the same transaction, whenever a row of that
 * table is inserted, updated or deleted. The snapshot is loaded in parts (load/snapshot.ts), each
 * keyed on the stamps of the tables it reads; each rule's findings are keyed on the parts it
 * declares it reads (Rule.reads). A call reads the stamps (one small query), reloads only the parts
 * whose stamps moved, re-runs only the rules that read them, and reuses the rest.
 *
 * What is cached here is per process, but whether it is still good is decided by the stamps in the
 * database, so several processes or worker threads, each with its own connection and its own copy,
 * all stay right. Stamps are random and never repeat, so a part cached under a stamp holds exactly
 * the data that stamp stood for, whichever connection or file it was read from.
 *
 * Findings are cached BEFORE acknowledgements are applied: acknowledgements are read from their own
 * table at request time (report.ts), and writing one changes no stamp, so acknowledging never
 * re-runs the check. Nor do sign-ins, sessions, packs, users or the audit log.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { loadFrameworks } from './load/frameworks';
import { loadAwards, loadFunds } from './load/grants';
import { loadProgrammes } from './load/programmes';
import { assembleSnapshot, loadBalanceTargets, loadLinksPart, type FrameworksPart, type LoadedSnapshot, type SnapshotParts } from './load/snapshot';
import { ALL_RULES, orderFindings, RULES_BY_ID, type Finding, type FindingRecord, type Rule, type SnapshotField } from './rules';

export type PartName = keyof SnapshotParts;

/** The tables each part of the snapshot reads (each has a change stamp). */
export const PART_TABLES: Readonly<Record<PartName, readonly string[]>> = {
  programmes: ['programmes', 'programme_funding_lines', 'programme_milestones', 'programme_areas', 'areas'],
  frameworks: ['frameworks', 'framework_versions', 'framework_elements', 'indicator_identities', 'indicators', 'indicator_targets', 'observations', 'observation_withdrawals'],
  // Links and targets are resolved through the frameworks' index, so their keys include its key too.
  links: ['alignment_links'],
  funds: ['funds', 'awards', 'award_ledger_totals'],
  awards: ['awards', 'partners', 'funds', 'programme_areas', 'areas'],
  targets: ['balance_targets'],
};

const PART_ORDER: readonly PartName[] = ['programmes', 'frameworks', 'links', 'funds', 'awards', 'targets'];

/** Which part of the snapshot each field comes from ('today' is the date the check is run for). */
const FIELD_PART: Readonly<Record<SnapshotField, PartName | 'today'>> = {
  today: 'today',
  programmes: 'programmes',
  missions: 'frameworks',
  priorities: 'frameworks',
  pillars: 'frameworks',
  outcomes: 'frameworks',
  indicators: 'frameworks',
  programmeLinks: 'links',
  indicatorLinks: 'links',
  funds: 'funds',
  awards: 'awards',
  balanceTargets: 'targets',
};

export const NOT_ASSIGNED = 'Not assigned';

/** A finding as the screens show it, before acknowledgements are applied. */
export interface CheckedFinding extends Finding {
  ruleTitle: string;
  suggestedFix: string;
  /** Who should act: the programme's lead officer or the indicator's owner. */
  owner: string;
  /** The record to open to fix it (the first record the finding names). */
  fixRecord: FindingRecord | null;
}

export interface AlignmentCheck {
  today: string;
  loaded: LoadedSnapshot;
  /** Every finding, high → medium → low, then in rule order (as runRules lists them). */
  findings: readonly CheckedFinding[];
  byKey: ReadonlyMap<string, CheckedFinding>;
  /** Everyone who owns a finding, sorted. */
  owners: readonly string[];
  /** The keys of the parts coverage and the matrix read (programmes, frameworks, links): equal keys, equal figures. */
  figuresKey: string;
  /** What building this check took: the parts it loaded and the rules it ran (the rest were reused). */
  built: { parts: PartName[]; rules: string[]; ms: number };
}

/** A small least-recently-used map; values are promises, so concurrent callers share one load. */
class Lru<V> {
  readonly #map = new Map<string, V>();
  constructor(private readonly capacity: number) {}
  get(key: string): V | undefined {
    const value = this.#map.get(key);
    if (value !== undefined) {
      this.#map.delete(key);
      this.#map.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.#map.delete(key);
    this.#map.set(key, value);
    while (this.#map.size > this.capacity) this.#map.delete(this.#map.keys().next().value!);
  }
  delete(key: string, value: V): void {
    if (this.#map.get(key) === value) this.#map.delete(key);
  }
  clear(): void {
    this.#map.clear();
  }
}

interface Entry<V> {
  promise: Promise<V>;
  settled: boolean;
}

// Two versions of each part and rule: the one in use, and the one a new write is replacing.
const parts = new Lru<Entry<unknown>>(PART_ORDER.length * 2);
const rules = new Lru<Entry<Finding[]>>(ALL_RULES.length * 2);
const checks = new Lru<Entry<AlignmentCheck>>(2);

/** Forgets everything cached in this process (tests; the stamps make it unnecessary otherwise). */
export function clearAlignmentCache(): void {
  parts.clear();
  rules.clear();
  checks.clear();
}

/**
 * The cached value for `key`, or `load()` stored under it. Inside a transaction only finished values
 * are reused: a load still running on the shared connection outside it would wait for the
 * transaction to end, and the transaction for the load.
 */
async function cached<V>(lru: Lru<Entry<V>>, key: string, inTransaction: boolean, load: () => Promise<V>, onLoad: () => void): Promise<V> {
  const hit = lru.get(key);
  if (hit && (hit.settled || !inTransaction)) return hit.promise;
  onLoad();
  const entry: Entry<V> = { promise: load(), settled: false };
  if (!hit) lru.set(key, entry);
  try {
    const value = await entry.promise;
    entry.settled = true;
    return value;
  } catch (error) {
    lru.delete(key, entry);
    throw error;
  }
}

async function readStamps(db: Kysely<DB>): Promise<Map<string, string>> {
  const rows = await db.selectFrom('change_stamps').select(['table_name', 'stamp']).execute();
  return new Map(rows.map((r) => [r.table_name, String(r.stamp)]));
}

let uncacheable = 0;

/** Each part's cache key from the stamps of its tables (and today, for the frameworks' RAG and staleness). */
function partKeys(stamps: Map<string, string>, today: string): Record<PartName, string> {
  const own = (part: PartName) =>
    PART_TABLES[part]
      .map((table) => stamps.get(table) ?? `unstamped-${++uncacheable}`) // a table without a stamp is never reused
      .join(',');
  const frameworks = `${own('frameworks')}|${today}`;
  return {
    programmes: own('programmes'),
    frameworks,
    links: `${own('links')}|${frameworks}`,
    funds: own('funds'),
    awards: own('awards'),
    targets: `${own('targets')}|${frameworks}`,
  };
}

const ruleKey = (rule: Rule, keys: Record<PartName, string>, today: string): string =>
  `${rule.id}#${[...new Set(rule.reads.map((field) => FIELD_PART[field]))]
    .sort()
    .map((part) => (part === 'today' ? today : keys[part]))
    .join('#')}`;

/**
 * The findings of the workspace as `db` sees it now, for `today`: reused whole when no stamp has
 * moved, otherwise rebuilt from the parts and rules that changed. The result is shared between callers
 * and must not be modified.
 */
export async function currentCheck(db: Kysely<DB>, today: string): Promise<AlignmentCheck> {
  const stamps = await readStamps(db);
  const keys = partKeys(stamps, today);
  const inTransaction = db.isTransaction;
  const checkKey = `${today}#${PART_ORDER.map((p) => keys[p]).join('#')}`;
  return cached(checks, checkKey, inTransaction, () => buildCheck(db, today, keys, inTransaction), () => undefined);
}

async function buildCheck(db: Kysely<DB>, today: string, keys: Record<PartName, string>, inTransaction: boolean): Promise<AlignmentCheck> {
  const started = performance.now();
  const loadedParts: PartName[] = [];
  const part = <V>(name: PartName, load: () => Promise<V>): Promise<V> =>
    cached(parts as Lru<Entry<V>>, `${name}#${keys[name]}`, inTransaction, load, () => loadedParts.push(name));
  const [programmes, frameworks, funds, awards] = await Promise.all([
    part('programmes', () => loadProgrammes(db)),
    part<FrameworksPart>('frameworks', () => loadFrameworks(db, today)),
    part('funds', () => loadFunds(db)),
    part('awards', () => loadAwards(db)),
  ]);
  const [links, targets] = await Promise.all([part('links', () => loadLinksPart(db, frameworks)), part('targets', () => loadBalanceTargets(db, frameworks))]);
  const loaded = assembleSnapshot(today, { programmes, frameworks, links, funds, awards, targets });

  const ranRules: string[] = [];
  const perRule = await Promise.all(
    ALL_RULES.map((rule) =>
      cached(rules, ruleKey(rule, keys, today), inTransaction, async () => rule.run(loaded.snapshot), () => ranRules.push(rule.id)),
    ),
  );
  const findings = checkedFindings(loaded, orderFindings(perRule));
  return {
    today,
    loaded,
    findings,
    byKey: new Map(findings.map((f) => [f.key, f])),
    owners: [...new Set(findings.map((f) => f.owner))].sort(new Intl.Collator('en-GB').compare),
    figuresKey: `${keys.programmes}#${keys.frameworks}#${keys.links}`,
    built: { parts: loadedParts, rules: ranRules, ms: performance.now() - started },
  };
}

/** The findings with their rule's title and fix, their owner and the record to fix (field by field: there can be tens of thousands). */
export function checkedFindings(loaded: LoadedSnapshot, findings: readonly Finding[]): CheckedFinding[] {
  const fundProgrammes = new Map(loaded.snapshot.funds.map((f) => [f.id, f.programmeId]));
  return findings.map((f) => {
    const rule = RULES_BY_ID.get(f.ruleId);
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      key: f.key,
      message: f.message,
      records: f.records,
      fingerprint: f.fingerprint,
      ruleTitle: rule?.title ?? f.ruleId,
      suggestedFix: rule?.suggestedFix ?? '',
      owner: ownerOf(loaded, fundProgrammes, f.records[0]),
      fixRecord: f.records[0] ?? null,
    };
  });
}

function ownerOf(loaded: LoadedSnapshot, fundProgrammes: Map<number, number>, record: FindingRecord | undefined): string {
  if (!record) return NOT_ASSIGNED;
  const { owners, index } = loaded;
  if (record.type === 'programme') return owners.leadOfficers.get(Number(record.id)) || NOT_ASSIGNED;
  if (record.type === 'fund') {
    const programmeId = fundProgrammes.get(Number(record.id));
    return (programmeId !== undefined && owners.leadOfficers.get(programmeId)) || NOT_ASSIGNED;
  }
  if (record.type === 'indicator') return index.indicatorInfo.get(Number(record.id))?.owner || NOT_ASSIGNED;
  return NOT_ASSIGNED;
}
