import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { notFound } from '../../shared/field-errors';
import { readSettings } from '../../workspace/settings';

/** Who publishes: read from workspace settings, with Wigan's defaults when a key is absent. */
export interface PublisherSettings {
  councilName: string;
  /** org-id.guide identifier of the council itself (GB-LAE + ISO 3166-2:GB code). */
  councilOrgId: string;
  /** The council's registered 360Giving prefix, used in every grant identifier. */
  grantPrefix: string;
  department: string;
  /** Optional web address of the published file (360Giving `dataSource`). */
  dataSource: string | null;
}

export async function publisherSettings(db: Kysely<DB>): Promise<PublisherSettings> {
  const settings = await readSettings(db);
  const pick = (key: string, fallback: string) => settings[key]?.trim() || fallback;
  const dataSource = settings.grants_data_source?.trim() ?? '';
  return {
    councilName: pick('council_name', 'Wigan Council'),
    councilOrgId: pick('council_org_id', 'GB-LAE-WGN'),
    grantPrefix: pick('grant_prefix', 'wigan'),
    department: pick('grants_department', 'Strategy and Innovation'),
    dataSource: dataSource && URL.canParse(dataSource) ? dataSource : null,
  };
}

/**
 * One movement of money out of (or back into) a fund, derived from the append-only ledger:
 * a release sends a payment; a reversal of a released payment and a clawback bring money back.
 * Amounts are signed integer pence: positive for a release, negative for a reversal or clawback.
 */
export interface Movement {
  kind: 'release' | 'reversal' | 'clawback';
  /** The ledger entry that moved the money (the release, reversal or clawback entry). */
  entryId: number;
  awardId: number;
  paymentId: number | null;
  date: string;
  grossPence: number;
  feePence: number;
  netPence: number;
  paymentReference: string;
  reason: string;
  /** A release whose payment was reversed afterwards (its reversal is a movement of its own). */
  reversedLater: boolean;
}

export interface ExportArea {
  code: string;
  name: string;
}

export interface ExportAward {
  id: number;
  reference: string;
  title: string;
  purpose: string;
  amountPence: number;
  awardDate: string;
  plannedStart: string;
  plannedEnd: string;
  route: string;
  status: string;
  partner: { id: number; name: string; orgId: string | null; charityNumber: string | null; companyNumber: string | null; ward: ExportArea | null };
  fund: { id: number; code: string; name: string; zeroTransactionCost: boolean };
  areas: ExportArea[];
  movements: Movement[];
  /** Net released to date: releases − reversals of released payments − clawbacks. */
  netReleasedPence: number;
  /** Latest change to the award or its ledger, as a full ISO date-time. */
  lastModified: string;
}

export interface ExportData {
  publisher: PublisherSettings;
  fund: { id: number; code: string; name: string } | null;
  awards: ExportAward[];
}

