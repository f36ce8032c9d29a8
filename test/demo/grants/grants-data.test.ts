import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTNERS, PROGRAMMES, WARDS } from '../../../core/demo/data';
import {
  DEMO_DUE_DILIGENCE,
  DEMO_FUNDS,
  DEMO_GRANTS_AS_AT,
  EXPIRED_DUE_DILIGENCE_PARTNER_KEY,
  LIVE_WELL_FUND,
  MISSING_DUE_DILIGENCE_PARTNER_KEY,
  type DemoPayment,
} from '../../../core/demo/data/grants';
import { DUE_DILIGENCE_CHECKS } from '../../../core/partners/vocabulary';

function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

const sum = (values: readonly number[]) => values.reduce((t, v) => t + v, 0);
const partnerKeys = new Set(PARTNERS.map((p) => p.key));
const wardCodes = new Set(WARDS.map((w) => w.code));
const dueDiligence = (key: string) => DEMO_DUE_DILIGENCE.filter((d) => d.partnerKey === key);
const allAwards = DEMO_FUNDS.flatMap((f) => f.awards);
const allPayments = allAwards.flatMap((a) => a.payments);
const stepDates = (p: DemoPayment) => [p.paidOn, p.approvedOn, p.releasedOn, p.reversed?.on].filter((d): d is string => d !== undefined);

describe('demonstration due diligence', () => {
  it('covers every partner but one, once each, with real dates and known checks', () => {
    expect(DEMO_DUE_DILIGENCE.map((d) => d.partnerKey).sort()).toEqual([...partnerKeys].filter((k) => k !== MISSING_DUE_DILIGENCE_PARTNER_KEY).sort());
    for (const d of DEMO_DUE_DILIGENCE) {
      expect(isCalendarDate(d.checkedOn) && isCalendarDate(d.expiresOn), d.partnerKey).toBe(true);
      expect(d.expiresOn > d.checkedOn, d.partnerKey).toBe(true);
      expect(d.checks.length, d.partnerKey).toBeGreaterThan(0);
      expect(DUE_DILIGENCE_CHECKS.filter((c) => d.checks.includes(c)), d.partnerKey).toEqual(d.checks);
    }
  });

  it('is current (expiring in 2027) for every partner except one expired and one missing', () => {
    expect(dueDiligence(MISSING_DUE_DILIGENCE_PARTNER_KEY)).toEqual([]);
    expect(dueDiligence(EXPIRED_DUE_DILIGENCE_PARTNER_KEY).every((d) => d.expiresOn < DEMO_GRANTS_AS_AT)).toBe(true);
    const current = DEMO_DUE_DILIGENCE.filter((d) => d.partnerKey !== EXPIRED_DUE_DILIGENCE_PARTNER_KEY);
    expect(current.every((d) => d.checkedOn <= DEMO_GRANTS_AS_AT && d.expiresOn.startsWith('2027-'))).toBe(true);
  });
});

