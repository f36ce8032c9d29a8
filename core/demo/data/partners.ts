import type { OnsCode, OrganisationType, Partner, PublicBody } from './types';

/**
 * Invented VCFSE partners for the demonstration workspace.
 *
 * Every name ends "(fictional)" and every identifier is deliberately outside the ranges real
 * registers have issued: charity numbers are 7 digits starting 999, company numbers are 8
 * characters starting 99, and unregistered groups get '360G-wigan-demo-<n>'. Contacts use
 * example.org addresses and Ofcom's drama numbers (01632 960xxx).
 */

interface PartnerRow {
  key: string;
  name: string;
  organisationType: OrganisationType;
  charityNumber?: string;
  companyNumber?: string;
  /** For groups with no registration number. */
  demoGroupNumber?: number;
  wardCode: OnsCode;
  locality: string;
  contactName: string;
  emailLocalPart: string;
  phoneSuffix: string;
  description: string;
}

/** The org-id.guide identifier: charity number first, then company number, else a 360G id. */
function orgIdFor(row: PartnerRow): string {
  if (row.charityNumber) return `GB-CHC-${row.charityNumber}`;
  if (row.companyNumber) return `GB-COH-${row.companyNumber}`;
  if (row.demoGroupNumber !== undefined) return `360G-wigan-demo-${row.demoGroupNumber}`;
  throw new Error(`Partner ${row.key} has no identifier`);
}

const PARTNER_ROWS: readonly PartnerRow[] = [
  {
    key: 'brindlecote-hub',
    name: 'Brindlecote Voluntary Action Hub (fictional)',
    organisationType: 'company_limited_by_guarantee',
    charityNumber: '9990101',
    companyNumber: '99010101',
    wardCode: 'E05015010', // Wigan Central
    locality: 'Wigan',
    contactName: 'Maren Oakes',
    emailLocalPart: 'hub.brindlecote',
    phoneSuffix: '001',
    description:
      'Infrastructure body for local voluntary groups: funding advice, volunteer brokerage and onward grants. Plays the role the real Wigan Borough Community First holds.',
  },
  {
    key: 'pennine-fold-kitchen',
    name: 'Pennine Fold Community Kitchen (fictional)',
    organisationType: 'cio',
    charityNumber: '9990102',
    wardCode: 'E05015000', // Ince
    locality: 'Ince',
    contactName: 'Dev Harrop',
    emailLocalPart: 'kitchen.penninefold',
    phoneSuffix: '002',
    description: 'Cooks shared meals and runs a pay-as-you-feel café with a weekly advice drop-in.',
  },
  {
    key: 'fernhollow-pathways',
    name: 'Fernhollow Pathways to Work (fictional)',
    organisationType: 'registered_charity',
    charityNumber: '9990103',
    wardCode: 'E05015001', // Leigh Central & Higher Folds
    locality: 'Leigh',
    contactName: 'Sana Whitlow',
    emailLocalPart: 'pathways.fernhollow',
    phoneSuffix: '003',
    description: 'One-to-one keyworker support for adults with health conditions who want to move towards work.',
  },
  {
    key: 'kestrelgate-digital',
    name: 'Kestrelgate Digital Skills CIC (fictional)',
    organisationType: 'community_interest_company',
    companyNumber: '99010104',
    wardCode: 'E05014993', // Atherton North
    locality: 'Atherton',
    contactName: 'Ollie Brannagh',
    emailLocalPart: 'digital.kestrelgate',
    phoneSuffix: '004',
    description: 'Basic digital skills courses and laptop loans for job seekers.',
  },
  {
    key: 'marrowby-shed',
    name: 'Marrowby Men’s Shed (fictional)',
    organisationType: 'community_group',
    demoGroupNumber: 1,
    wardCode: 'E05014999', // Hindley Green
    locality: 'Hindley',
    contactName: 'Ray Tolland',
    emailLocalPart: 'shed.marrowby',
    phoneSuffix: '005',
    description: 'Workshop space where older men meet, make and mend: tackles isolation.',
  },
  {
    key: 'quillmoor-warm-spaces',
    name: 'Quillmoor Warm Spaces Network (fictional)',
    organisationType: 'community_group',
    demoGroupNumber: 2,
    wardCode: 'E05014989', // Abram
    locality: 'Abram',
    contactName: 'Bethan Sayle',
    emailLocalPart: 'warmspaces.quillmoor',
    phoneSuffix: '006',
    description: 'Volunteer-run warm spaces in halls and libraries over the winter months.',
  },
  {
    key: 'st-ambrels-pantry',
    name: 'St Ambrel’s Community Pantry (fictional)',
    organisationType: 'faith_organisation',
    demoGroupNumber: 3,
    wardCode: 'E05015013', // Worsley Mesnes
    locality: 'Wigan',
    contactName: 'Grace Ndlovu-Pryce',
    emailLocalPart: 'pantry.stambrels',
    phoneSuffix: '007',
    description: 'Church-hall food pantry with a benefits check offered at every visit.',
  },
  {
    key: 'tannerfold-youth-arts',
    name: 'Tannerfold Youth Arts (fictional)',
    organisationType: 'cio',
    charityNumber: '9990108',
    wardCode: 'E05015003', // Leigh West
    locality: 'Leigh',
    contactName: 'Kit Merriday',
    emailLocalPart: 'arts.tannerfold',
    phoneSuffix: '008',
    description: 'Theatre, music and film projects made with young people aged 11 to 25.',
  },
  {
    key: 'oakbrindle-balance-club',
    name: 'Oakbrindle Falls and Balance Club (fictional)',
    organisationType: 'community_group',
    demoGroupNumber: 4,
    wardCode: 'E05015008', // Standish with Langtree
    locality: 'Standish',
    contactName: 'Hilary Fenlow',
    emailLocalPart: 'balance.oakbrindle',
    phoneSuffix: '009',
    description: 'Strength and balance classes for older residents, run with community health staff.',
  },
  {
    key: 'wetherspring-money-advice',
    name: 'Wetherspring Money Advice Trust (fictional)',
    organisationType: 'registered_charity',
    charityNumber: '9990110',
    wardCode: 'E05015006', // Pemberton
    locality: 'Pemberton',
    contactName: 'Imran Cobbold',
    emailLocalPart: 'advice.wetherspring',
    phoneSuffix: '010',
    description: 'Debt, benefits and energy advice, including home visits for people who cannot travel.',
  },
  {
    key: 'greyfen-repair',
    name: 'Greyfen Repair Café Social Enterprise (fictional)',
    organisationType: 'social_enterprise',
    companyNumber: '99010111',
    wardCode: 'E05015009', // Tyldesley & Mosley Common
    locality: 'Tyldesley',
    contactName: 'Nell Achterberg',
    emailLocalPart: 'repair.greyfen',
    phoneSuffix: '011',
    description: 'Repairs household items and trains volunteers in practical skills.',
  },
  {
    key: 'loomhouse-heritage',
    name: 'Loomhouse Heritage Volunteers (fictional)',
    organisationType: 'company_limited_by_guarantee',
    companyNumber: '99010112',
    wardCode: 'E05015002', // Leigh South
    locality: 'Leigh',
    contactName: 'Pete Garside-Vale',
    emailLocalPart: 'heritage.loomhouse',
    phoneSuffix: '012',
    description: 'Volunteer guides and archive projects on the town’s textile history.',
  },
  {
    key: 'ashbrindle-carers',
    name: 'Ashbrindle Carers’ Circle (fictional)',
    organisationType: 'cio',
    charityNumber: '9990113',
    wardCode: 'E05014990', // Ashton-in-Makerfield South
    locality: 'Ashton-in-Makerfield',
    contactName: 'Lorna Quayle',
    emailLocalPart: 'carers.ashbrindle',
    phoneSuffix: '013',
    description: 'Peer support and short breaks for unpaid carers.',
  },
  {
    key: 'northmoss-tenants',
    name: 'Northmoss Tenants’ Forum (fictional)',
    organisationType: 'community_group',
    demoGroupNumber: 5,
    wardCode: 'E05014997', // Golborne & Lowton West
    locality: 'Golborne',
    contactName: 'Femi Rushworth',
    emailLocalPart: 'forum.northmoss',
    phoneSuffix: '014',
    description: 'Tenants’ voice for a social housing estate; runs a community garden.',
  },
  {
    key: 'harrowdene-welcome',
    name: 'Harrowdene Refugee Welcome (fictional)',
    organisationType: 'registered_charity',
    charityNumber: '9990115',
    wardCode: 'E05014996', // Douglas
    locality: 'Wigan',
    contactName: 'Anouk Feltham',
    emailLocalPart: 'welcome.harrowdene',
    phoneSuffix: '015',
    description: 'English conversation clubs (ESOL support) and help finding work for people new to the UK.',
  },
];

