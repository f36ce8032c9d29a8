import type { Award } from './grants';
import type { Random } from './random';
import type { Staff } from './users';

/**
 * The payment ledger, planned in memory and then written in date order. Each award's payments go
 * through the maker–checker steps the database enforces: a finance officer records a payment, a
 * finance approver (never the recorder) approves it, then releases it; a few payments are reversed
 * (before approval, or after release when the bank returns them) and re-recorded, and a few awards
 * have a clawback after release. Nothing is dated after "today".
 *
 * To hit an exact row count the plan is made a little longer than needed and then cut by date: the
 * ledger keeps the earliest entries (ties in plan order), which is the ledger as it stood a few weeks
 * earlier. Every entry is dated on or after what it depends on (and planned after it), so any such
 * prefix satisfies every trigger and invariant.
 */

export const KIND = { payment: 0, approval: 1, release: 2, reversal: 3, clawback: 4 } as const;
export const KIND_NAMES = ['payment', 'approval', 'release', 'reversal', 'clawback'] as const;
const REASONS = [
  '',
  'Bank details did not match the partner’s verified account; re-issued.',
  'Payment returned by the bank: account closed; re-issued to the new account.',
  'Underspend returned by the partner at the end of the project.',
  'Activity not delivered as agreed; repayment requested by the grants panel.',
  'Duplicate costs identified at monitoring; repaid.',
] as const;
const BANK_FEES = [35, 45, 60];

