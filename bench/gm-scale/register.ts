import { PILLARS, type PillarCode } from '../../core/programmes/vocabulary';
import { addMonths, dayOf, financialYear, financialYearOfDay, financialYearStart, isoOf, timestampOf } from './days';
import type { Council, WardInfo } from './geography';
import { personName, SRO_TITLES } from './people';
import { apportion, type Random } from './random';

/** The programme register of the benchmark workspace: programmes spread over the ten councils. */

export type Theme = PillarCode | 'health' | 'culture' | 'children' | 'communities';
type ProgrammeType = 'devolved_programme' | 'growth_location' | 'development_zone' | 'capital_scheme' | 'service_improvement' | 'other';
type Status = 'proposed' | 'active' | 'paused' | 'closed';
type Source = 'is_pillar' | 'gmca' | 'dwp' | 'arts_council' | 'council' | 'nhs' | 'other';

export interface FundingLine {
  source: Source;
  pillarCode: PillarCode | null;
  financialYear: string;
  spendType: 'revenue' | 'capital';
  amountPence: number;
  certainty: 'planned' | 'confirmed';
  note: string;
}

export interface Milestone {
  title: string;
  dueDate: string;
  targetValue: number | null;
  unit: string;
  status: 'not_started' | 'on_track' | 'at_risk' | 'achieved' | 'missed';
  actualValue: number | null;
}

export interface Programme {
  id: number;
  council: Council;
  code: string;
  name: string;
  summary: string;
  type: ProgrammeType;
  status: Status;
  theme: Theme;
  leadOfficer: string;
  sro: string;
  startDay: number | null;
  endDay: number | null;
  createdAt: string;
  wardCodes: string[];
  fundingLines: FundingLine[];
  milestones: Milestone[];
  risks: Array<{ description: string; likelihood: number; impact: number; owner: string; mitigation: string }>;
  sources: Array<{ title: string; url: string | null; document: string | null; sourceDate: string | null; figure: string }>;
  partners: Array<{ partnerId: number; role: string }>;
}

const THEME_NAMES: Record<Theme, readonly string[]> = {
  local_growth_place: ['Town Centre Regeneration', 'Business Growth Hub', 'High Street Renewal', 'Innovation District', 'Market Hall Refurbishment', 'Enterprise Zone'],
  local_transport: ['Active Travel Corridor', 'Bus Priority Scheme', 'Interchange Upgrade', 'Safer Streets for Walking', 'Electric Vehicle Charging Rollout', 'Junction Improvement'],
  adult_skills: ['Adult Skills Academy', 'Digital Skills Programme', 'Construction Skills Centre', 'ESOL and Basic Skills', 'Green Skills Bootcamps', 'Skills for Care'],
  housing_regeneration: ['Brownfield Housing Site', 'Estate Regeneration', 'Affordable Homes Programme', 'Neighbourhood Renewal', 'Empty Homes Back Into Use', 'Town Centre Living'],
  employment_support: ['Working Well Support', 'Youth Employment Hub', 'Pathways to Work', 'In-Work Progression Service', 'Health and Work Trailblazer', 'Jobs Fair Network'],
  buildings_retrofit: ['Warm Homes Retrofit', 'Public Buildings Decarbonisation', 'Social Housing Retrofit', 'Solar Schools Programme', 'Heat Network Feasibility', 'Leisure Centre Decarbonisation'],
  health: ['Community Health Partnership', 'Ageing Well Network', 'Falls Prevention Service', 'Social Prescribing Programme'],
  culture: ['Cultural Programme', 'Heritage Action Zone', 'Library Renewal', 'Festival Fund'],
  children: ['Family Hubs', 'Best Start Programme', 'Youth Services Offer', 'Holiday Activities and Food'],
  communities: ['Food Security Partnership', 'Community Anchors Programme', 'Neighbourhood Grants', 'Cost of Living Response'],
};

