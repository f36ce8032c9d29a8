import type { PillarCode } from '../../core/programmes/vocabulary';
import type { Random } from './random';

/**
 * The two outcome frameworks of the benchmark workspace, following the demonstration's conventions
 * (core/demo/data/outcomes): the GMCA Integrated Settlement framework 'GMCA-IS' (owner 'gmca') with
 * pillar elements P-LGP… and outcome elements O-LGP-1…, indicators IS-LGP-01…; and one council
 * framework (owner 'council') with missions M1, M2 and priorities M1.1… Both have one published
 * version. Titles are plausible examples, not published measures.
 */
export const GMCA_FRAMEWORK_CODE = 'GMCA-IS';
export const COUNCIL_FRAMEWORK_CODE = 'GM-MISSIONS';

export type Unit = 'count' | 'percentage' | 'rate_per_1000' | 'pounds' | 'index' | 'score';
export type Polarity = 'higher_is_better' | 'lower_is_better' | 'none';
export type Frequency = 'monthly' | 'quarterly' | 'six_monthly' | 'annual';
export type GeographyLevel = 'ward' | 'borough' | 'combined_authority';

type Measure = readonly [title: string, unit: Unit, polarity: Polarity];

interface PillarSpec {
  code: string;
  pillarCode: PillarCode;
  title: string;
  description: string;
  outcomes: ReadonlyArray<{ title: string; measures: readonly [Measure, Measure, Measure] }>;
}

const H: Polarity = 'higher_is_better';
const L: Polarity = 'lower_is_better';

