/**
 * Composes a pack document from frozen pack data and the leader's choices. Pure: the same data and
 * choices always give the same document (and so the same content hash).
 */
import type { PackData } from '../data';
import type { PackBlock, PackDocument, PackSectionId } from '../document';
import { alignmentBlocks } from './alignment';
import { appendixBlocks } from './appendix';
import { AUDIENCE_TITLES, SECTION_TITLES, type PackComposition } from './composition';
import { gmcaOutcomeBlocks } from './gmca-outcomes';
import { grantsBlocks } from './grants';
import { headlineBlocks } from './headline';
import { missionBlocks } from './missions';
import { programmeBlocks } from './programmes';
import { riskBlocks } from './risks';

export * from './composition';

function blocksFor(id: PackSectionId, data: PackData, composition: PackComposition): PackBlock[] {
  switch (id) {
    case 'headline':
      return headlineBlocks(data);
    case 'missions':
      return missionBlocks(data);
    case 'gmca_outcomes':
      return gmcaOutcomeBlocks(data);
    case 'programmes':
      return programmeBlocks(data, composition.highlightProgrammes);
    case 'grants':
      return grantsBlocks(data);
    case 'alignment':
      return alignmentBlocks(data);
    case 'risks':
      return riskBlocks(data);
    case 'appendix':
      return appendixBlocks(data);
  }
}

export function composePack(data: PackData, composition: PackComposition): PackDocument {
  return {
    title: AUDIENCE_TITLES[composition.audience],
    subtitle: `${data.organisation}: local programmes, Integrated Settlement outcomes and VCFSE grants`,
    audience: composition.audience,
    periodLabel: data.period.label,
    organisation: data.organisation,
    asOf: data.asOf,
    auditHeadHash: data.auditHeadHash,
    sections: composition.sections.map((s) => ({ id: s.id, heading: SECTION_TITLES[s.id], commentary: s.commentary, blocks: blocksFor(s.id, data, composition) })),
  };
}
