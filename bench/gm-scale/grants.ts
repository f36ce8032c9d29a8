import { DUE_DILIGENCE_CHECKS } from '../../core/partners/vocabulary';
import { addMonths, dayOf, financialYear, financialYearOfDay, financialYearStart, isoOf, timestampOf } from './days';
import type { Council, WardInfo } from './geography';
import { partnerName, personName, slug } from './people';
import { apportion, type Random } from './random';
import type { Programme } from './register';
import type { Staff } from './users';

/** Partners with their due diligence, funds, and awards with instalment schedules and delivery wards. */

type OrganisationType = 'registered_charity' | 'cio' | 'company_limited_by_guarantee' | 'community_interest_company' | 'community_group' | 'faith_organisation' | 'social_enterprise' | 'other';

export interface DueDiligenceRow {
  partnerId: number;
  checks: string[];
  checkedBy: string;
  checkedOn: string;
  expiresOn: string;
  notes: string;
  recordedAt: string;
  recordedBy: number;
}

export interface Partner {
  id: number;
  council: Council;
  name: string;
  type: OrganisationType;
  orgId: string;
  charityNumber: string | null;
  companyNumber: string | null;
  wardCode: string | null;
  locality: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  archivedAt: string | null;
  createdAt: string;
  /** Due diligence is valid on days in [coverFrom, coverTo). */
  coverFrom: number;
  coverTo: number;
  dueDiligence: DueDiligenceRow[];
}

export interface Fund {
  id: number;
  programme: Programme;
  code: string;
  name: string;
  source: string;
  allocationPence: number;
  firstFinancialYear: string;
  lastFinancialYear: string;
  endDay: number;
  zeroTransactionCost: boolean;
  createdAt: string;
  /** Award dates fall in [windowFrom, windowTo]. */
  windowFrom: number;
  windowTo: number;
  large: boolean;
}

export interface Instalment {
  id: number;
  sequence: number;
  dueDay: number;
  amountPence: number;
}

export interface Award {
  id: number;
  fund: Fund;
  partner: Partner;
  reference: string;
  title: string;
  purpose: string;
  amountPence: number;
  awardDay: number;
  plannedStart: number;
  plannedEnd: number;
  route: 'open_call' | 'direct_award';
  routeJustification: string;
  paymentBasis: 'arrears' | 'advance';
  basisJustification: string;
  /** 'cancelled' is decided up front; 'active' or 'completed' once the ledger is known. */
  status: 'active' | 'completed' | 'cancelled';
  createdBy: number;
  createdAt: string;
  instalments: Instalment[];
  wardCodes: string[];
}

const CHECKS = DUE_DILIGENCE_CHECKS as readonly string[];
const DD_NOTES = ['', '', '', 'Accounts filed late; confirmed with the treasurer.', 'New safeguarding lead appointed since the last check.', 'Bank details confirmed by a call-back to the registered number.'];
const UNREGISTERED_PREFIX = 'gmbench';

