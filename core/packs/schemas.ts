import { z } from 'zod';
import { isPeriodKey } from '../outcomes/status';
import { id } from '../shared/validation';
import { SECTION_ORDER } from './compose/composition';
import type { PackSectionId } from './document';

const sectionId = z.enum(SECTION_ORDER as unknown as [PackSectionId, ...PackSectionId[]], { error: 'Choose a section from the list' });

export const compositionInput = z.strictObject({
  audience: z.enum(['gmca', 'cabinet', 'scrutiny'], { error: 'Choose GMCA, Cabinet or Scrutiny' }),
  periodLabel: z
    .string()
    .trim()
    .refine((t) => isPeriodKey('annual', t) || isPeriodKey('quarterly', t), 'Write a financial year such as 2025/26 or a quarter such as 2025/26 Q2'),
  sections: z
    .array(z.strictObject({ id: sectionId, commentary: z.string().max(10_000, 'Keep commentary under 10,000 characters').default('') }))
    .min(1, 'Choose at least one section')
    .max(SECTION_ORDER.length)
    .refine((list) => new Set(list.map((s) => s.id)).size === list.length, 'Each section can appear once'),
  highlightProgrammes: z.array(z.string().trim().min(1).max(40)).max(12, 'Highlight at most 12 programmes').default([]),
});
export type CompositionInput = z.infer<typeof compositionInput>;

export const packId = z.strictObject({ id });
export const downloadInput = z.strictObject({ id, format: z.enum(['pdf', 'docx']) });
export const compareInput = z.strictObject({ fromId: id, toId: id });
