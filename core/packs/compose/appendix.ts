import type { PackData } from '../data';
import type { PackBlock } from '../document';
import { count, dateTime } from './format';

const FREQUENCY_WORDS: Record<string, string> = { monthly: 'Monthly', quarterly: 'Quarterly', six_monthly: 'Six-monthly', annual: 'Annual' };

export function appendixBlocks(data: PackData): PackBlock[] {
  return [
    {
      kind: 'table',
      caption: 'Indicator definitions and sources',
      columns: ['Code', 'Indicator', 'Definition', 'Frequency', 'Source'],
      rows: data.indicators.map((i) => [i.code, i.title, i.definition || '—', FREQUENCY_WORDS[i.frequency] ?? i.frequency, i.dataSource || '—']),
      numeric: [false, false, false, false, false],
    },
    { kind: 'subheading', text: 'How the alignment findings are made' },
    {
      kind: 'table',
      caption: 'Alignment rules',
      columns: ['Rule', 'Purpose', 'Severity'],
      rows: data.alignment.rules.map((r) => [r.title, r.purpose, r.severity]),
      numeric: [false, false, false],
    },
    {
      kind: 'paragraph',
      text: `Data as of ${dateTime(data.asOf)}. Audit log: ${count(data.auditEntries)} entries; chain head ${data.auditHeadHash}. RAG compares the latest figure with its target within a tolerance; direction compares it with the previous period or the same period last year, as each indicator records.`,
    },
  ];
}