export function buildPartners(rng: Random, count: number, councils: readonly Council[], wardsByCouncil: readonly WardInfo[][], staff: Staff, todayDay: number): Partner[] {
  const perCouncil = apportion(count, councils.map((c) => c.wardCount));
  const taken = new Set<string>();
  const partners: Partner[] = [];
  let charity = 0;
  let company = 0;
  let unregistered = 0;
  const nextCharity = () => `99${String(++charity).padStart(5, '0')}`;
  const nextCompany = () => `99${String(++company).padStart(6, '0')}`;
  councils.forEach((council, ci) => {
    const wards = wardsByCouncil[ci]!;
    const finance = staff.byCouncil[ci]!;
    for (let k = 0; k < perCouncil[ci]!; k++) {
      const id = partners.length + 1;
      const ward = rng.chance(0.97) ? rng.pick(wards) : null;
      const place = ward && rng.chance(0.7) ? ward.name : council.name;
      const name = partnerName(rng, place, taken);
      const type = rng.weighted<OrganisationType>([
        ['registered_charity', 25], ['cio', 20], ['company_limited_by_guarantee', 15], ['community_interest_company', 12],
        ['community_group', 15], ['faith_organisation', 5], ['social_enterprise', 5], ['other', 3],
      ]);
      let charityNumber: string | null = null;
      let companyNumber: string | null = null;
      if (type === 'registered_charity' || type === 'cio') charityNumber = nextCharity();
      else if (type === 'company_limited_by_guarantee') {
        if (rng.chance(0.6)) charityNumber = nextCharity();
        companyNumber = nextCompany();
      } else if (type === 'community_interest_company') companyNumber = nextCompany();
      else if (type === 'faith_organisation' && rng.chance(0.5)) charityNumber = nextCharity();
      else if (type === 'social_enterprise' && rng.chance(0.5)) companyNumber = nextCompany();
      const orgId = charityNumber ? `GB-CHC-${charityNumber}` : companyNumber ? `GB-COH-${companyNumber}` : `360G-${UNREGISTERED_PREFIX}-${++unregistered}`;

      // Due diligence: a first check, then yearly renewals; a few partners let it lapse.
      const firstCheck = rng.chance(0.85) ? rng.int(dayOf('2022-04-01'), dayOf('2023-03-31')) : rng.int(dayOf('2023-04-01'), dayOf('2026-06-30'));
      const dueDiligence: DueDiligenceRow[] = [];
      let checked = firstCheck;
      for (;;) {
        const expires = checked + 365;
        const checks = rng.chance(0.85) ? [...CHECKS] : CHECKS.filter((c) => c !== rng.pick(['insurance', 'safeguarding_policy']));
        const recordedDay = Math.min(todayDay, checked + rng.int(0, 3));
        dueDiligence.push({
          partnerId: id,
          checks,
          checkedBy: rng.pick(finance.officers).display_name,
          checkedOn: isoOf(checked),
          expiresOn: isoOf(expires),
          notes: rng.pick(DD_NOTES),
          recordedAt: timestampOf(recordedDay, 11 * 3_600_000 + rng.int(0, 6 * 3_600) * 1000),
          recordedBy: rng.pick(finance.officers).id,
        });
        const renewal = expires - rng.int(0, 30);
        if (renewal > todayDay || !rng.chance(0.98)) break;
        checked = renewal;
      }
      const contactName = personName(rng);
      partners.push({
        id,
        council,
        name,
        type,
        orgId,
        charityNumber,
        companyNumber,
        wardCode: ward?.code ?? null,
        locality: ward?.name ?? council.name,
        contactName,
        contactEmail: `${slug(contactName)}.${id}@example.org`,
        contactPhone: `01632 960${String(id % 1000).padStart(3, '0')}`,
        archivedAt: rng.chance(0.01) ? timestampOf(todayDay - rng.int(10, 300), 14 * 3_600_000) : null,
        createdAt: timestampOf(firstCheck - rng.int(1, 60), 9 * 3_600_000 + rng.int(0, 8 * 3_600) * 1000),
        coverFrom: firstCheck,
        coverTo: dayOf(dueDiligence[dueDiligence.length - 1]!.expiresOn),
        dueDiligence,
      });
    }
  });
  return partners;
}

const FUND_NAMES = ['Community Grants', 'Small Grants Fund', 'Capacity Building Fund', 'Microgrants', 'Innovation Fund', 'Resilience Fund', 'Neighbourhood Fund', 'Delivery Partner Grants'];
const FUND_SOURCES: Record<string, string> = {
  is_pillar: 'Integrated Settlement',
  gmca: 'GMCA',
  dwp: 'DWP',
  arts_council: 'Arts Council England',
  council: 'Council revenue budget',
  nhs: 'NHS Greater Manchester',
  other: 'National Lottery Community Fund',
};

const FUNDS_FROM = dayOf('2022-06-01');

/** Funds for a subset of programmes that have started (1–3 each); allocations are set once the awards are known. */
export function buildFunds(rng: Random, programmes: readonly Programme[], todayDay: number): Fund[] {
  const funds: Fund[] = [];
  for (const programme of programmes) {
    if (programme.status === 'proposed' || programme.startDay === null || programme.endDay === null) continue;
    if (programme.startDay > todayDay - 200 || !rng.chance(0.6)) continue;
    const count = rng.weighted([[1, 60], [2, 30], [3, 10]] as const);
    for (let k = 1; k <= count; k++) {
      const start = Math.max(programme.startDay, FUNDS_FROM) + rng.int(0, 90);
      const firstFy = financialYearStart(financialYearOfDay(start));
      let lastFy = firstFy + rng.int(0, 2);
      if (programme.status === 'closed') lastFy = Math.max(firstFy, Math.min(lastFy, financialYearStart(financialYearOfDay(programme.endDay))));
      const endDay = dayOf(`${lastFy + 1}-03-31`);
      const windowTo = Math.max(start + 30, Math.min(endDay - 60, todayDay - 1));
      if (start >= todayDay - 30 || start > programme.endDay - 60) continue;
      const line = rng.pick(programme.fundingLines);
      funds.push({
        id: funds.length + 1,
        programme,
        code: `${programme.code}-F${k}`,
        name: `${programme.name} ${rng.pick(FUND_NAMES)}`,
        source: line.source === 'is_pillar' ? `${FUND_SOURCES.is_pillar} (${line.pillarCode})` : FUND_SOURCES[line.source]!,
        allocationPence: 0,
        firstFinancialYear: financialYear(firstFy),
        lastFinancialYear: financialYear(lastFy),
        endDay,
        zeroTransactionCost: rng.chance(0.4),
        createdAt: timestampOf(start - rng.int(5, 30), 10 * 3_600_000),
        windowFrom: start,
        // Awards are made while the fund runs: a fund starting late in March may end within days.
        windowTo: Math.min(windowTo, todayDay - 1, endDay),
        large: rng.chance(0.3),
      });
    }
  }
  return funds;
}

