import type { PackCompositionInput, PackSectionChoice } from '../api/pack-types';

export type SectionId = PackSectionChoice['id'];

/** The composer's state: the generate input with every field filled in. */
export interface ComposerState {
  audience: PackCompositionInput['audience'];
  periodLabel: string;
  sections: Array<{ id: SectionId; commentary: string }>;
  highlightProgrammes: string[];
}
type SectionState = ComposerState['sections'][number];

/** The financial year a date falls in, e.g. 2026-11-26 → '2026/27' (years run April to March). */
export function financialYearOf(date: Date): string {
  const year = date.getFullYear();
  const start = date.getMonth() >= 3 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

export function defaultComposition(sections: readonly SectionId[], highlights: readonly string[], today = new Date()): ComposerState {
  return {
    audience: 'gmca',
    periodLabel: financialYearOf(today),
    sections: sections.map((id) => ({ id, commentary: '' })),
    highlightProgrammes: [...highlights],
  };
}

/** Moves a chosen section up (-1) or down (+1); out-of-range moves change nothing. */
export function moveSection(list: readonly SectionState[], index: number, by: -1 | 1): SectionState[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** Adds a section (at the end) or removes it, keeping its commentary while it stays chosen. */
export function toggleSection(list: readonly SectionState[], id: SectionId, chosen: boolean): SectionState[] {
  if (chosen) return list.some((s) => s.id === id) ? [...list] : [...list, { id, commentary: '' }];
  return list.filter((s) => s.id !== id);
}
