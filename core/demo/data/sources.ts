import type { SourceRecord } from './types';

/**
 * Date these citations were written into the demonstration dataset. Used as `date` (with
 * `dateBasis: 'recorded'`) when our research did not capture a source's own date.
 */
export const SOURCES_RECORDED_ON = '2026-11-25';

/**
 * Citations behind the demonstration data. Keys are stable: programmes refer to them. Where a
 * page's own headline was not captured, the title describes the item instead.
 */
const SOURCE_LIST = [
  // --- The starting point -------------------------------------------------------------------
  {
    key: 'lga-cpc-wigan-2025',
    title: 'Corporate Peer Challenge progress review: Wigan Council',
    publisher: 'Local Government Association',
    document: 'LGA Corporate Peer Challenge, progress review report, Wigan Council',
    date: '2025-11-19',
    dateBasis: 'event',
    note: 'Date is the day the progress review was held. Most headline figures in the demo come from this report.',
  },

  // --- Integrated Settlement --------------------------------------------------------------------
  {
    key: 'gov-is-collection',
    title: 'Integrated settlements for mayoral combined authorities',
    publisher: 'Ministry of Housing, Communities and Local Government',
    url: 'https://www.gov.uk/government/collections/integrated-settlements-for-mayoral-combined-authorities',
    date: SOURCES_RECORDED_ON,
    dateBasis: 'recorded',
  },
  {
    key: 'gov-gmca-is-2025-26',
    title: 'Greater Manchester Combined Authority Integrated Settlement 2025 to 2026',
    publisher: 'Ministry of Housing, Communities and Local Government',
    url: 'https://www.gov.uk/government/publications/integrated-settlements-for-2025-to-2026/greater-manchester-combined-authority-integrated-settlement-2025-to-2026',
    document: 'Policy paper',
    date: '2024-12-20',
    dateBasis: 'published',
    note: 'Lists each fund by pillar with its 2025/26 revenue and capital amounts; some rows are TBC.',
  },
  {
    key: 'dpm-statement-is-2025-01-30',
    title: 'Integrated Settlements: written ministerial statement',
    publisher: 'UK Parliament (House of Commons)',
    url: 'https://www.parallelparliament.co.uk/debate/2025-01-30/commons/written-statements/integrated-settlements',
    date: '2025-01-30',
    dateBasis: 'published',
  },
  {
    key: 'gov-is-grant-letter-gmca-2025',
    title: 'Integrated settlements 2025 to 2026: grant determination letter, Greater Manchester Combined Authority',
    publisher: 'Ministry of Housing, Communities and Local Government',
    url: 'https://www.gov.uk/government/publications/integrated-settlements-2025-to-2026-grant-determination-letters/grant-determination-letter-greater-manchester-mayoral-combined-authority',
    date: '2025-04-08',
    dateBasis: 'published',
  },
  {
    key: 'gov-is-policy-document',
    title: 'Integrated Settlement policy document',
    publisher: 'Ministry of Housing, Communities and Local Government',
    url: 'https://www.gov.uk/government/publications/integrated-settlement-policy-document/integrated-settlement-policy-document',
    date: '2025-06-11',
    dateBasis: 'published',
  },
  {
    key: 'gov-gmca-is-outcomes-2025-26',
    title: 'Greater Manchester Combined Authority Integrated Settlement outcomes framework 2025 to 2026',
    publisher: 'Ministry of Housing, Communities and Local Government',
    url: 'https://www.gov.uk/government/publications/integrated-settlements-outcomes-frameworks-for-2025-to-2026/greater-manchester-combined-authority-integrated-settlement-outcomes-framework-2025-to-2026',
    date: '2025-04-08',
    dateBasis: 'published',
  },
  {
    key: 'placenw-gm-630m',
    title: 'Greater Manchester to get £630m devo cash from Whitehall',
    publisher: 'Place North West',
    url: 'https://www.placenorthwest.co.uk/greater-manchester-to-get-630m-devo-cash-from-whitehall/',
    date: SOURCES_RECORDED_ON,
    dateBasis: 'recorded',
  },

  // --- Live Well / EIT ---------------------------------------------------------------------------
  {
    key: 'gmca-news-live-well-10m',
    title: '£10m funding boost for Greater Manchester’s Live Well plan (Get Britain Working trailblazer)',
    publisher: 'Greater Manchester Combined Authority',
    document: 'GMCA news release announcing GM as one of eight Get Britain Working trailblazer areas',
    date: '2024-11-26',
    dateBasis: 'published',
  },
  {
    key: 'gmca-decision-3380',
    title: 'GMCA decision 3380: Youth Guarantee and Economic Inactivity trailblazer grants',
    publisher: 'Greater Manchester Combined Authority',
    url: 'https://democracy.greatermanchester-ca.gov.uk/ieDecisionDetails.aspx?ID=3380',
    date: SOURCES_RECORDED_ON,
    dateBasis: 'recorded',
    note: 'Sets out the £8,502,887 of local authority EIT grants and the 1 April 2025 to 31 March 2026 delivery period.',
  },
  {
    key: 'wigan-cabinet-2026-01-22-locality-grant',
    title: 'GM Integrated Settlement: Wigan Locality Grant Agreement for Economic Inactivity Trailblazer, Work Well and NEET programmes (2026/27)',
    publisher: 'Wigan Council (Cabinet)',
    url: 'https://opencouncil.network/decisions/187723',
    date: '2026-01-22',
    dateBasis: 'decision',
  },
  {
    key: 'men-1m-fund-path-to-purpose',
    title: '£1m fund set to help local people get on pathway to employment',
    publisher: 'manchesternews.com',
    url: 'https://manchesternews.com/1m-fund-set-to-help-local-people-get-on-pathway-to-employment/',
    date: SOURCES_RECORDED_ON,
    dateBasis: 'recorded',
    note: 'Press report of the "Path to Purpose" fund: £1m to eleven community groups via the lead VCFSE infrastructure body.',
  },
  {
    key: 'fundsforngos-path-to-purpose-2026',
    title: 'News item on Wigan’s "Path to Purpose" employment fund for community groups',
    publisher: 'fundsforNGOs News',
    document: 'news.fundsforngos.org item on the Wigan employment support fund',
    date: '2026-02-13',
    dateBasis: 'published',
  },

  // --- Leigh --------------------------------------------------------------------------------------
  {
    key: 'gm-local-commitments',
    title: 'Local commitments (Greater Manchester Strategy pledges)',
    publisher: 'Together We Are Greater Manchester',
    url: 'https://togetherwearegm.co.uk/our-pledges/local-commitments',
    date: SOURCES_RECORDED_ON,
    dateBasis: 'recorded',
    note: 'Lists a "Leigh MDC" among new Mayoral Development Corporations and Zones, and NorthFold work between Wigan and Bolton.',
  },
  {
    key: 'wigan-leigh-town-board',
    title: 'Leigh Town Board',
    publisher: 'Wigan Council',
    url: 'https://www.wigan.gov.uk/Council/Projects/Leigh-Town-Board.aspx',
    date: SOURCES_RECORDED_ON,
    dateBasis: 'recorded',
  },
  {
    key: 'wigan-borough-life-spring-2024',
    title: 'Borough Life, Spring 2024',
    publisher: 'Wigan Council',
    document: 'Borough Life residents’ magazine, Spring 2024 edition',
    date: SOURCES_RECORDED_ON,
    dateBasis: 'recorded',
    note: 'Edition is Spring 2024; the exact publication day was not captured.',
  },

  // --- Growth and planning ----------------------------------------------------------------------
  {
    key: 'places-for-everyone',
    title: 'Places for Everyone joint development plan (2022 to 2039)',
    publisher: 'Nine Greater Manchester districts',
    document: 'Places for Everyone Joint Development Plan Document',
    date: SOURCES_RECORDED_ON,
    dateBasis: 'recorded',
    note: 'Plan period 2022 to 2039. The Wigan housing figure is taken from press coverage (see bolton-news-pfe).',
  },
  {
    key: 'bolton-news-pfe',
    title: 'Places for Everyone coverage: Wigan housing numbers and the M6 to M61 link road',
    publisher: 'The Bolton News',
    url: 'https://www.theboltonnews.co.uk/news/24155529/',
    date: SOURCES_RECORDED_ON,
    dateBasis: 'recorded',
  },
  {
    key: 'leigh-journal-growth-locations',
    title: 'Greater Manchester growth locations, including the Wigan and Bolton growth corridor',
    publisher: 'Leigh Journal',
    url: 'https://www.leighjournal.co.uk/news/23073627/',
    date: SOURCES_RECORDED_ON,
    dateBasis: 'recorded',
  },

  // --- Culture ----------------------------------------------------------------------------------
  {
    key: 'bbc-gm-town-of-culture',
    title: 'Greater Manchester Town of Culture coverage',
    publisher: 'BBC News',
    url: 'https://www.bbc.com/news/uk-england-manchester-65687645',
    date: SOURCES_RECORDED_ON,
    dateBasis: 'recorded',
    note: 'Background on earlier holders and award values (Bury 2020; Stalybridge 2022; Stockport 2023).',
  },

  // --- Wigan Council ----------------------------------------------------------------------------
  {
    key: 'wigan-progress-with-unity',
    title: 'About Progress with Unity',
    publisher: 'Wigan Council',
    url: 'https://www.wigan.gov.uk/Council/Progress-with-Unity/About-Progress-with-Unity.aspx',
    date: SOURCES_RECORDED_ON,
    dateBasis: 'recorded',
    note: 'The council’s two missions; approved by Cabinet in July 2024.',
  },
  {
    key: 'wigan-today-progress-with-unity-2024',
    title: 'Report on Cabinet approval of Progress with Unity (July 2024)',
    publisher: 'Wigan Today',
    document: 'Wigan Today news report',
    date: '2024-07-12',
    dateBasis: 'published',
  },
  {
    key: 'wigan-today-here-for-you-2024',
    title: 'Report on the Here for You cost-of-living campaign (September 2024)',
    publisher: 'Wigan Today',
    document: 'Wigan Today news report, September 2024',
    date: SOURCES_RECORDED_ON,
    dateBasis: 'recorded',
    note: 'Published September 2024; the exact day was not captured. Reports more than £4.6m of unclaimed support accessed and 80+ warm spaces.',
  },
  {
    key: 'wigan-supporting-communities-fund',
    title: 'Supporting Communities Fund',
    publisher: 'Wigan Council',
    url: 'https://www.wigan.gov.uk/Council/Communities/Funding/Community-Recovery-Fund.aspx',
    date: SOURCES_RECORDED_ON,
    dateBasis: 'recorded',
  },

  // --- Geography --------------------------------------------------------------------------------
  {
    key: 'wigan-census-2021',
    title: 'Census 2021',
    publisher: 'Wigan Council',
    url: 'https://www.wigan.gov.uk/Council/Data-Statistics/Census-2021.aspx',
    date: SOURCES_RECORDED_ON,
    dateBasis: 'recorded',
  },
  {
    key: 'wigan-locality-map',
    title: 'Borough story: locality map',
    publisher: 'Wigan Council',
    url: 'https://www.wigan.gov.uk/Council/Data-Statistics/Borough-Story/Locality-map.aspx',
    date: SOURCES_RECORDED_ON,
    dateBasis: 'recorded',
  },
  {
    key: 'wigan-electoral-changes-order-2022',
    title: 'The Wigan (Electoral Changes) Order 2022',
    publisher: 'UK Government (statutory instrument)',
    document: 'The Wigan (Electoral Changes) Order 2022',
    date: SOURCES_RECORDED_ON,
    dateBasis: 'recorded',
    note: '25 wards, three councillors each, in force from the May 2023 elections.',
  },
  {
    key: 'gm-election-dataset-wards',
    title: 'Greater Manchester election results dataset (Wigan wards from 2023)',
    publisher: 'Not recorded (public dataset)',
    document: 'Public dataset of GM ward election results listing Wigan’s 25 ward names and some GSS codes',
    date: SOURCES_RECORDED_ON,
    dateBasis: 'recorded',
  },
  {
    key: 'ons-open-geography-portal',
    title: 'ONS Open Geography Portal: ward to local authority district lookups',
    publisher: 'Office for National Statistics',
    url: 'https://geoportal.statistics.gov.uk/',
    date: SOURCES_RECORDED_ON,
    dateBasis: 'recorded',
    note: 'The authority to check inferred ward codes against.',
  },
  {
    key: 'open-innovations-wigan',
    title: 'JRF insight: Wigan place profile',
    publisher: 'Open Innovations',
    url: 'https://open-innovations.github.io/jrf-insight/place/E08000010',
    date: SOURCES_RECORDED_ON,
    dateBasis: 'recorded',
  },
] as const satisfies readonly SourceRecord[];

export const SOURCES: readonly SourceRecord[] = SOURCE_LIST;

/** Every citation key, as a union. */
export type SourceKey = (typeof SOURCE_LIST)[number]['key'];

/** Look a source up by key; undefined when the key is unknown. */
export function findSource(key: string): SourceRecord | undefined {
  return SOURCES.find((source) => source.key === key);
}
