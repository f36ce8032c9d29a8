import type { PackData, PackIndicator } from '../data';
import type { PackBlock } from '../document';
import { INDICATOR_COLUMNS, INDICATOR_NUMERIC, indicatorRows, ragWord } from './format';

/** Trend charts in a pillar: its Red and Amber accountable indicators (at most four). */
const MAX_TRENDS_PER_PILLAR = 4;

export function trendChart(i: PackIndicator): PackBlock {
  return {
    kind: 'chart',
    id: `trend-${i.frameworkCode}-${i.code}`,
    caption: `${i.code} ${i.title}: ${ragWord(i.rag)}${i.period ? ` for ${i.period}` : ''}`,
    altText: `Line chart of ${i.title} over ${i.series.length} periods with its target and tolerance band. ${i.ragReason}`,
    chart: { type: 'trend', title: `${i.code} ${i.title}`, unit: i.unit, points: i.series },
  };
}

/** Integrated Settlement pillars: coverage, indicators with RAG and direction, trends of those off track. */
export function gmcaOutcomeBlocks(data: PackData): PackBlock[] {
  const blocks: PackBlock[] = [];
  for (const pillar of data.alignment.coverage.pillars) {
    blocks.push({ kind: 'subheading', text: pillar.title });
    const c = pillar.coverage;
    blocks.push({ kind: 'paragraph', text: `Funding coverage: ${c.value === null ? 'no figure' : `${Math.round(c.value * 100)}%`} (${c.formula}).` });
    const indicators = data.indicators.filter((i) => i.frameworkOwner === 'gmca' && i.parentCode === pillar.code);
    if (!indicators.length) {
      blocks.push({ kind: 'paragraph', text: 'No indicators are recorded for this pillar’s outcomes.' });
      continue;
    }
    blocks.push({ kind: 'table', caption: `${pillar.title}: indicators`, columns: INDICATOR_COLUMNS, rows: indicatorRows(indicators), numeric: INDICATOR_NUMERIC });
    const offTrack = indicators.filter((i) => i.kind === 'accountable' && (i.rag === 'red' || i.rag === 'amber') && i.series.length > 0);
    for (const i of offTrack.slice(0, MAX_TRENDS_PER_PILLAR)) blocks.push(trendChart(i));
  }
  if (!blocks.length) blocks.push({ kind: 'paragraph', text: 'No GMCA framework is published in this workspace.' });
  return blocks;
}
