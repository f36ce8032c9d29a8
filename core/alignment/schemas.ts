/** Inputs of the alignment API. Targets are named by framework code and element or indicator code. */
import { z } from 'zod';
import { id } from '../shared/validation';

const code = z.string().trim().min(1, 'Choose what it links to').max(60);
const rationale = z.string().trim().min(1, 'Say why this link holds (one or two sentences)').max(1000);
const evidence = z.string().trim().max(500).default('');

export const programmeLinkInput = z.strictObject({
  programmeId: id,
  targetType: z.enum(['mission', 'priority', 'outcome', 'indicator'], { error: 'Choose a mission, priority, outcome or indicator' }),
  frameworkCode: code,
  targetCode: code,
  strength: z.enum(['primary', 'secondary', 'enabling'], { error: 'Choose primary, secondary or enabling' }),
  rationale,
  evidence,
});
export type ProgrammeLinkInput = z.infer<typeof programmeLinkInput>;

export const indicatorLinkInput = z.strictObject({
  fromFrameworkCode: code,
  fromIndicatorCode: code,
  toFrameworkCode: code,
  toIndicatorCode: code,
  relation: z.enum(['equivalent', 'contributes_to', 'proxy'], { error: 'Choose equivalent, contributes to, or proxy' }),
  rationale,
  evidence,
});
export type IndicatorLinkInput = z.infer<typeof indicatorLinkInput>;

export const removeLinkInput = z.strictObject({ id, reason: z.string().trim().min(1, 'Say why the link is being removed').max(500) });

export const acknowledgeInput = z.strictObject({
  findingKey: z.string().trim().min(1).max(300),
  reason: z.string().trim().min(1, 'Give the reason this finding is accepted for now').max(1000),
});

export const balanceTargetInput = z.strictObject({
  dimension: z.enum(['mission', 'pillar']),
  code: z.string().trim().min(1).max(60),
  /** Whole percentages in the UI; stored as a share 0–1. */
  targetPercent: z.number().min(0, 'A share cannot be below 0%').max(100, 'A share cannot be above 100%'),
  tolerancePercent: z.number().min(0).max(100).default(5),
});

export const findingsFilter = z.strictObject({
  severity: z.array(z.enum(['high', 'medium', 'low'])).max(3).optional(),
  ruleId: z.string().max(80).optional(),
  owner: z.string().max(200).optional(),
  status: z.enum(['open', 'acknowledged', 'all']).default('all'),
  /** Only findings that name this record. */
  recordType: z.enum(['programme', 'outcome', 'indicator', 'fund', 'award', 'mission', 'pillar']).optional(),
  recordId: z.union([z.number().int(), z.string().max(80)]).optional(),
});
export type FindingsFilter = z.infer<typeof findingsFilter>;
