import { wardCode } from '../geography';
import type { DemoAward, DemoFund, DemoPayment } from './types';

/**
 * The Live Well Trailblazer VCFSE fund. The peer review (19 November 2025) records the council's
 * commitment to pass the full £1.2 million to local organisations with no transaction costs, so the
 * fund is zero-transaction-cost and awarded in full: eleven awards (the number of groups in the
 * press report) adding up to exactly £1,200,000.00.
 *
 * Every award, schedule and payment below is illustrative, and every partner is fictional. As at
 * 25 November 2026 the schedules are part paid: most due instalments are released, one payment was
 * released with a wrong amount and reversed, one waits for approval and one is approved but not yet
 * released. No payment carries a fee.
 */

const wards = (...names: string[]) => names.map(wardCode);

/** A payment recorded by the finance officer, approved and then released by the finance approver. */
function released(instalment: number, amountPence: number, paidOn: string, approvedOn: string, releasedOn: string): DemoPayment {
  return { instalment, amountPence, paidOn, approvedOn, releasedOn };
}

// The quarterly payment runs: date recorded, date approved, date released.
const RUN_2026_01 = ['2026-01-09', '2026-01-13', '2026-01-14'] as const;
const RUN_2026_04 = ['2026-04-09', '2026-04-13', '2026-04-14'] as const;
const RUN_2026_07 = ['2026-07-08', '2026-07-10', '2026-07-13'] as const;
const RUN_2026_10 = ['2026-10-07', '2026-10-09', '2026-10-12'] as const;

const OPEN_CALL_DECISION = '2025-09-19';

