import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { nowIso } from '../../core/shared/clock';
import { programmeInput } from './programme-input';
import type { TestWorkspace } from './workspace';

/**
 * A programme, a zero-transaction-cost fund of £1.2m and partners with current due diligence. The fund
 * runs for ten financial years from April 2025, so awards dated in 2025 fit in it and it has not ended
 * on the day the tests run (a new award from an ended fund is refused).
 */
export async function seedGrantsFixture(ws: TestWorkspace, options: { allocationPence?: number; zeroTransactionCost?: boolean; partners?: number } = {}) {
  const strategy = await ws.as('strategy_officer');
  const programme = await strategy.programmes.create(programmeInput({ code: 'LWT', name: 'Live Well Trailblazer' }));
  const finance = await ws.as('finance_officer');
  const fund = await finance.grants.createFund({
    programmeId: programme.id,
    code: 'LWT-VCFSE',
    name: 'Live Well VCFSE fund',
    source: 'DWP via GMCA',
    allocationPence: options.allocationPence ?? 120_000_000,
    firstFinancialYear: '2025/26',
    lastFinancialYear: '2034/35',
    endDate: '2035-03-31',
    zeroTransactionCost: options.zeroTransactionCost ?? true,
  });
  const partnerIds: number[] = [];
  for (let i = 1; i <= (options.partners ?? 3); i++) partnerIds.push(await insertPartner(ws.db, `Test Partner ${i} (fictional)`, `GB-CHC-99900${i}0`));
  return { programmeId: programme.id, fundId: fund.id, partnerIds };
}

export async function insertPartner(db: Kysely<DB>, name: string, orgId: string, dueDiligence: 'valid' | 'expired' | 'missing' = 'valid'): Promise<number> {
  const now = nowIso();
  const partner = await db
    .insertInto('partners')
    .values({ name, organisation_type: 'registered_charity', org_id: orgId, charity_number: orgId.split('-').pop()!, company_number: null, ward_code: 'E05014989', locality: 'Abram', contact_name: null, contact_email: null, contact_phone: null, archived_at: null, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (dueDiligence !== 'missing') {
    await db
      .insertInto('partner_due_diligence')
      .values({ partner_id: partner.id, checks_json: '["governing_document","accounts","safeguarding_policy"]', checked_by: 'Grants team', checked_on: '2025-01-10', expires_on: dueDiligence === 'valid' ? '2099-01-10' : '2025-06-30', recorded_at: now, recorded_by: null })
      .execute();
  }
  return partner.id;
}

export function awardInput(fundId: number, partnerId: number, amountPence: number, instalments = 2) {
  const each = Math.floor(amountPence / instalments);
  return {
    fundId,
    partnerId,
    title: 'Pathways to work',
    purpose: 'One-to-one support for residents furthest from work',
    amountPence,
    awardDate: '2025-05-01',
    plannedStart: '2025-05-01',
    plannedEnd: '2026-03-31',
    wardCodes: ['E05014989'],
    route: 'open_call' as const,
    paymentBasis: 'arrears' as const,
    instalments: Array.from({ length: instalments }, (_, i) => ({ dueDate: ['2025-06-30', '2025-09-30', '2025-12-31', '2026-03-31'][i % 4]!, amountPence: i === instalments - 1 ? amountPence - each * (instalments - 1) : each })),
  };
}

let counter = 0;
export function newKey(): string {
  counter += 1;
  return `test-key-${Date.now().toString(36)}-${counter.toString(36).padStart(6, '0')}`;
}