/** Everything the grant exports need, for one fund or (fundId null) every fund, awards in reference order. */
export async function loadExportData(db: Kysely<DB>, fundId: number | null): Promise<ExportData> {
  const fund = fundId === null ? null : await db.selectFrom('funds').select(['id', 'code', 'name']).where('id', '=', fundId).executeTakeFirst();
  if (fundId !== null && !fund) throw notFound('That fund');
  let query = db
    .selectFrom('awards as a')
    .innerJoin('partners as p', 'p.id', 'a.partner_id')
    .innerJoin('funds as f', 'f.id', 'a.fund_id')
    .leftJoin('areas as w', 'w.code', 'p.ward_code')
    .selectAll('a')
    .select(['p.name as partner_name', 'p.org_id', 'p.charity_number', 'p.company_number', 'p.ward_code', 'w.name as ward_name'])
    .select(['f.code as fund_code', 'f.name as fund_name', 'f.zero_transaction_cost']);
  if (fundId !== null) query = query.where('a.fund_id', '=', fundId);
  const rows = await query.orderBy('a.reference').execute();
  // Filter by fund in SQL (never a list of award ids: every fund at once can be 200,000 awards,
  // past SQLite's limit on bound variables), then group by award in one pass.
  let areaQuery = db
    .selectFrom('award_areas as aa')
    .innerJoin('areas as ar', 'ar.code', 'aa.area_code')
    .innerJoin('awards as a', 'a.id', 'aa.award_id')
    .select(['aa.award_id', 'ar.code', 'ar.name']);
  if (fundId !== null) areaQuery = areaQuery.where('a.fund_id', '=', fundId);
  const areasByAward = groupBy(await areaQuery.orderBy('ar.code').execute(), (a) => a.award_id);
  const { movements, lastRecorded } = await loadMovements(db, fundId);
  const movementsByAward = groupBy(movements, (m) => m.awardId);
  const awards = rows.map((r): ExportAward => {
    const own = movementsByAward.get(r.id) ?? [];
    const recorded = lastRecorded.get(r.id);
    return {
      id: r.id,
      reference: r.reference,
      title: r.title,
      purpose: r.purpose,
      amountPence: r.amount_pence,
      awardDate: r.award_date,
      plannedStart: r.planned_start,
      plannedEnd: r.planned_end,
      route: r.route,
      status: r.status,
      partner: {
        id: r.partner_id,
        name: r.partner_name,
        orgId: r.org_id,
        charityNumber: r.charity_number?.trim() || null,
        companyNumber: r.company_number?.trim() || null,
        ward: r.ward_code ? { code: r.ward_code, name: r.ward_name ?? r.ward_code } : null,
      },
      fund: { id: r.fund_id, code: r.fund_code, name: r.fund_name, zeroTransactionCost: r.zero_transaction_cost === 1 },
      areas: (areasByAward.get(r.id) ?? []).map((a) => ({ code: a.code, name: a.name })),
      movements: own,
      netReleasedPence: own.reduce((t, m) => t + m.grossPence, 0),
      lastModified: recorded && recorded > r.updated_at ? recorded : r.updated_at,
    };
  });
  const publisher = await publisherSettings(db);
  return { publisher, fund: fund ?? null, awards };
}

/** Replays the ledger in entry order and keeps only the entries that moved money. */
async function loadMovements(db: Kysely<DB>, fundId: number | null) {
  let query = db.selectFrom('ledger_entries as e').selectAll('e');
  if (fundId !== null) query = query.where('e.award_id', 'in', (sub) => sub.selectFrom('awards').select('id').where('fund_id', '=', fundId));
  const entries = await query.orderBy('e.id').execute();
  const payments = new Map<number, (typeof entries)[number]>();
  const releases = new Map<number, Movement>();
  const movements: Movement[] = [];
  const lastRecorded = new Map<number, string>();
  for (const e of entries) {
    if (e.recorded_at > (lastRecorded.get(e.award_id) ?? '')) lastRecorded.set(e.award_id, e.recorded_at);
    const payment = e.payment_id === null ? undefined : payments.get(e.payment_id);
    const base = { entryId: e.id, awardId: e.award_id, paymentId: e.payment_id, date: e.entry_date, reason: e.reason, reversedLater: false };
    if (e.entry_type === 'payment') payments.set(e.id, e);
    else if (e.entry_type === 'release' && payment) {
      const release: Movement = { ...base, kind: 'release', grossPence: payment.gross_pence, feePence: payment.fee_pence, netPence: payment.net_pence, paymentReference: payment.reference };
      releases.set(payment.id, release);
      movements.push(release);
    } else if (e.entry_type === 'reversal' && payment && releases.has(payment.id)) {
      releases.get(payment.id)!.reversedLater = true;
      movements.push({ ...base, kind: 'reversal', grossPence: -e.gross_pence, feePence: -e.fee_pence, netPence: -e.net_pence, paymentReference: payment.reference });
    } else if (e.entry_type === 'clawback') {
      movements.push({ ...base, kind: 'clawback', grossPence: -e.gross_pence, feePence: -e.fee_pence, netPence: -e.net_pence, paymentReference: e.reference });
    }
  }
  return { movements, lastRecorded };
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

/** Pounds as a JSON number from integer pence: pence / 100 is the nearest double to the exact 2-dp value. */
export function pounds(pence: number): number {
  if (!Number.isSafeInteger(pence)) throw new Error(`Not a whole number of pence: ${pence}`);
  return pence / 100;
}