const AWARDS: DemoAward[] = [
  {
    partnerKey: 'brindlecote-hub',
    title: 'Live Well navigators',
    purpose:
      'A small team of community navigators who meet economically inactive residents where they already are (food pantries, GP surgeries, warm spaces), help them decide what they want to work towards and refer them to the other funded groups. The hub also runs the shared reporting template for every funded group, at no charge to them.',
    amountPence: 17_500_000,
    awardDate: '2025-07-15',
    plannedStart: '2025-10-01',
    plannedEnd: '2026-12-31',
    wardCodes: wards('Wigan Central', 'Ince', 'Douglas', 'Wigan West', 'Worsley Mesnes', 'Aspull, New Springs & Whelley'),
    route: 'direct_award',
    routeJustification:
      'The hub is the borough’s lead VCFSE infrastructure body and the only organisation with referral agreements across every neighbourhood network. The navigator service had to start before the open call closed so that residents could be referred to the groups as soon as they were funded. Agreed by the Director of Place under the council’s grant rules.',
    paymentBasis: 'arrears',
    instalments: [
      { dueDate: '2026-03-31', amountPence: 5_800_000 }, // two quarters: October to March
      { dueDate: '2026-06-30', amountPence: 3_900_000 },
      { dueDate: '2026-09-30', amountPence: 3_900_000 },
      { dueDate: '2026-12-31', amountPence: 3_900_000 },
    ],
    payments: [released(1, 5_800_000, ...RUN_2026_04), released(2, 3_900_000, ...RUN_2026_07), released(3, 3_900_000, ...RUN_2026_10)],
  },
  {
    partnerKey: 'fernhollow-pathways',
    title: 'Keyworkers for people with health conditions',
    purpose:
      'One-to-one keyworker support for residents aged 16 to 64 who are out of work because of a long-term health condition or disability: building confidence, managing their health at work, trying volunteering or work tasters, and talking to employers about adjustments.',
    amountPence: 20_000_000,
    awardDate: OPEN_CALL_DECISION,
    plannedStart: '2025-10-01',
    plannedEnd: '2026-09-30',
    wardCodes: wards('Leigh Central & Higher Folds', 'Leigh South', 'Leigh West', 'Atherton South & Lilford'),
    route: 'open_call',
    paymentBasis: 'arrears',
    instalments: [
      { dueDate: '2025-12-31', amountPence: 5_000_000 },
      { dueDate: '2026-03-31', amountPence: 5_000_000 },
      { dueDate: '2026-06-30', amountPence: 5_000_000 },
      { dueDate: '2026-09-30', amountPence: 5_000_000 },
    ],
    payments: [
      released(1, 5_000_000, ...RUN_2026_01),
      released(2, 5_000_000, ...RUN_2026_04),
      released(3, 5_000_000, ...RUN_2026_07),
      // The final claim came in late with the end-of-grant report: recorded, waiting for approval.
      { instalment: 4, amountPence: 5_000_000, paidOn: '2026-11-20' },
    ],
  },
  {
    partnerKey: 'wetherspring-money-advice',
    title: 'Better off in work: money advice',
    purpose:
      'Benefits and debt advice that removes money worries as a barrier to work: “better-off” calculations showing what a job or more hours would mean for a household, help with Universal Credit when starting work, and debt plans for people held back by arrears.',
    amountPence: 12_850_000,
    awardDate: OPEN_CALL_DECISION,
    plannedStart: '2026-01-01',
    plannedEnd: '2026-09-30',
    wardCodes: wards('Pemberton', 'Orrell', 'Winstanley', 'Wigan West'),
    route: 'open_call',
    paymentBasis: 'arrears',
    instalments: [
      { dueDate: '2026-03-31', amountPence: 4_285_000 },
      { dueDate: '2026-06-30', amountPence: 4_285_000 },
      { dueDate: '2026-09-30', amountPence: 4_280_000 },
    ],
    payments: [
      released(1, 4_285_000, ...RUN_2026_04),
      released(2, 4_285_000, ...RUN_2026_07),
      // Approved, waiting for the next payment run.
      { instalment: 3, amountPence: 4_280_000, paidOn: '2026-11-16', approvedOn: '2026-11-24' },
    ],
  },
  {
    partnerKey: 'kestrelgate-digital',
    title: 'Digital skills for job seekers',
    purpose:
      'Basic digital skills courses, a laptop loan scheme and help to set up email, online CVs and job-site accounts, for residents who cannot look for work because they are not online.',
    amountPence: 9_625_000,
    awardDate: OPEN_CALL_DECISION,
    plannedStart: '2026-07-01',
    plannedEnd: '2026-12-31',
    wardCodes: wards('Atherton North', 'Atherton South & Lilford', 'Hindley Green', 'Tyldesley & Mosley Common'),
    route: 'open_call',
    paymentBasis: 'arrears',
    instalments: [
      { dueDate: '2026-09-30', amountPence: 4_812_500 },
      { dueDate: '2026-12-31', amountPence: 4_812_500 },
    ],
    payments: [released(1, 4_812_500, ...RUN_2026_10)],
  },
  {
    partnerKey: 'greyfen-repair',
    title: 'Repair skills traineeships',
    purpose:
      'Paid-expenses traineeships in the repair café for residents who have been out of work for a long time: practical skills, a routine, a reference and a City & Guilds unit, with support to apply for jobs at the end.',
    amountPence: 10_400_000,
    awardDate: OPEN_CALL_DECISION,
    plannedStart: '2026-01-01',
    plannedEnd: '2026-12-31',
    wardCodes: wards('Tyldesley & Mosley Common', 'Astley', 'Atherton South & Lilford'),
    route: 'open_call',
    paymentBasis: 'arrears',
    instalments: [
      { dueDate: '2026-03-31', amountPence: 2_600_000 },
      { dueDate: '2026-06-30', amountPence: 2_600_000 },
      { dueDate: '2026-09-30', amountPence: 2_600_000 },
      { dueDate: '2026-12-31', amountPence: 2_600_000 },
    ],
    payments: [
      released(1, 2_600_000, ...RUN_2026_04),
      {
        instalment: 2,
        amountPence: 260_000,
        paidOn: '2026-07-08',
        reference: 'LWT-VCFSE-005/2',
        approvedOn: '2026-07-10',
        releasedOn: '2026-07-13',
        reversed: {
          on: '2026-07-15',
          reason: 'Keyed as £2,600.00 instead of £26,000.00 (a zero was dropped). The partner returned the £2,600.00 on 15 July; reversed and paid again at the correct amount as LWT-VCFSE-005/2R.',
        },
      },
      { instalment: 2, amountPence: 2_600_000, paidOn: '2026-07-15', reference: 'LWT-VCFSE-005/2R', approvedOn: '2026-07-16', releasedOn: '2026-07-17' },
      released(3, 2_600_000, ...RUN_2026_10),
    ],
  },
  {
    partnerKey: 'harrowdene-welcome',
    title: 'English for work',
    purpose:
      'English conversation clubs focused on work (interviews, workplace safety, talking to colleagues), plus help to get overseas qualifications recognised, for residents new to the UK who are not yet able to work.',
    amountPence: 9_275_000,
    awardDate: OPEN_CALL_DECISION,
    plannedStart: '2026-01-01',
    plannedEnd: '2026-09-30',
    wardCodes: wards('Douglas', 'Wigan Central', 'Wigan West'),
    route: 'open_call',
    paymentBasis: 'arrears',
    instalments: [
      { dueDate: '2026-03-31', amountPence: 3_092_500 },
      { dueDate: '2026-06-30', amountPence: 3_092_500 },
      { dueDate: '2026-09-30', amountPence: 3_090_000 },
    ],
    payments: [released(1, 3_092_500, ...RUN_2026_04), released(2, 3_092_500, ...RUN_2026_07), released(3, 3_090_000, ...RUN_2026_10)],
  },
  {
    partnerKey: 'pennine-fold-kitchen',
    title: 'Kitchen volunteering and advice café',
    purpose:
      'Structured volunteering in the community kitchen (food hygiene certificate, shifts, a reference) and a weekly work and wellbeing drop-in at the café, for residents who want a first step back towards work.',
    amountPence: 7_800_000,
    awardDate: OPEN_CALL_DECISION,
    plannedStart: '2026-04-01',
    plannedEnd: '2026-12-31',
    wardCodes: wards('Ince', 'Hindley', 'Abram', 'Wigan Central'),
    route: 'open_call',
    paymentBasis: 'arrears',
    instalments: [
      { dueDate: '2026-06-30', amountPence: 2_600_000 },
      { dueDate: '2026-09-30', amountPence: 2_600_000 },
      { dueDate: '2026-12-31', amountPence: 2_600_000 },
    ],
    payments: [released(1, 2_600_000, ...RUN_2026_07), released(2, 2_600_000, ...RUN_2026_10)],
  },
  {
    partnerKey: 'tannerfold-youth-arts',
    title: 'Creative routes for young adults',
    purpose:
      'Theatre, film and music projects for 18 to 24 year olds who are not working, studying or training, leading to an Arts Award, work experience with local venues and help to take the next step into a job, course or apprenticeship.',
    amountPence: 8_450_000,
    awardDate: OPEN_CALL_DECISION,
    plannedStart: '2026-07-01',
    plannedEnd: '2026-12-31',
    wardCodes: wards('Leigh West', 'Leigh Central & Higher Folds', 'Leigh South', 'Lowton East'),
    route: 'open_call',
    paymentBasis: 'arrears',
    instalments: [
      { dueDate: '2026-09-30', amountPence: 4_225_000 },
      { dueDate: '2026-12-31', amountPence: 4_225_000 },
    ],
    payments: [released(1, 4_225_000, ...RUN_2026_10)],
  },
  {
    partnerKey: 'ashbrindle-carers',
    title: 'Carers back to work',
    purpose:
      'Support for unpaid carers who had to give up work: replacement care so they can attend sessions, help to talk to employers about flexible working, and a peer group for carers returning to work.',
    amountPence: 6_600_000,
    awardDate: OPEN_CALL_DECISION,
    plannedStart: '2026-01-01',
    plannedEnd: '2026-12-31',
    wardCodes: wards('Ashton-in-Makerfield South', 'Bryn with Ashton-in-Makerfield North', 'Golborne & Lowton West'),
    route: 'open_call',
    paymentBasis: 'arrears',
    instalments: [
      { dueDate: '2026-03-31', amountPence: 1_650_000 },
      { dueDate: '2026-06-30', amountPence: 1_650_000 },
      { dueDate: '2026-09-30', amountPence: 1_650_000 },
      { dueDate: '2026-12-31', amountPence: 1_650_000 },
    ],
    payments: [released(1, 1_650_000, ...RUN_2026_04), released(2, 1_650_000, ...RUN_2026_07), released(3, 1_650_000, ...RUN_2026_10)],
  },
  {
    partnerKey: 'marrowby-shed',
    title: 'Shed to work',
    purpose:
      'Weekly workshop sessions for men aged 50 to 64 who have left work through ill health or redundancy: practical projects, peer support and a sessional coordinator who helps members try volunteering, part-time work or self-employment.',
    amountPence: 6_000_000,
    awardDate: OPEN_CALL_DECISION,
    plannedStart: '2025-10-01',
    plannedEnd: '2026-09-30',
    wardCodes: wards('Hindley Green', 'Hindley', 'Atherton North'),
    route: 'open_call',
    paymentBasis: 'advance',
    basisJustification:
      'A volunteer-run group with no reserves and no overdraft: it cannot pay the sessional coordinator and buy materials first and wait to be repaid. Each quarter is paid at its start, once the previous quarter’s attendance return is in.',
    instalments: [
      { dueDate: '2025-10-01', amountPence: 1_500_000 },
      { dueDate: '2026-01-01', amountPence: 1_500_000 },
      { dueDate: '2026-04-01', amountPence: 1_500_000 },
      { dueDate: '2026-07-01', amountPence: 1_500_000 },
    ],
    payments: [
      released(1, 1_500_000, '2025-09-29', '2025-09-30', '2025-10-01'),
      released(2, 1_500_000, '2025-12-29', '2025-12-30', '2026-01-02'),
      released(3, 1_500_000, '2026-03-27', '2026-03-30', '2026-04-01'),
      released(4, 1_500_000, '2026-06-26', '2026-06-29', '2026-07-01'),
    ],
  },
  {
    partnerKey: 'st-ambrels-pantry',
    title: 'Pantry plus: work and wellbeing',
    purpose:
      'A work and wellbeing adviser at every pantry session who offers residents a benefits check, a plan for what they want to work towards, and a referral to training, volunteering or employment support.',
    amountPence: 11_500_000,
    awardDate: OPEN_CALL_DECISION,
    plannedStart: '2026-04-01',
    plannedEnd: '2026-12-31',
    wardCodes: wards('Worsley Mesnes', 'Wigan Central', 'Pemberton', 'Winstanley'),
    route: 'open_call',
    paymentBasis: 'arrears',
    instalments: [
      { dueDate: '2026-06-30', amountPence: 3_833_400 },
      { dueDate: '2026-09-30', amountPence: 3_833_300 },
      { dueDate: '2026-12-31', amountPence: 3_833_300 },
    ],
    payments: [released(1, 3_833_400, ...RUN_2026_07), released(2, 3_833_300, ...RUN_2026_10)],
  },
];

export const LIVE_WELL_FUND: DemoFund = {
  code: 'LWT-VCFSE',
  name: 'Live Well Trailblazer VCFSE fund',
  programmeCode: 'WGN-LWT',
  source: 'DWP via GMCA (Economic Inactivity Trailblazer)',
  allocationPence: 120_000_000,
  firstFinancialYear: '2025/26',
  lastFinancialYear: '2026/27',
  endDate: '2027-03-31',
  zeroTransactionCost: true,
  awards: AWARDS,
};
