import type { PackData } from '../data';
import type { PackBlock } from '../document';
import { count, dateTime, money } from './format';

export function headlineBlocks(data: PackData): PackBlock[] {
  const active = data.programmes.filter((p) => p.status === 'active');
  const rated = (owner: 'gmca' | 'council') => data.indicators.filter((i) => i.frameworkOwner === owner && i.kind === 'accountable');
  const ragLine = (owner: 'gmca' | 'council') => {
    const list = rated(owner);
    const n = (rag: string) => list.filter((i) => i.rag === rag).length;
    return `${n('green')} Green, ${n('amber')} Amber, ${n('red')} Red, ${list.filter((i) => i.rag === null).length} not rated`;
  };
  const open = data.alignment.findings.filter((f) => f.status !== 'acknowledged');
  const bySeverity = (s: string) => open.filter((f) => f.severity === s).length;
  const releasedToDate = data.grants.funds.reduce((t, f) => t + f.netReleasedPence, 0);
  return [
    {
      kind: 'figures',
      items: [
        { label: 'Active programmes', value: count(active.length) },
        { label: 'Confirmed funding of active programmes', value: money(active.reduce((t, p) => t + p.confirmedPence, 0)) },
        { label: `Released to VCFSE partners in ${data.period.label}`, value: money(data.grants.releasedInPeriodPence) },
        { label: 'Released to VCFSE partners to date', value: money(releasedToDate) },
        { label: 'Organisations paid to date', value: count(data.grants.organisationsPaid) },
        { label: 'GMCA accountable indicators', value: ragLine('gmca') },
        { label: 'Council accountable indicators', value: ragLine('council') },
        { label: 'Open alignment findings', value: `${bySeverity('high')} high, ${bySeverity('medium')} medium, ${bySeverity('low')} low` },
      ],
    },
    {
      kind: 'paragraph',
      text: `Every figure in this pack is computed from the register as it stood at ${dateTime(data.asOf)}, when the audit log held ${count(data.auditEntries)} entries ending in hash ${data.auditHeadHash}. No figure was typed in by hand.`,
    },
  ];
}
