import type { PackData } from '../data';
import type { PackBlock } from '../document';

const MAX_RISKS = 30;

/** Risks of active and proposed programmes, highest likelihood × impact first. */
export function riskBlocks(data: PackData): PackBlock[] {
  const risks = data.programmes
    .filter((p) => p.status === 'active' || p.status === 'proposed')
    .flatMap((p) => p.risks.map((r) => ({ ...r, programme: p.code, score: r.likelihood * r.impact })))
    .sort((a, b) => b.score - a.score || a.programme.localeCompare(b.programme) || a.description.localeCompare(b.description));
  if (!risks.length) return [{ kind: 'paragraph', text: 'No risks are recorded against active or proposed programmes.' }];
  return [
    {
      kind: 'table',
      caption: risks.length > MAX_RISKS ? `Risks (the ${MAX_RISKS} highest-scoring of ${risks.length})` : 'Risks by score (likelihood × impact, each 1–5)',
      columns: ['Programme', 'Risk', 'Likelihood', 'Impact', 'Score', 'Owner', 'Mitigation'],
      rows: risks.slice(0, MAX_RISKS).map((r) => [r.programme, r.description, String(r.likelihood), String(r.impact), String(r.score), r.owner || '—', r.mitigation || '—']),
      numeric: [false, false, true, true, true, false, false],
    },
  ];
}
