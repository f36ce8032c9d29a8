/**
 * How a GMCA framework's pillar element is joined to the register's pillar codes (the codes funding
 * lines carry). By element code first (P-LGP …), then by title, so a renegotiated framework that
 * keeps either keeps its join.
 */
import { PILLAR_LABELS, PILLARS, type PillarCode } from '../programmes/vocabulary';

export const PILLAR_ELEMENT_CODES: Readonly<Record<PillarCode, string>> = {
  local_growth_place: 'P-LGP',
  local_transport: 'P-LT',
  adult_skills: 'P-AS',
  housing_regeneration: 'P-HR',
  employment_support: 'P-ES',
  buildings_retrofit: 'P-BR',
};

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/&/g, 'and');

/** The register's pillar code for a framework pillar element, or null when it matches none. */
export function pillarCodeOfElement(code: string, title: string): PillarCode | null {
  for (const pillar of PILLARS) if (PILLAR_ELEMENT_CODES[pillar] === code.trim().toUpperCase()) return pillar;
  const wanted = normalise(title);
  for (const pillar of PILLARS) if (normalise(PILLAR_LABELS[pillar]) === wanted) return pillar;
  return null;
}