const THEME_TYPES: Record<Theme, ReadonlyArray<readonly [ProgrammeType, number]>> = {
  local_growth_place: [['growth_location', 50], ['development_zone', 20], ['devolved_programme', 20], ['capital_scheme', 10]],
  local_transport: [['capital_scheme', 70], ['devolved_programme', 30]],
  adult_skills: [['devolved_programme', 60], ['service_improvement', 40]],
  housing_regeneration: [['development_zone', 40], ['capital_scheme', 40], ['devolved_programme', 20]],
  employment_support: [['devolved_programme', 60], ['service_improvement', 40]],
  buildings_retrofit: [['capital_scheme', 60], ['devolved_programme', 40]],
  health: [['service_improvement', 70], ['other', 30]],
  culture: [['other', 50], ['capital_scheme', 30], ['service_improvement', 20]],
  children: [['service_improvement', 80], ['other', 20]],
  communities: [['service_improvement', 50], ['other', 50]],
};

const THEME_MILESTONES: Record<Theme, ReadonlyArray<readonly [string, string]>> = {
  local_growth_place: [['Businesses supported', 'businesses'], ['Jobs created', 'jobs'], ['Floorspace brought back into use', 'square metres'], ['Design team appointed', '']],
  local_transport: [['Outline business case approved', ''], ['Works start on site', ''], ['Route built', 'km'], ['Scheme open to the public', '']],
  adult_skills: [['Learners enrolled', 'learners'], ['Qualifications achieved', 'learners'], ['Employer partners signed up', 'employers'], ['Centre opens', '']],
  housing_regeneration: [['Planning consent secured', ''], ['Homes started on site', 'homes'], ['Homes completed', 'homes'], ['Land remediated', 'hectares']],
  employment_support: [['Residents starting support', 'residents'], ['Job starts', 'residents'], ['Employers engaged', 'employers'], ['Evaluation published', '']],
  buildings_retrofit: [['Homes surveyed', 'homes'], ['Homes retrofitted', 'homes'], ['Buildings decarbonised', 'buildings'], ['Contractor appointed', '']],
  health: [['Residents reached', 'residents'], ['Referrals received', 'referrals'], ['Service launched', ''], ['Evaluation published', '']],
  culture: [['Events held', 'events'], ['Visitors welcomed', 'visitors'], ['Building reopened', ''], ['Artists commissioned', 'artists']],
  children: [['Families supported', 'families'], ['Hubs open', 'hubs'], ['Children attending sessions', 'children'], ['Service launched', '']],
  communities: [['Residents reached', 'residents'], ['Organisations funded', 'organisations'], ['Volunteers recruited', 'volunteers'], ['Evaluation published', '']],
};

const RISKS = [
  ['Construction cost inflation exceeds the contingency', 'Value engineering and a fixed-price contract for the main works'],
  ['Delivery partners lack capacity to scale up', 'Capacity-building grants and a shared delivery support offer'],
  ['Funding for later years is not confirmed', 'Phase the programme so each year stands alone; report to Cabinet before commitments'],
  ['Low take-up among residents furthest from services', 'Outreach through VCFSE partners and targeted communications'],
  ['Planning or legal consents are delayed', 'Early engagement with planning and legal teams; programme float'],
  ['Data sharing agreements are not in place in time', 'Template agreement agreed with the information governance team'],
  ['Recruitment of specialist staff is slow', 'Use secondments and the GM shared framework for interim support'],
] as const;

const PARTNER_ROLES = ['Delivery partner', 'Lead VCFSE partner', 'Referral partner', 'Evaluation partner'];

const REGISTER_START = dayOf('2023-03-01');
const FIRST_START = dayOf('2019-04-01');

function themeFor(rng: Random): Theme {
  if (rng.chance(0.75)) return rng.pick(PILLARS);
  return rng.pick(['health', 'culture', 'children', 'communities'] as const);
}

function lineSource(rng: Random, theme: Theme, first: boolean): { source: Source; pillarCode: PillarCode | null } {
  const pillarTheme = (PILLARS as readonly string[]).includes(theme) ? (theme as PillarCode) : null;
  if (first && pillarTheme && rng.chance(0.85)) return { source: 'is_pillar', pillarCode: pillarTheme };
  const source = rng.weighted<Source>(
    pillarTheme
      ? [['is_pillar', 35], ['gmca', 12], ['dwp', 8], ['arts_council', 3], ['council', 25], ['nhs', 7], ['other', 10]]
      : [['is_pillar', 8], ['gmca', 10], ['dwp', 5], ['arts_council', theme === 'culture' ? 30 : 3], ['council', 35], ['nhs', theme === 'health' ? 30 : 8], ['other', 12]],
  );
  if (source !== 'is_pillar') return { source, pillarCode: null };
  return { source, pillarCode: pillarTheme && rng.chance(0.6) ? pillarTheme : rng.pick(PILLARS) };
}

