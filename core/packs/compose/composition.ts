/** What a leader chooses: audience, period, sections in order with commentary, highlighted programmes. */
import type { PackAudience, PackSectionId } from '../document';

export interface PackComposition {
  audience: PackAudience;
  periodLabel: string;
  sections: Array<{ id: PackSectionId; commentary: string }>;
  highlightProgrammes: string[];
}

export const SECTION_TITLES: Readonly<Record<PackSectionId, string>> = {
  headline: 'Headline summary',
  missions: 'Progress on the council’s missions',
  gmca_outcomes: 'Integrated Settlement outcomes by pillar',
  programmes: 'Programme highlights',
  grants: 'VCFSE grants',
  alignment: 'Alignment findings and asks of GMCA',
  risks: 'Risks',
  appendix: 'Appendix: indicator definitions and sources',
};

export const SECTION_ORDER: readonly PackSectionId[] = ['headline', 'missions', 'gmca_outcomes', 'programmes', 'grants', 'alignment', 'risks', 'appendix'];

export const AUDIENCE_TITLES: Readonly<Record<PackAudience, string>> = {
  gmca: 'GMCA briefing',
  cabinet: 'Cabinet briefing',
  scrutiny: 'Scrutiny briefing',
};

/** The programmes a pack highlights unless the leader chooses others. */
export const DEFAULT_HIGHLIGHTS = ['WGN-LWT', 'WGN-LMDZ', 'WGN-NFD'];
