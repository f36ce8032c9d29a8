import type { Kysely, Selectable } from 'kysely';
import type { DB, PartnerDueDiligenceTable } from '../../db/schema';
import type { AuditActor } from '../trpc/context';
import { appendAudit } from '../audit/service';
import { nowIso } from '../shared/clock';
import { fieldError, notFound } from '../shared/field-errors';
import type { RecordDueDiligenceInput } from './schemas';
import { DUE_DILIGENCE_CHECKS, type DueDiligenceCheck, type DueDiligenceState } from './vocabulary';

/**
 * Due diligence on partners. Rows are append-only: a new check (or a correction) is a new row, and
 * the partner's standing comes from the latest check by date, ties going to the later entry.
 * A check is valid up to the day before `expiresOn`; on that day it has expired.
 */
export interface DueDiligenceStatus {
  status: DueDiligenceState;
  expiresOn: string | null;
  checkedOn: string | null;
}

export interface DueDiligenceRecord {
  id: number;
  partnerId: number;
  checks: DueDiligenceCheck[];
  checkedBy: string;
  checkedOn: string;
  expiresOn: string;
  notes: string;
  recordedAt: string;
  recordedBy: number | null;
}

type Row = Selectable<PartnerDueDiligenceTable>;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2026-03-03 → "3 Mar 2026" (fixed month names: ICU's en-GB now writes "Sept"). */
export function formatDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[month! - 1]} ${year}`;
}

/** Today's date in the UK, written YYYY-MM-DD. */
export function londonToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function toRecord(row: Row): DueDiligenceRecord {
  const checks = JSON.parse(row.checks_json) as DueDiligenceCheck[];
  return {
    id: row.id,
    partnerId: row.partner_id,
    checks,
    checkedBy: row.checked_by,
    checkedOn: row.checked_on,
    expiresOn: row.expires_on,
    notes: row.notes,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
  };
}

/** Every check on a partner, latest first. */
export async function dueDiligenceHistory(db: Kysely<DB>, partnerId: number): Promise<DueDiligenceRecord[]> {
  const rows = await db
    .selectFrom('partner_due_diligence')
    .selectAll()
    .where('partner_id', '=', partnerId)
    .orderBy('checked_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toRecord);
}

/** The standing a check gives on a day: missing when there is none. */
export function statusFrom(latest: { checked_on: string; expires_on: string } | undefined, today: string): DueDiligenceStatus {
  if (!latest) return { status: 'missing', expiresOn: null, checkedOn: null };
  return { status: today < latest.expires_on ? 'valid' : 'expired', expiresOn: latest.expires_on, checkedOn: latest.checked_on };
}

export async function dueDiligenceStatus(db: Kysely<DB>, partnerId: number, today: string): Promise<DueDiligenceStatus> {
  const latest = await db
    .selectFrom('partner_due_diligence')
    .select(['checked_on', 'expires_on'])
    .where('partner_id', '=', partnerId)
    .orderBy('checked_on', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return statusFrom(latest, today);
}

/** Refuses (BAD_REQUEST, shown against partnerId) unless the partner's due diligence is valid today. */
export async function assertDueDiligenceValid(db: Kysely<DB>, partnerId: number, today: string): Promise<void> {
  const partner = await db.selectFrom('partners').select('name').where('id', '=', partnerId).executeTakeFirst();
  if (!partner) throw notFound('That partner');
  const standing = await dueDiligenceStatus(db, partnerId, today);
  if (standing.status === 'valid') return;
  const message =
    standing.status === 'missing'
      ? `No due diligence has been recorded for ${partner.name}: record a check before making an award`
      : `Due diligence for ${partner.name} expired on ${formatDay(standing.expiresOn!)}: record a new check before making an award`;
  throw fieldError({ partnerId: [message] }, message);
}

/** Appends a check, audited with the partner's standing before and after, in one transaction. */
export async function recordDueDiligence(db: Kysely<DB>, who: AuditActor, input: RecordDueDiligenceInput, today: string): Promise<{ record: DueDiligenceRecord; status: DueDiligenceStatus }> {
  if (input.checkedOn > today) throw fieldError({ checkedOn: ['A check cannot be dated after today'] });
  return db.transaction().execute(async (trx) => {
    const partner = await trx.selectFrom('partners').select(['id', 'archived_at']).where('id', '=', input.partnerId).executeTakeFirst();
    if (!partner) throw fieldError({ partnerId: ['That partner is not in the register'] });
    if (partner.archived_at) throw fieldError({ partnerId: ['Restore this partner from the archive before recording due diligence'] });
    const before = await dueDiligenceStatus(trx, input.partnerId, today);
    const checks = DUE_DILIGENCE_CHECKS.filter((check) => input.checks.includes(check));
    const row = await trx
      .insertInto('partner_due_diligence')
      .values({
        partner_id: input.partnerId,
        checks_json: JSON.stringify(checks),
        checked_by: input.checkedBy,
        checked_on: input.checkedOn,
        expires_on: input.expiresOn,
        notes: input.notes,
        recorded_at: nowIso(),
        recorded_by: who.actor?.userId ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const record = toRecord(row);
    const status = await dueDiligenceStatus(trx, input.partnerId, today);
    await appendAudit(trx, who, {
      action: 'partner.due_diligence',
      entityType: 'partner',
      entityId: input.partnerId,
      before: { dueDiligence: before },
      after: { dueDiligence: status, record },
    });
    return { record, status };
  });
}
