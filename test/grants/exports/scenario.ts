import { awardInput, newKey, seedGrantsFixture } from '../../helpers/grants-fixture';
import { testWorkspace, type Caller, type TestWorkspace } from '../../helpers/workspace';

/**
 * Two awards built through the tRPC callers:
 *  A: £40,000.00 to a charity in Abram (open call). £20,000 released; £20,000 released then reversed
 *     (wrong account; recorded by the officer, approved by the approver); £5,000 released; £5,000 clawed back; £1,000 recorded but not approved.
 *     Net released: £20,000.00.
 *  B: £12,345.67 to a company (leading-zero company number, no ward) by direct award, awarded
 *     2025-06-01; £1,234.56 released.
 */
export async function exportScenario() {
  const ws: TestWorkspace = await testWorkspace();
  const fx = await seedGrantsFixture(ws);
  const companyId = fx.partnerIds[1]!;
  ws.sqlite.prepare("update partners set name = 'Example Works CIC (fictional)', organisation_type = 'community_interest_company', org_id = 'GB-COH-01234567', charity_number = null, company_number = '01234567', ward_code = null where id = ?").run(companyId);
  const finance = await ws.as('finance_officer');
  const approver = await ws.as('finance_approver');
  const pay = async (instalmentId: number, amountPence: number, paymentDate: string, reference: string, release: string | null) => {
    const { paymentId } = await finance.grants.recordPayment({ idempotencyKey: newKey(), instalmentId, amountPence, paymentDate, reference });
    if (release) {
      await approver.grants.approvePayment({ paymentId, date: release });
      await approver.grants.releasePayment({ paymentId, date: release });
    }
    return paymentId;
  };

  const a = await finance.grants.createAward(awardInput(fx.fundId, fx.partnerIds[0]!, 40_000_00, 2));
  const [a1, a2] = (await finance.grants.award({ id: a.id })).instalments;
  await pay(a1!.id, 20_000_00, '2025-07-01', 'BACS-0001', '2025-07-02');
  const wrong = await pay(a2!.id, 20_000_00, '2025-10-01', 'BACS-0002', '2025-10-01');
  const reversal = await finance.grants.reversePayment({ paymentId: wrong, date: '2025-10-03', reason: 'Paid to the wrong account' });
  await approver.grants.approveCorrection({ correctionId: reversal.correctionId, date: '2025-10-03' });
  await pay(a2!.id, 5_000_00, '2025-10-10', 'BACS-0003', '2025-10-10');
  const clawback = await finance.grants.clawback({ awardId: a.id, amountPence: 5_000_00, date: '2026-01-15', reason: 'Unspent at year end' });
  await approver.grants.approveCorrection({ correctionId: clawback.correctionId, date: '2026-01-15' });
  await pay(a2!.id, 1_000_00, '2026-02-01', 'BACS-0004', null);

  const b = await finance.grants.createAward({
    ...awardInput(fx.fundId, companyId, 12_345_67, 1),
    title: 'Repair cafe',
    purpose: 'Community repair cafe',
    awardDate: '2025-06-01',
    wardCodes: [],
    route: 'direct_award' as const,
    routeJustification: 'Only provider in the borough',
  });
  const [b1] = (await finance.grants.award({ id: b.id })).instalments;
  await pay(b1!.id, 1_234_56, '2025-08-01', 'BACS-0005', '2025-08-04');
  return { ws, fx, finance, approver, awardA: a, awardB: b, wrongPaymentId: wrong };
}

export function decode(file: { base64: string }): string {
  return Buffer.from(file.base64, 'base64').toString('utf8');
}

/** A small RFC 4180 reader for the exports (strips the BOM). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted && ch === '"' && body[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted) {
      if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

export type { Caller };
