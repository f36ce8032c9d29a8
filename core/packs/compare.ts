/** What changed between two packs: figures, RAG ratings, and findings raised or resolved. */
import { ragWord } from './compose/format';
import type { PackData } from './data';
import { packMeasures } from './measures';

export interface PackComparison {
  figures: Array<{ key: string; label: string; before: string | null; after: string | null }>;
  ragChanges: Array<{ code: string; title: string; before: string; after: string }>;
  newFindings: Array<{ key: string; severity: string; message: string }>;
  resolvedFindings: Array<{ key: string; severity: string; message: string }>;
}

export function comparePackData(before: PackData, after: PackData): PackComparison {
  const a = new Map(packMeasures(before).map((m) => [m.key, m]));
  const b = new Map(packMeasures(after).map((m) => [m.key, m]));
  const figures: PackComparison['figures'] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    if (x?.value !== y?.value) figures.push({ key, label: (y ?? x)!.label, before: x?.value ?? null, after: y?.value ?? null });
  }
  const ragBefore = new Map(before.indicators.map((i) => [`${i.frameworkCode}|${i.code}`, i]));
  const ragChanges: PackComparison['ragChanges'] = [];
  for (const i of after.indicators) {
    const was = ragBefore.get(`${i.frameworkCode}|${i.code}`);
    if (!was || was.rag !== i.rag) ragChanges.push({ code: i.code, title: i.title, before: was ? ragWord(was.rag) : 'Not in the earlier pack', after: ragWord(i.rag) });
  }
  const open = (d: PackData) => new Map(d.alignment.findings.filter((f) => f.status !== 'acknowledged').map((f) => [f.key, f]));
  const openBefore = open(before);
  const openAfter = open(after);
  const pick = (f: { key: string; severity: string; message: string }) => ({ key: f.key, severity: f.severity, message: f.message });
  return {
    figures,
    ragChanges,
    newFindings: [...openAfter.values()].filter((f) => !openBefore.has(f.key)).map(pick),
    resolvedFindings: [...openBefore.values()].filter((f) => !openAfter.has(f.key)).map(pick),
  };
}