export const PILLAR_SPECS: readonly PillarSpec[] = [
  {
    code: 'P-LGP', pillarCode: 'local_growth_place', title: 'Local growth and place', description: 'UK Shared Prosperity Fund, Investment Zones and business support.',
    outcomes: [
      { title: 'More productive, growing local businesses', measures: [['Businesses receiving growth support', 'count', H], ['Business births per 1,000 working-age residents', 'rate_per_1000', H], ['Gross value added per filled job', 'pounds', H]] },
      { title: 'Lively, well-used town centres', measures: [['Town centre retail vacancy rate', 'percentage', L], ['Town centre footfall index', 'index', H], ['Residents satisfied with their town centre', 'percentage', H]] },
      { title: 'More good jobs in growing sectors', measures: [['Employee jobs in priority sectors', 'count', H], ['Jobs paying at least the Real Living Wage', 'percentage', H], ['Median weekly earnings of residents', 'pounds', H]] },
      { title: 'Stronger local supply chains and innovation', measures: [['Businesses adopting new technology with support', 'count', H], ['Public spend with local suppliers', 'percentage', H], ['Inward investment projects landed', 'count', H]] },
    ],
  },
  {
    code: 'P-LT', pillarCode: 'local_transport', title: 'Local transport', description: 'City Region Sustainable Transport Settlement, bus funding, rail and ticketing.',
    outcomes: [
      { title: 'Reliable, well-connected public transport', measures: [['Bus services running on time', 'percentage', H], ['Public transport node connectivity score', 'score', H], ['Residents within 400m of a frequent bus stop', 'percentage', H]] },
      { title: 'More journeys walked, wheeled and cycled', measures: [['Trips made by active travel', 'percentage', H], ['Kilometres of protected cycle route', 'count', H], ['Children walking or cycling to school', 'percentage', H]] },
      { title: 'Safer roads', measures: [['People killed or seriously injured on roads', 'count', L], ['Pedestrian casualties per 1,000 residents', 'rate_per_1000', L], ['Speed compliance on monitored roads', 'percentage', H]] },
      { title: 'Cleaner, lower-carbon travel', measures: [['Public electric vehicle charge points', 'count', H], ['Zero-emission buses in the fleet', 'percentage', H], ['Roadside nitrogen dioxide index', 'index', L]] },
    ],
  },
  {
    code: 'P-AS', pillarCode: 'adult_skills', title: 'Adult skills', description: 'Adult Education Budget (including Free Courses for Jobs) and Skills Bootcamps.',
    outcomes: [
      { title: 'Adults gain the skills and qualifications employers need', measures: [['Adult learners achieving a qualification', 'count', H], ['Adults with no qualifications', 'percentage', L], ['Learners progressing into work or further learning', 'percentage', H]] },
      { title: 'Better basic and digital skills', measures: [['Adults enrolled on English, maths or ESOL courses', 'count', H], ['Adults achieving an essential digital skills qualification', 'count', H], ['Residents lacking basic digital skills', 'percentage', L]] },
      { title: 'Skills for a green economy', measures: [['Green skills course starts', 'count', H], ['Skills Bootcamp completions', 'count', H], ['Employers engaged in local skills planning', 'count', H]] },
      { title: 'More people in apprenticeships', measures: [['Apprenticeship starts', 'count', H], ['Apprenticeship achievement rate', 'percentage', H], ['Apprenticeship starts aged 25 and over', 'count', H]] },
    ],
  },
  {
    code: 'P-HR', pillarCode: 'housing_regeneration', title: 'Housing and regeneration', description: 'Brownfield land and housing funds.',
    outcomes: [
      { title: 'More new homes on brownfield land', measures: [['Net additional dwellings', 'count', H], ['Homes completed on brownfield land', 'percentage', H], ['Hectares of brownfield land remediated', 'count', H]] },
      { title: 'More affordable homes', measures: [['Affordable homes delivered', 'count', H], ['Households on the housing register', 'count', L], ['Households in temporary accommodation per 1,000', 'rate_per_1000', L]] },
      { title: 'Better quality homes', measures: [['Non-decent homes in the social rented sector', 'percentage', L], ['Private rented homes with category 1 hazards per 1,000', 'rate_per_1000', L], ['Long-term empty homes', 'count', L]] },
      { title: 'Regenerated neighbourhoods', measures: [['Residents satisfied with their neighbourhood', 'percentage', H], ['Land value index in regeneration areas', 'index', H], ['Vacant commercial floorspace', 'percentage', L]] },
    ],
  },
  {
    code: 'P-ES', pillarCode: 'employment_support', title: 'Employment support', description: 'Employment support funds devolved through the settlement.',
    outcomes: [
      { title: 'Residents move into work, closer to work, or stay in work', measures: [['Employment rate, residents aged 16 to 64', 'percentage', H], ['Residents starting employment support', 'count', H], ['Job outcomes from employment support', 'count', H]] },
      { title: 'Fewer people out of work because of ill health', measures: [['Economic inactivity due to long-term sickness', 'percentage', L], ['Claimants with a health condition per 1,000 residents', 'rate_per_1000', L], ['Participants sustaining work for six months', 'percentage', H]] },
      { title: 'Young people in education, employment or training', measures: [['Young people aged 16 to 17 not in education, employment or training', 'percentage', L], ['Youth claimant rate aged 18 to 24', 'rate_per_1000', L], ['Young people supported into work', 'count', H]] },
      { title: 'More people progress in work', measures: [['Residents earning below the Real Living Wage', 'percentage', L], ['In-work progression participants', 'count', H], ['Median hourly pay of residents', 'pounds', H]] },
    ],
  },
  {
    code: 'P-BR', pillarCode: 'buildings_retrofit', title: 'Buildings retrofit', description: 'Retrofit of homes and public buildings.',
    outcomes: [
      { title: 'Warmer, lower-carbon homes', measures: [['Homes retrofitted', 'count', H], ['Homes with an EPC rating of C or above', 'percentage', H], ['Households in fuel poverty', 'percentage', L]] },
      { title: 'Lower-carbon public buildings', measures: [['Public buildings decarbonised', 'count', H], ['Public sector building emissions index', 'index', L], ['Renewable energy generated on the public estate (MWh)', 'count', H]] },
      { title: 'A growing low-carbon heat market', measures: [['Heat pumps installed', 'count', H], ['Homes connected to heat networks', 'count', H], ['Accredited retrofit installers', 'count', H]] },
      { title: 'Lower household energy bills', measures: [['Average annual household energy bill', 'pounds', L], ['Households receiving energy advice', 'count', H], ['Energy savings from installed measures index', 'index', H]] },
    ],
  },
];

