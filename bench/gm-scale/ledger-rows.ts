import { isoOf, timestampOf } from './days';
import type { Award } from './grants';
import { KIND_NAMES, reasonText, type LedgerPlan } from './ledger';
import type { Staff } from './users';

type Row = ReadonlyArray<string | number | null>;
/** A ledger_corrections row (for a reversal or clawback, else null) and the ledger_entries row after it. */
export type LedgerRows = [Row | null, Row];

/**
 * The planned ledger as table rows, in date order. Entries on one day are spread from 10:00 to 19:00.
 * Reversals and clawbacks are recorded by a finance officer as corrections and enter the ledger only
 * when a finance approver of the same council (never the recorder) approves them, as the services
 * do; the approval is dated the day the correction was recorded.
 */
export function* ledgerRows(plan: LedgerPlan, awards: readonly Award[], staff: Staff): Generator<LedgerRows> {
  const idOf = new Int32Array(plan.award.length);
  const perDay = new Map<number, number>();
  for (const i of plan.order) perDay.set(plan.day[i]!, (perDay.get(plan.day[i]!) ?? 0) + 1);
  const seenOnDay = new Map<number, number>();
  let id = 0;
  let correctionId = 0;
  for (const i of plan.order) {
    idOf[i] = ++id;
    const day = plan.day[i]!;
    const k = seenOnDay.get(day) ?? 0;
    seenOnDay.set(day, k + 1);
    const ms = 10 * 3_600_000 + Math.floor((k * 9 * 3_600_000) / perDay.get(day)!);
    const award = awards[plan.award[i]!]!;
    const kind = KIND_NAMES[plan.kind[i]!]!;
    const gross = plan.gross[i]!;
    const fee = plan.fee[i]!;
    const ref = plan.ref[i]!;
    let actor = plan.actor[i]!;
    let correction: Row | null = null;
    if (kind === 'reversal' || kind === 'clawback') {
      correction = [++correctionId, kind, award.id, ref >= 0 ? idOf[ref]! : null, gross, isoOf(day), reasonText(plan.reason[i]!), actor, timestampOf(day, ms - 1)];
      const { approvers } = staff.byCouncil[award.fund.programme.council.index]!;
      actor = approvers[i % approvers.length]!.id;
    }
    const entry: Row = [
      id, kind, award.id, plan.instalment[i]! || null, ref >= 0 ? idOf[ref]! : null, gross, fee, gross - fee, isoOf(day),
      kind === 'payment' ? plan.label[i]! : '', reasonText(plan.reason[i]!), actor, timestampOf(day, ms), correction ? correction[0]! : null,
    ];
    yield [correction, entry];
  }
}