class Column<T extends Int32Array | Float64Array | Uint8Array> {
  length = 0;
  constructor(public data: T, private readonly make: (n: number) => T) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

const int32 = (n: number) => new Int32Array(n);
const float64 = (n: number) => new Float64Array(n);
const uint8 = (n: number) => new Uint8Array(n);

export interface LedgerPlan {
  /** Columns indexed by plan position. */
  award: Int32Array;
  day: Int32Array;
  kind: Uint8Array;
  instalment: Int32Array;
  /** Plan position of the payment an approval, release or reversal refers to; -1 otherwise. */
  ref: Int32Array;
  gross: Float64Array;
  fee: Int32Array;
  actor: Int32Array;
  reason: Uint8Array;
  /** Payment reference suffix: instalment sequence, part letter and re-issue marker. */
  label: string[];
  /** Plan positions kept, in ledger (id) order. */
  order: Int32Array;
  /** Entries the natural plan had before the cut. */
  planned: number;
  /** Instalments with at least one payment recorded (each could have been split). */
  splittable: number;
}

export function reasonText(code: number): string {
  return REASONS[code] ?? '';
}

/**
 * The natural ledger of every award up to today. `splitChance` is the share of instalments paid in
 * two parts: the generator tunes it so the plan is just longer than the target.
 */
export function planLedger(rng: Random, awards: readonly Award[], staff: Staff, todayDay: number, splitChance: number, sizeHint: number): LedgerPlan {
  const size = Math.max(16, Math.ceil(sizeHint * 1.3));
  let splittable = 0;
  const award = new Column(int32(size), int32);
  const day = new Column(int32(size), int32);
  const kind = new Column(uint8(size), uint8);
  const instalment = new Column(int32(size), int32);
  const ref = new Column(int32(size), int32);
  const gross = new Column(float64(size), float64);
  const fee = new Column(int32(size), int32);
  const actor = new Column(int32(size), int32);
  const reason = new Column(uint8(size), uint8);
  const label: string[] = [];

  const push = (a: number, d: number, k: number, inst: number, r: number, g: number, f: number, who: number, why: number, text: string): number => {
    award.push(a);
    day.push(d);
    kind.push(k);
    instalment.push(inst);
    ref.push(r);
    gross.push(g);
    fee.push(f);
    actor.push(who);
    reason.push(why);
    label.push(text);
    return award.length - 1;
  };

  awards.forEach((a, ai) => {
    if (a.status === 'cancelled') return;
    const { officers, approvers } = staff.byCouncil[a.fund.programme.council.index]!;
    const ztc = a.fund.zeroTransactionCost;
    let releasedLive = 0;
    let lastDay = a.awardDay;
    const note = (d: number) => {
      if (d > lastDay) lastDay = d;
    };

    /** One payment through approval and release (stopping at today); returns false once today is reached. */
    const lifecycle = (amount: number, startDay: number, instId: number, text: string): boolean => {
      const feePence = ztc || !rng.chance(0.25) ? 0 : Math.min(amount - 1, rng.pick(BANK_FEES));
      let d = startDay;
      let p = push(ai, d, KIND.payment, instId, -1, amount, feePence, rng.pick(officers).id, 0, text);
      note(d);
      if (rng.chance(0.02)) {
        d += rng.int(1, 3);
        if (d > todayDay) return false;
        push(ai, d, KIND.reversal, instId, p, amount, feePence, rng.pick(officers).id, 1, '');
        note(d);
        d += rng.int(1, 5);
        if (d > todayDay) return false;
        p = push(ai, d, KIND.payment, instId, -1, amount, feePence, rng.pick(officers).id, 0, `${text}-R`);
        note(d);
      }
      d += rng.int(0, 4);
      if (d > todayDay) return false;
      push(ai, d, KIND.approval, instId, p, 0, 0, rng.pick(approvers).id, 0, '');
      note(d);
      d += rng.int(0, 3);
      if (d > todayDay) return false;
      push(ai, d, KIND.release, instId, p, 0, 0, rng.pick(approvers).id, 0, '');
      note(d);
      releasedLive += amount;
      if (rng.chance(0.004)) {
        d += rng.int(5, 30);
        if (d > todayDay) return false;
        push(ai, d, KIND.reversal, instId, p, amount, feePence, rng.pick(officers).id, 2, '');
        note(d);
        releasedLive -= amount;
        d += rng.int(1, 10);
        if (d > todayDay) return false;
        const again = push(ai, d, KIND.payment, instId, -1, amount, feePence, rng.pick(officers).id, 0, `${text}-R2`);
        note(d);
        d += rng.int(0, 4);
        if (d > todayDay) return false;
        push(ai, d, KIND.approval, instId, again, 0, 0, rng.pick(approvers).id, 0, '');
        note(d);
        d += rng.int(0, 3);
        if (d > todayDay) return false;
        push(ai, d, KIND.release, instId, again, 0, 0, rng.pick(approvers).id, 0, '');
        note(d);
        releasedLive += amount;
      }
      return true;
    };

    for (const inst of a.instalments) {
      const first = Math.max(a.awardDay, a.paymentBasis === 'advance' ? inst.dueDay - rng.int(0, 7) : inst.dueDay + rng.int(0, 14));
      if (first > todayDay) break;
      splittable++;
      const split = inst.amountPence >= 200 && rng.chance(splitChance);
      const parts = split ? [Math.floor(inst.amountPence / 200) * 100, 0] : [inst.amountPence];
      if (split) parts[1] = inst.amountPence - parts[0]!;
      let d = first;
      let open = true;
      parts.forEach((amount, pi) => {
        if (!open) return;
        if (pi > 0) d += rng.int(7, 40);
        if (d > todayDay) {
          open = false;
          return;
        }
        open = lifecycle(amount, d, inst.id, `${a.reference}/${inst.sequence}${split ? 'ab'[pi] : ''}`);
      });
      if (!open) break;
    }
    if (releasedLive > 0 && rng.chance(0.005)) {
      const d = lastDay + rng.int(10, 120);
      if (d <= todayDay) {
        const amount = Math.max(1, Math.round(releasedLive * rng.between(0.05, 0.4)));
        push(ai, d, KIND.clawback, 0, -1, amount, 0, rng.pick(officers).id, rng.int(3, 5), '');
      }
    }
  });

  const planned = award.length;
  return {
    award: award.data,
    day: day.data,
    kind: kind.data,
    instalment: instalment.data,
    ref: ref.data,
    gross: gross.data,
    fee: fee.data,
    actor: actor.data,
    reason: reason.data,
    label,
    order: new Int32Array(0),
    planned,
    splittable,
  };
}

/**
 * Keeps the first `target` entries in date order (ties in plan order) and sets plan.order: the ledger
 * as it stood a little before today. Throws when the plan is shorter than the target.
 */
export function cutLedger(plan: LedgerPlan, target: number): void {
  const planned = plan.planned;
  if (planned < target) throw new Error(`The ledger plan has only ${planned} entries for a target of ${target}`);
  // Sort by (day, plan position) with one numeric key: day offset × 2^32 + position.
  let minDay = Infinity;
  for (let i = 0; i < planned; i++) minDay = Math.min(minDay, plan.day[i]!);
  const keys = new Float64Array(planned);
  for (let i = 0; i < planned; i++) keys[i] = (plan.day[i]! - minDay) * 4294967296 + i;
  keys.sort();
  const order = new Int32Array(target);
  for (let i = 0; i < target; i++) order[i] = keys[i]! % 4294967296;
  plan.order = order;
}

/**
 * Marks awards 'completed' when the kept ledger has released all of the award (net of reversals), its
 * planned end is more than three months past and its end-of-grant monitoring is closed (about half of
 * those: the rest stay 'active' until the return is in).
 */
export function settleAwardStatuses(rng: Random, plan: LedgerPlan, awards: Award[], todayDay: number): void {
  const released = new Float64Array(awards.length);
  const releasedFlag = new Uint8Array(plan.award.length);
  for (const i of plan.order) {
    const k = plan.kind[i]!;
    if (k === KIND.release) {
      const p = plan.ref[i]!;
      releasedFlag[p] = 1;
      released[plan.award[i]!]! += plan.gross[p]!;
    } else if (k === KIND.reversal) {
      const p = plan.ref[i]!;
      if (releasedFlag[p]) released[plan.award[i]!]! -= plan.gross[p]!;
    }
  }
  awards.forEach((a, ai) => {
    if (a.status !== 'cancelled' && released[ai] === a.amountPence && a.plannedEnd < todayDay - 90 && rng.chance(0.5)) a.status = 'completed';
  });
}