interface MissionSpec {
  code: string;
  title: string;
  description: string;
  priorities: ReadonlyArray<{ title: string; measures: readonly [Measure, Measure, Measure] }>;
}

export const MISSION_SPECS: readonly MissionSpec[] = [
  {
    code: 'M1', title: 'Fair opportunities for everyone', description: 'Tackle the gaps in income, health, education and work that hold residents back.',
    priorities: [
      { title: 'Routes into good work', measures: [['Economic inactivity rate, residents aged 16 to 64', 'percentage', L], ['Residents supported into work', 'count', H], ['Claimant count rate', 'rate_per_1000', L]] },
      { title: 'Best start for children', measures: [['Children achieving a good level of development at age 5', 'percentage', H], ['Children in care placed within the borough', 'percentage', H], ['Early help assessments completed', 'count', H]] },
      { title: 'Easing the cost of living', measures: [['Households receiving cost-of-living support', 'count', H], ['Children in relative low-income families', 'percentage', L], ['Pension Credit take-up', 'percentage', H]] },
      { title: 'Healthier, longer lives', measures: [['Emergency admissions for falls, aged 65 and over, per 1,000', 'rate_per_1000', L], ['Adults who are physically active', 'percentage', H], ['Healthy life expectancy score', 'score', H]] },
    ],
  },
  {
    code: 'M2', title: 'Flourishing towns and neighbourhoods', description: 'Make every town and neighbourhood a good place to live and work.',
    priorities: [
      { title: 'Thriving town centres', measures: [['Town centre footfall index', 'index', H], ['Vacant town centre units', 'percentage', L], ['Visitors to cultural venues', 'count', H]] },
      { title: 'Homes and places to grow', measures: [['New homes completed', 'count', H], ['Affordable homes delivered', 'count', H], ['Hectares of employment land brought forward', 'count', H]] },
      { title: 'Clean, green and connected', measures: [['Household waste recycled', 'percentage', H], ['Residents satisfied with parks and green spaces', 'percentage', H], ['Carbon emissions per resident index', 'index', L]] },
      { title: 'Strong, safe communities', measures: [['Anti-social behaviour incidents per 1,000 residents', 'rate_per_1000', L], ['Volunteers active in community groups', 'count', H], ['Residents who feel they belong to their neighbourhood', 'percentage', H]] },
    ],
  },
];

export interface ElementDef {
  id: number;
  versionId: number;
  parentId: number | null;
  kind: 'pillar' | 'outcome' | 'mission' | 'priority';
  code: string;
  title: string;
  description: string;
  position: number;
  /** For pillars and outcomes. */
  pillarCode: PillarCode | null;
}

export interface IndicatorDef {
  /** Identity id = indicator id (one version per framework). */
  id: number;
  frameworkId: number;
  frameworkCode: string;
  versionId: number;
  elementId: number;
  code: string;
  title: string;
  kind: 'accountable' | 'contextual';
  tier: 1 | 2 | null;
  unit: Unit;
  polarity: Polarity;
  frequency: Frequency;
  geographyLevel: GeographyLevel;
  dataSource: string;
  owner: string;
  /** Value model: the headline-area level in the baseline year, yearly relative drift, relative noise, decimals. */
  level: number;
  drift: number;
  noise: number;
  decimals: number;
  /** How many periods behind the newest reportable period the series stops (0 = up to date; >1 = stale). */
  lagPeriods: number;
  /** Target improvement per year, relative (positive means better in the indicator's polarity). */
  ambition: number;
  pillarCode: PillarCode | null;
  /** The council priority code it measures (council indicators). */
  priorityCode: string | null;
  /** The GMCA outcome code it measures (GMCA indicators). */
  outcomeCode: string | null;
}

