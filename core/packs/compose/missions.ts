import type { PackData } from '../data';
import type { PackBlock } from '../document';
import { INDICATOR_COLUMNS, INDICATOR_NUMERIC, indicatorRows } from './format';

/** Each council mission: its coverage (with the formula), the programmes behind it and its indicators. */
export function missionBlocks(data: PackData): PackBlock[] {
  const { alignment } = data;
  const names = new Map(alignment.programmes.map((p) => [p.id, `${p.code} ${p.name}`]));
  const blocks: PackBlock[] = [];
  for (const mission of alignment.coverage.missions) {
    blocks.push({ kind: 'subheading', text: `${mission.code} ${mission.title}` });
    const c = mission.coverage;
    blocks.push({ kind: 'paragraph', text: `Coverage: ${c.value === null ? 'no figure' : `${Math.round(c.value * 100)}%`} (${c.formula}).` });
    const rowIndex = alignment.matrix.rows.findIndex((r) => r.type === 'mission' && r.code === mission.code);
    const ids = new Set(rowIndex < 0 ? [] : alignment.matrix.cells[rowIndex]!.flatMap((cell) => cell.programmeIds));
    const programmes = [...ids].map((id) => names.get(id) ?? String(id)).sort();
    blocks.push({
      kind: 'paragraph',
      text: programmes.length
        ? `Active programmes linked to this mission and to a GMCA outcome (${programmes.length}): ${programmes.join('; ')}.`
        : 'No active programme is linked to both this mission and a GMCA outcome.',
    });
    const indicators = data.indicators.filter((i) => i.frameworkOwner === 'council' && (i.parentCode === mission.code || i.elementCode === mission.code));
    if (indicators.length) {
      blocks.push({ kind: 'table', caption: `Indicators for ${mission.code}`, columns: INDICATOR_COLUMNS, rows: indicatorRows(indicators), numeric: INDICATOR_NUMERIC });
    }
  }
  if (!blocks.length) blocks.push({ kind: 'paragraph', text: 'No council missions are recorded in a published framework.' });
  return blocks;
}