describe('demonstration funds and awards', () => {
  it('belong to demonstration programmes and hold sensible fund details', () => {
    for (const fund of DEMO_FUNDS) {
      expect(PROGRAMMES.some((p) => p.code === fund.programmeCode), fund.code).toBe(true);
      expect(Number.isSafeInteger(fund.allocationPence) && isCalendarDate(fund.endDate), fund.code).toBe(true);
      expect(sum(fund.awards.map((a) => a.amountPence)), fund.code).toBeLessThanOrEqual(fund.allocationPence);
    }
    expect(LIVE_WELL_FUND).toMatchObject({ code: 'LWT-VCFSE', programmeCode: 'WGN-LWT', allocationPence: 120_000_000, firstFinancialYear: '2025/26', lastFinancialYear: '2026/27', endDate: '2027-03-31', zeroTransactionCost: true });
  });

  it('award the Live Well fund in full, to 8 to 11 different partners, mostly through the open call', () => {
    const awards = LIVE_WELL_FUND.awards;
    expect(sum(awards.map((a) => a.amountPence))).toBe(120_000_000);
    expect(awards.length).toBeGreaterThanOrEqual(8);
    expect(awards.length).toBeLessThanOrEqual(11);
    expect(new Set(awards.map((a) => a.partnerKey)).size).toBe(awards.length);
    expect(awards.every((a) => a.amountPence >= 6_000_000 && a.amountPence <= 20_000_000)).toBe(true);
    expect(awards.filter((a) => a.route === 'direct_award')).toHaveLength(1);
    expect(awards.filter((a) => a.paymentBasis === 'advance')).toHaveLength(1);
  });

  it('justify every direct award and every payment in advance', () => {
    for (const award of allAwards) {
      if (award.route === 'direct_award') expect(award.routeJustification?.trim(), award.title).toBeTruthy();
      if (award.paymentBasis === 'advance') expect(award.basisJustification?.trim(), award.title).toBeTruthy();
    }
  });

  it('go only to partners whose due diligence was current when awarded and still is', () => {
    for (const award of allAwards) {
      expect(partnerKeys.has(award.partnerKey), award.partnerKey).toBe(true);
      // Valid from the day of the check up to the day before it expires (core/partners/due-diligence.ts).
      const valid = (on: string) => dueDiligence(award.partnerKey).some((d) => d.checkedOn <= on && on < d.expiresOn);
      expect(valid(award.awardDate) && valid(DEMO_GRANTS_AS_AT), award.partnerKey).toBe(true);
    }
  });

  it('have real dates, known ward codes and instalments that add up to the award', () => {
    for (const award of allAwards) {
      const dates = [award.awardDate, award.plannedStart, award.plannedEnd, ...award.instalments.map((i) => i.dueDate)];
      expect(dates.every(isCalendarDate), award.title).toBe(true);
      expect(award.awardDate <= DEMO_GRANTS_AS_AT && award.plannedStart <= award.plannedEnd, award.title).toBe(true);
      expect(award.wardCodes.length > 0 && award.wardCodes.every((c) => wardCodes.has(c)), award.title).toBe(true);
      expect(award.wardCodes, award.title).toContain(PARTNERS.find((p) => p.key === award.partnerKey)!.wardCode);
      expect(sum(award.instalments.map((i) => i.amountPence)), award.title).toBe(award.amountPence);
      expect(award.instalments.every((i) => Number.isSafeInteger(i.amountPence) && i.amountPence > 0), award.title).toBe(true);
    }
  });

  it('pay the Live Well awards in 2 to 4 quarterly instalments', () => {
    for (const award of LIVE_WELL_FUND.awards) {
      expect(award.instalments.length, award.title).toBeGreaterThanOrEqual(2);
      expect(award.instalments.length, award.title).toBeLessThanOrEqual(4);
      const months = award.instalments.map((i) => Number(i.dueDate.slice(0, 4)) * 12 + Number(i.dueDate.slice(5, 7)));
      for (let k = 1; k < months.length; k++) expect(months[k]! - months[k - 1]!, award.title).toBe(3);
    }
  });
});

describe('demonstration payment script', () => {
  it('moves each payment forward in date order, never after the as-at date, approval before release', () => {
    for (const payment of allPayments) {
      const dates = stepDates(payment);
      expect(dates.every(isCalendarDate)).toBe(true);
      expect([...dates].sort()).toEqual(dates);
      expect(dates.every((d) => d <= DEMO_GRANTS_AS_AT)).toBe(true);
      if (payment.releasedOn) expect(payment.approvedOn).toBeDefined();
    }
  });

  it('stays within each instalment once reversed payments are left out', () => {
    for (const award of allAwards) {
      for (const [index, instalment] of award.instalments.entries()) {
        const live = award.payments.filter((p) => p.instalment === index + 1 && !p.reversed);
        expect(sum(live.map((p) => p.amountPence)), award.title).toBeLessThanOrEqual(instalment.amountPence);
      }
      expect(award.payments.every((p) => p.instalment >= 1 && p.instalment <= award.instalments.length)).toBe(true);
    }
  });

  it('leaves the Live Well schedules part paid, with one reversal, one payment pending approval and one awaiting release', () => {
    const payments = LIVE_WELL_FUND.awards.flatMap((a) => a.payments);
    const live = payments.filter((p) => !p.reversed);
    expect(sum(live.map((p) => p.amountPence))).toBeLessThan(LIVE_WELL_FUND.allocationPence);
    expect(payments.filter((p) => p.reversed)).toHaveLength(1);
    expect(payments.filter((p) => p.reversed && p.releasedOn)).toHaveLength(1);
    expect(payments.filter((p) => !p.approvedOn)).toHaveLength(1);
    expect(payments.filter((p) => p.approvedOn && !p.releasedOn)).toHaveLength(1);
  });
});

describe('module boundaries', () => {
  it('grants data modules import only data', () => {
    const dir = join(__dirname, '../../../core/demo/data/grants');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      const specifiers = [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1] ?? '');
      for (const specifier of specifiers) expect(specifier, `${file} imports ${specifier}`).toMatch(/^(\.\/[a-z-]+|\.\.\/(types|geography))$/);
    }
  });
});