export interface FrameworksModel {
  frameworks: Array<{ id: number; code: string; title: string; owner: 'gmca' | 'council'; description: string }>;
  versions: Array<{ id: number; frameworkId: number; label: string; fromFinancialYear: string; publishedAt: string; createdAt: string }>;
  elements: ElementDef[];
  indicators: IndicatorDef[];
  pillars: ElementDef[];
  outcomes: ElementDef[];
  missions: ElementDef[];
  priorities: ElementDef[];
}

const DECIMALS: Record<Unit, number> = { count: 0, percentage: 1, rate_per_1000: 1, pounds: 0, index: 1, score: 2 };

function levelFor(unit: Unit, rng: Random): number {
  switch (unit) {
    case 'count': return rng.logNormal(900, 0.8, 60, 20_000);
    case 'percentage': return rng.between(12, 82);
    case 'rate_per_1000': return rng.between(4, 45);
    case 'pounds': return rng.between(350, 1_600);
    case 'index': return rng.between(85, 115);
    case 'score': return rng.between(3, 9);
  }
}

const FREQUENCIES: ReadonlyArray<readonly [Frequency, number]> = [['monthly', 30], ['quarterly', 45], ['six_monthly', 8], ['annual', 17]];

function indicatorShape(rng: Random, owner: 'gmca' | 'council'): { frequency: Frequency; geographyLevel: GeographyLevel } {
  const frequency = rng.weighted(FREQUENCIES);
  const geographyLevel = owner === 'gmca'
    ? rng.weighted<GeographyLevel>([['ward', 60], ['borough', 25], ['combined_authority', 15]])
    : rng.weighted<GeographyLevel>([['ward', 60], ['borough', 40]]);
  return { frequency, geographyLevel };
}

function indicatorModel(rng: Random, unit: Unit, polarity: Polarity) {
  // Drift: most series improve slowly, some worsen; ambition sets the target path.
  const better = rng.chance(0.65) ? 1 : -1;
  const direction = polarity === 'lower_is_better' ? -better : better;
  return {
    level: levelFor(unit, rng),
    drift: direction * rng.between(0.005, 0.05),
    noise: rng.between(0.01, 0.05),
    decimals: DECIMALS[unit],
    lagPeriods: rng.chance(0.12) ? rng.int(2, 4) : rng.chance(0.3) ? 1 : 0,
    ambition: rng.between(0.01, 0.06),
  };
}