const AWARD_TITLES = [
  'Community pantry expansion', 'Warm spaces winter programme', 'Digital inclusion drop-ins', 'Youth club evening sessions',
  'Befriending for older residents', 'Holiday activities and food', 'Employment support outreach', 'ESOL conversation clubs',
  'Community garden improvements', 'Peer support for mental wellbeing', 'Debt and benefits advice sessions', 'Family support workers',
  'Walking and cycling confidence sessions', 'Home energy advice visits', 'Skills taster courses', 'Arts workshops for young people',
  'Repair café equipment', 'Community transport to appointments', 'Respite activities for carers', 'Sport sessions for inactive adults',
];

interface PartnerIndex {
  byCouncil: Partner[][];
  byWard: Map<string, Partner[]>;
  all: Partner[];
  programmePools: Map<number, Partner[]>;
}

function indexPartners(partners: readonly Partner[], councils: number): PartnerIndex {
  const live = partners.filter((p) => p.archivedAt === null);
  const byCouncil: Partner[][] = Array.from({ length: councils }, () => []);
  const byWard = new Map<string, Partner[]>();
  for (const p of live) {
    byCouncil[p.council.index]!.push(p);
    if (p.wardCode) {
      const list = byWard.get(p.wardCode) ?? [];
      list.push(p);
      byWard.set(p.wardCode, list);
    }
  }
  return { byCouncil, byWard, all: live, programmePools: new Map() };
}

const covered = (p: Partner, day: number) => day >= p.coverFrom && day < p.coverTo;

/** A partner for an award: mostly from the programme's wards or borough, a few from elsewhere; always with valid due diligence on the day. */
function choosePartner(rng: Random, index: PartnerIndex, programme: Programme, day: number): Partner | null {
  let wardPool = index.programmePools.get(programme.id);
  if (!wardPool) {
    wardPool = programme.wardCodes.flatMap((w) => index.byWard.get(w) ?? []);
    index.programmePools.set(programme.id, wardPool);
  }
  for (let attempt = 0; attempt < 12; attempt++) {
    const pool = wardPool.length && rng.chance(0.85) ? wardPool : rng.chance(0.97) ? index.byCouncil[programme.council.index]! : index.all;
    if (!pool.length) continue;
    const p = rng.pick(pool);
    if (covered(p, day)) return p;
  }
  const start = rng.int(0, Math.max(0, index.all.length - 1));
  for (let i = 0; i < index.all.length; i++) {
    const p = index.all[(start + i) % index.all.length]!;
    if (covered(p, day)) return p;
  }
  return null;
}

/** Splits an award into 1–4 instalments of whole pounds (the last takes the remainder) with due dates over the planned period. */
function schedule(rng: Random, amount: number, start: number, end: number, basis: 'arrears' | 'advance'): Array<{ dueDay: number; amountPence: number }> {
  const n = Math.min(rng.weighted([[1, 50], [2, 30], [3, 12], [4, 8]] as const), Math.max(1, Math.floor(amount / 10_000)));
  const part = Math.floor(amount / n / 100) * 100;
  const span = end - start;
  return Array.from({ length: n }, (_, i) => ({
    dueDay: basis === 'advance' ? start + Math.floor((span * i) / n) : start + Math.floor((span * (i + 1)) / n),
    amountPence: i === n - 1 ? amount - part * (n - 1) : part,
  }));
}