export const PARTNERS: readonly Partner[] = PARTNER_ROWS.map((row) => ({
  key: row.key,
  name: row.name,
  fictional: true,
  organisationType: row.organisationType,
  orgId: orgIdFor(row),
  charityNumber: row.charityNumber ?? null,
  companyNumber: row.companyNumber ?? null,
  wardCode: row.wardCode,
  locality: row.locality,
  contact: {
    name: row.contactName,
    email: `${row.emailLocalPart}@example.org`,
    phone: `01632 960${row.phoneSuffix}`,
  },
  description: row.description,
}));

/** Key of the fictional partner standing in for the borough's lead VCFSE infrastructure body. */
export const INFRASTRUCTURE_PARTNER_KEY = 'brindlecote-hub';

/**
 * Real public bodies that programmes name. These are not VCFSE partners and carry no contact
 * details; they are listed so programmes can say who they work with.
 */
export const PUBLIC_BODIES: readonly PublicBody[] = [
  { key: 'wigan-council', name: 'Wigan Council', kind: 'local_authority', gssCode: 'E08000010', fictional: false },
  { key: 'bolton-council', name: 'Bolton Council', kind: 'local_authority', gssCode: 'E08000001', fictional: false },
  { key: 'gmca', name: 'Greater Manchester Combined Authority', kind: 'combined_authority', gssCode: 'E47000001', fictional: false },
  { key: 'dwp', name: 'Department for Work and Pensions', kind: 'government_department', fictional: false },
  { key: 'mhclg', name: 'Ministry of Housing, Communities and Local Government', kind: 'government_department', fictional: false },
  { key: 'arts-council-england', name: 'Arts Council England', kind: 'arm_length_body', fictional: false },
  { key: 'nhs-gm', name: 'NHS Greater Manchester', kind: 'nhs_body', fictional: false },
];