/** Builds both frameworks with explicit ids: framework 1 GMCA-IS, framework 2 the council's. */
export function buildFrameworks(rng: Random): FrameworksModel {
  const model: FrameworksModel = {
    frameworks: [
      { id: 1, code: GMCA_FRAMEWORK_CODE, title: 'GMCA Integrated Settlement outcomes framework', owner: 'gmca', description: 'Pillars, outcomes and indicators of the GMCA Integrated Settlement (benchmark data: outcomes and indicators are generated examples).' },
      { id: 2, code: COUNCIL_FRAMEWORK_CODE, title: 'Council missions', owner: 'council', description: 'Two missions with four priorities each and a two-tier set of indicators (benchmark data).' },
    ],
    versions: [
      { id: 1, frameworkId: 1, label: '2025/26 Phase I', fromFinancialYear: '2025/26', publishedAt: '2025-04-08T00:00:00.000Z', createdAt: '2025-03-20T09:00:00.000Z' },
      { id: 2, frameworkId: 2, label: '2025/26', fromFinancialYear: '2025/26', publishedAt: '2025-04-01T00:00:00.000Z', createdAt: '2025-03-20T09:00:00.000Z' },
    ],
    elements: [],
    indicators: [],
    pillars: [],
    outcomes: [],
    missions: [],
    priorities: [],
  };
  let elementId = 0;
  let indicatorId = 0;
  let position = 0;

  for (const pillar of PILLAR_SPECS) {
    const p: ElementDef = { id: ++elementId, versionId: 1, parentId: null, kind: 'pillar', code: pillar.code, title: pillar.title, description: pillar.description, position: position++, pillarCode: pillar.pillarCode };
    model.elements.push(p);
    model.pillars.push(p);
    const short = pillar.code.slice(2);
    pillar.outcomes.forEach((outcome, oi) => {
      const o: ElementDef = { id: ++elementId, versionId: 1, parentId: p.id, kind: 'outcome', code: `O-${short}-${oi + 1}`, title: outcome.title, description: `${outcome.title} across Greater Manchester.`, position: position++, pillarCode: pillar.pillarCode };
      model.elements.push(o);
      model.outcomes.push(o);
      // The fourth outcome of two pillars has contextual indicators only (no accountable measure).
      const contextualOnly = oi === 3 && (short === 'LT' || short === 'ES');
      outcome.measures.forEach(([title, unit, polarity], mi) => {
        const n = oi * 3 + mi + 1;
        model.indicators.push({
          id: ++indicatorId,
          frameworkId: 1,
          frameworkCode: GMCA_FRAMEWORK_CODE,
          versionId: 1,
          elementId: o.id,
          code: `IS-${short}-${String(n).padStart(2, '0')}`,
          title,
          kind: !contextualOnly && (mi === 0 || (mi === 1 && rng.chance(0.5))) ? 'accountable' : 'contextual',
          tier: null,
          unit,
          polarity,
          ...indicatorShape(rng, 'gmca'),
          dataSource: rng.pick(['GMCA monitoring returns', 'ONS (via Nomis)', 'DfT statistics', 'DfE further education data', 'MHCLG live tables', 'DESNZ statistics', 'TfGM monitoring']),
          owner: 'GMCA (benchmark)',
          ...indicatorModel(rng, unit, polarity),
          pillarCode: pillar.pillarCode,
          priorityCode: null,
          outcomeCode: o.code,
        });
      });
    });
  }

  position = 0;
  for (const mission of MISSION_SPECS) {
    const m: ElementDef = { id: ++elementId, versionId: 2, parentId: null, kind: 'mission', code: mission.code, title: mission.title, description: mission.description, position: position++, pillarCode: null };
    model.elements.push(m);
    model.missions.push(m);
    mission.priorities.forEach((priority, pi) => {
      const pr: ElementDef = { id: ++elementId, versionId: 2, parentId: m.id, kind: 'priority', code: `${mission.code}.${pi + 1}`, title: priority.title, description: `${priority.title}: a priority under ${mission.title.toLowerCase()}.`, position: position++, pillarCode: null };
      model.elements.push(pr);
      model.priorities.push(pr);
      priority.measures.forEach(([title, unit, polarity], mi) => {
        const tier = mi === 0 ? 1 : 2;
        model.indicators.push({
          id: ++indicatorId,
          frameworkId: 2,
          frameworkCode: COUNCIL_FRAMEWORK_CODE,
          versionId: 2,
          elementId: pr.id,
          code: `LM-${String(model.priorities.length * 3 - 2 + mi).padStart(2, '0')}`,
          title,
          kind: tier === 1 || rng.chance(0.6) ? 'accountable' : 'contextual',
          tier,
          unit,
          polarity,
          ...indicatorShape(rng, 'council'),
          dataSource: rng.pick(['Council case management system', 'ONS (via Nomis)', 'OHID Fingertips', 'Council resident survey', 'Police recorded incidents', 'DWP Stat-Xplore']),
          owner: rng.pick(['Director of Place', 'Director of Communities', 'Director of Public Health', 'Director of Children’s Services', 'Director of Economy and Skills']),
          ...indicatorModel(rng, unit, polarity),
          pillarCode: null,
          priorityCode: pr.code,
          outcomeCode: null,
        });
      });
    });
  }
  return model;
}