/** The awards (ids in order of award date), spread over the funds; then each fund's allocation is set from what it awarded. */
export function buildAwards(rng: Random, count: number, funds: readonly Fund[], partners: readonly Partner[], staff: Staff, councils: number, todayDay: number): Award[] {
  if (!funds.length) throw new Error('No funds to make awards from: the programme count is too small for this scale');
  const index = indexPartners(partners, councils);
  const perFund = apportion(count, funds.map((f) => rng.logNormal(1, 1.0, 0.05, 20) * Math.sqrt(Math.max(30, f.windowTo - f.windowFrom))));
  const drafts: Array<Omit<Award, 'id' | 'reference' | 'instalments'> & { schedule: Array<{ dueDay: number; amountPence: number }>; order: number }> = [];
  funds.forEach((fund, fi) => {
    const programme = fund.programme;
    const officers = staff.byCouncil[programme.council.index]!.officers;
    for (let k = 0; k < perFund[fi]!; k++) {
      // Grant-making grows over time: later days are more likely (density rising linearly across the window).
      let day = fund.windowFrom + Math.floor(Math.sqrt(rng.float()) * (fund.windowTo - fund.windowFrom + 1));
      let partner = choosePartner(rng, index, programme, day);
      if (!partner) {
        // Nobody is covered on that day: move the award into some partner's cover within the fund's window.
        partner = index.all.find((p) => p.coverFrom <= fund.windowTo && p.coverTo > fund.windowFrom) ?? null;
        if (!partner) throw new Error(`No partner has valid due diligence during fund ${fund.code}'s window`);
        day = Math.max(fund.windowFrom, partner.coverFrom);
      }
      const amount = fund.large ? Math.round(rng.logNormal(45_000, 0.9, 5_000, 400_000) / 50) * 5_000 : Math.round(rng.logNormal(6_000, 0.8, 500, 50_000) / 50) * 5_000;
      // Awards start and end within the fund's period (an award made on its last days starts at once).
      const plannedStart = Math.min(day + rng.int(0, 30), fund.endDay);
      const plannedEnd = Math.max(plannedStart, Math.min(addMonths(plannedStart, rng.int(3, 24)) - 1, fund.endDay));
      const paymentBasis = rng.chance(0.4) ? 'advance' : 'arrears';
      const route = rng.chance(0.15) ? 'direct_award' : 'open_call';
      const title = rng.pick(AWARD_TITLES);
      const partnerWard = partner.wardCode;
      const wardCodes = rng.chance(0.7)
        ? [...new Set([...(partnerWard ? [partnerWard] : []), ...rng.sample(programme.wardCodes, rng.int(0, 2))])]
        : [];
      drafts.push({
        fund,
        partner,
        title,
        purpose: `${title} for residents of ${partner.locality} (benchmark data).`,
        amountPence: amount,
        awardDay: day,
        plannedStart,
        plannedEnd,
        route,
        routeJustification: route === 'direct_award' ? 'The only organisation delivering this service in the area; agreed by the grants panel.' : '',
        paymentBasis,
        basisJustification: paymentBasis === 'advance' ? 'A small organisation without reserves to deliver in arrears.' : '',
        status: rng.chance(0.015) ? 'cancelled' : 'active',
        createdBy: rng.pick(officers).id,
        // Awards are made in the morning; the day's ledger entries are recorded from 10:00.
        createdAt: timestampOf(day, 7 * 3_600_000 + rng.int(0, 3 * 3_600 - 1) * 1000),
        wardCodes,
        schedule: schedule(rng, amount, plannedStart, plannedEnd, paymentBasis),
        order: drafts.length,
      });
    }
  });

  drafts.sort((a, b) => a.awardDay - b.awardDay || a.order - b.order);
  const seqByFund = new Map<number, number>();
  let instalmentId = 0;
  const awards: Award[] = drafts.map((d, i) => {
    const seq = (seqByFund.get(d.fund.id) ?? 0) + 1;
    seqByFund.set(d.fund.id, seq);
    const { schedule: plan, order: _order, ...rest } = d;
    return {
      ...rest,
      id: i + 1,
      reference: `${d.fund.code}-${String(seq).padStart(3, '0')}`,
      instalments: plan.map((s, j) => ({ id: ++instalmentId, sequence: j + 1, dueDay: s.dueDay, amountPence: s.amountPence })),
    };
  });

  // Allocations: what the fund awarded (not cancelled) plus headroom; some funds are exactly fully awarded.
  const awarded = new Map<number, number>();
  for (const a of awards) if (a.status !== 'cancelled') awarded.set(a.fund.id, (awarded.get(a.fund.id) ?? 0) + a.amountPence);
  for (const fund of funds) {
    const total = awarded.get(fund.id) ?? 0;
    const exact = fund.endDay < todayDay ? rng.chance(0.75) : rng.chance(0.1);
    const headroom = exact ? 1 : rng.between(1.02, 1.4);
    fund.allocationPence = exact && total > 0 ? total : Math.max(100_000, Math.ceil((total * headroom) / 100_000) * 100_000);
  }
  return awards;
}
