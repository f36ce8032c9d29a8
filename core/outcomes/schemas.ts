import { z } from 'zod';
import { financialYear, id, isoDate, onsCode, requiredText, text } from '../shared/validation';
import { COMPARATORS, FREQUENCIES, GEOGRAPHY_LEVELS, INDICATOR_KINDS, OBSERVATION_STATUSES, POLARITIES, UNITS } from './vocabulary';

const measure = z.number({ error: 'Enter a number' }).finite('Enter a number').min(-1e12).max(1e12);

export const indicatorDefinitionInput = z.strictObject({
  versionId: id,
  code: z.string().trim().min(1, 'Enter an indicator code').max(40).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Codes use letters, numbers, dots, dashes and underscores'),
  elementCode: text(40).nullable().default(null),
  title: requiredText(300, 'a title'),
  definition: text(4000).default(''),
  kind: z.enum(INDICATOR_KINDS),
  tier: z.union([z.literal(1), z.literal(2)]).nullable().default(null),
  unit: z.enum(UNITS),
  polarity: z.enum(POLARITIES),
  numerator: text(500).default(''),
  denominator: text(500).default(''),
  dataSource: text(500).default(''),
  frequency: z.enum(FREQUENCIES),
  geographyLevel: z.enum(GEOGRAPHY_LEVELS),
  baselineValue: measure.nullable().default(null),
  baselinePeriod: text(20).nullable().default(null),
  tolerancePercent: z.number().min(0, 'Tolerance is 0–100%').max(100, 'Tolerance is 0–100%').default(10),
  comparator: z.enum(COMPARATORS).default('same_period_last_year'),
  owner: text(120).default(''),
  lastReviewed: isoDate.nullable().default(null),
  targets: z.array(z.strictObject({ period: requiredText(20, 'a period'), value: measure })).max(200).default([]),
});
export type IndicatorDefinitionInput = z.infer<typeof indicatorDefinitionInput>;

export const observationInput = z.strictObject({
  indicatorId: id,
  period: requiredText(20, 'a period'),
  areaCode: onsCode,
  value: measure,
  status: z.enum(OBSERVATION_STATUSES).default('provisional'),
  sourceNote: text(500).default(''),
  commentary: text(4000).default(''),
});
export type ObservationInput = z.infer<typeof observationInput>;

export const withdrawObservationInput = z.strictObject({
  indicatorId: id,
  observationId: id,
  reason: requiredText(1000, 'the reason for withdrawing the figure'),
});
export type WithdrawObservationInput = z.infer<typeof withdrawObservationInput>;

export const newDraftInput = z.strictObject({ fromVersionId: id, label: requiredText(60, 'a version label'), fromFinancialYear: financialYear });