function programmeDates(rng: Random, status: Status, todayDay: number): { startDay: number | null; endDay: number | null } {
  const monthsSinceFirst = (day: number) => Math.floor((day - FIRST_START) / 30.44);
  if (status === 'proposed') {
    if (rng.chance(0.05)) return { startDay: null, endDay: null };
    const start = addMonths(FIRST_START, monthsSinceFirst(todayDay) + rng.int(1, 12));
    return { startDay: start, endDay: addMonths(start, rng.int(12, 48)) - 1 };
  }
  if (status === 'closed') {
    const start = addMonths(FIRST_START, rng.int(0, monthsSinceFirst(dayOf('2024-06-01'))));
    const end = Math.min(addMonths(start, rng.int(12, 36)) - 1, todayDay - 30);
    return { startDay: start, endDay: Math.max(end, start + 90) };
  }
  const start = addMonths(FIRST_START, rng.int(0, monthsSinceFirst(todayDay) - 2));
  let end = addMonths(start, rng.int(12, 72)) - 1;
  if (end < todayDay + 30) end = addMonths(start, monthsSinceFirst(todayDay) - monthsSinceFirst(start) + rng.int(2, 30)) - 1;
  return { startDay: start, endDay: end };
}

/** £1,234,567 from pence (whole pounds; no locale data, so the text is the same on every machine). */
export function pounds(pence: number): string {
  return `£${String(Math.round(pence / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}

function fundingLines(rng: Random, theme: Theme, type: ProgrammeType, startDay: number | null, endDay: number | null, todayDay: number): FundingLine[] {
  const currentFy = financialYearStart(financialYearOfDay(todayDay));
  const from = startDay === null ? currentFy + 1 : financialYearStart(financialYearOfDay(startDay));
  const to = endDay === null ? from + 2 : Math.max(from, financialYearStart(financialYearOfDay(endDay)));
  const count = rng.weighted([[1, 25], [2, 35], [3, 25], [4, 15]] as const);
  const lines: FundingLine[] = [];
  const median = type === 'capital_scheme' || type === 'development_zone' ? 150_000_000 : 40_000_000;
  for (let i = 0; i < count; i++) {
    const { source, pillarCode } = lineSource(rng, theme, i === 0);
    const year = Math.min(to, from + Math.min(i, to - from) + (rng.chance(0.2) ? 1 : 0));
    const confirmed = year <= currentFy ? rng.chance(0.88) : rng.chance(0.3);
    lines.push({
      source,
      pillarCode,
      financialYear: financialYear(year),
      spendType: type === 'capital_scheme' || type === 'development_zone' ? (rng.chance(0.85) ? 'capital' : 'revenue') : rng.chance(0.8) ? 'revenue' : 'capital',
      amountPence: roundTo(rng.logNormal(median, 1.0, 5_000_000, 4_000_000_000), 100_000),
      certainty: confirmed ? 'confirmed' : 'planned',
      note: confirmed ? 'Confirmed in the grant offer letter (benchmark data).' : 'Indicative allocation, subject to approval (benchmark data).',
    });
  }
  return lines;
}

function milestones(rng: Random, theme: Theme, startDay: number | null, endDay: number | null, todayDay: number): Milestone[] {
  if (startDay === null || endDay === null) return [];
  const count = rng.int(2, 5);
  const span = endDay - startDay;
  const templates = THEME_MILESTONES[theme];
  const out: Milestone[] = [];
  for (let i = 0; i < count; i++) {
    const due = Math.min(endDay, startDay + Math.round((span * (i + 1)) / count) - rng.int(0, Math.min(60, Math.floor(span / (count * 2)))));
    const [title, unit] = templates[i % templates.length]!;
    const target = unit ? roundTo(rng.logNormal(300, 1.0, 10, 20_000), unit === 'km' || unit === 'hectares' ? 1 : 5) : null;
    let status: Milestone['status'];
    let factor: number | null;
    if (due < todayDay) {
      status = rng.weighted([['achieved', 72], ['missed', 13], ['at_risk', 15]] as const);
      factor = status === 'achieved' ? rng.between(1, 1.2) : status === 'missed' ? rng.between(0.4, 0.9) : rng.between(0.5, 0.95);
    } else {
      status = rng.weighted([['not_started', 35], ['on_track', 50], ['at_risk', 15]] as const);
      factor = status === 'not_started' ? null : status === 'on_track' ? rng.between(0.3, 0.8) : rng.between(0.1, 0.5);
    }
    out.push({
      title: count > templates.length && i >= templates.length ? `${title} (phase ${Math.floor(i / templates.length) + 1})` : title,
      dueDate: isoOf(due),
      targetValue: target,
      unit,
      status,
      actualValue: target !== null && factor !== null ? Math.round(target * factor) : null,
    });
  }
  return out;
}

/** Generates the programmes (ids 1…), spread over the councils in proportion to their wards. */
export function buildProgrammes(rng: Random, count: number, councils: readonly Council[], wardsByCouncil: readonly WardInfo[][], todayDay: number): Programme[] {
  const perCouncil = apportion(count, councils.map((c) => c.wardCount));
  const programmes: Programme[] = [];
  councils.forEach((council, ci) => {
    const wards = wardsByCouncil[ci]!;
    for (let k = 1; k <= perCouncil[ci]!; k++) {
      const theme = themeFor(rng);
      const type = rng.weighted(THEME_TYPES[theme]);
      const status = rng.weighted<Status>([['active', 70], ['proposed', 10], ['paused', 5], ['closed', 15]]);
      const { startDay, endDay } = programmeDates(rng, status, todayDay);
      const wardCodes = rng.chance(0.75) ? rng.sample(wards, rng.int(1, 6)).map((w) => w.code) : [];
      const place = wardCodes.length === 1 ? wards.find((w) => w.code === wardCodes[0])!.name : council.name;
      const name = `${place} ${rng.pick(THEME_NAMES[theme])}${rng.chance(0.15) ? ` Phase ${rng.int(2, 3)}` : ''}`;
      const createdDay = startDay === null || startDay > todayDay ? todayDay - rng.int(10, 200) : Math.max(REGISTER_START, startDay - rng.int(30, 120));
      const fundingLinesList = fundingLines(rng, theme, type, startDay, endDay, todayDay);
      programmes.push({
        id: programmes.length + 1,
        council,
        code: `${council.prefix}-${String(k).padStart(4, '0')}`,
        name,
        summary: `${name}: a ${council.name} programme${wardCodes.length ? ` serving ${wardCodes.length} ward${wardCodes.length > 1 ? 's' : ''}` : ' across the borough'} (benchmark data).`,
        type,
        status,
        theme,
        leadOfficer: personName(rng),
        sro: `${rng.pick(SRO_TITLES)}, ${council.name} Council`,
        startDay,
        endDay,
        createdAt: timestampOf(createdDay, 9 * 3_600_000 + rng.int(0, 8 * 3_600) * 1000),
        wardCodes,
        fundingLines: fundingLinesList,
        milestones: milestones(rng, theme, startDay, endDay, todayDay),
        risks: Array.from({ length: rng.int(0, 3) }, () => {
          const [description, mitigation] = rng.pick(RISKS);
          return { description, likelihood: rng.int(1, 5), impact: rng.int(1, 5), owner: personName(rng), mitigation };
        }),
        sources: [
          {
            title: `Cabinet report: ${name}`,
            url: null,
            document: `${council.name} Council Cabinet papers (benchmark)`,
            sourceDate: isoOf(createdDay),
            figure: `Total budget ${pounds(fundingLinesList.reduce((t, l) => t + l.amountPence, 0))}`,
          },
        ],
        partners: [],
      });
    }
  });
  return programmes;
}

export function partnerRole(rng: Random): string {
  return rng.pick(PARTNER_ROLES);
}

/** The Integrated Settlement pillars a programme draws money from (funding lines with source 'is_pillar'). */
export function drawnPillars(p: Programme): PillarCode[] {
  const out: PillarCode[] = [];
  for (const l of p.fundingLines) if (l.source === 'is_pillar' && l.pillarCode && !out.includes(l.pillarCode)) out.push(l.pillarCode);
  return out;
}

export function confirmedPence(p: Programme): number {
  return p.fundingLines.reduce((t, l) => (l.certainty === 'confirmed' ? t + l.amountPence : t), 0);
}
