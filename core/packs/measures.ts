/**
 * Named figures of a pack, keyed so two packs (even for different periods) can be compared:
 * "what changed since the last GMCA pack".
 */
import { count, money } from './compose/format';
import type { PackData } from './data';

export interface Measure {
  key: string;
  label: string;
  value: string;
}

export function packMeasures(data: PackData): Measure[] {
  const active = data.programmes.filter((p) => p.status === 'active');
  const open = data.alignment.findings.filter((f) => f.status !== 'acknowledged');
  const gmca = data.indicators.filter((i) => i.frameworkOwner === 'gmca' && i.kind === 'accountable');
  const measures: Measure[] = [
    { key: 'programmes.active', label: 'Active programmes', value: count(active.length) },
    { key: 'programmes.confirmed', label: 'Confirmed funding of active programmes', value: money(active.reduce((t, p) => t + p.confirmedPence, 0)) },
    { key: 'grants.released_in_period', label: 'Released to partners in the pack’s period', value: money(data.grants.releasedInPeriodPence) },
    { key: 'grants.released_to_date', label: 'Released to partners to date', value: money(data.grants.funds.reduce((t, f) => t + f.netReleasedPence, 0)) },
    { key: 'grants.organisations', label: 'Organisations paid to date', value: count(data.grants.organisationsPaid) },
    { key: 'indicators.gmca_red', label: 'GMCA indicators at Red', value: count(gmca.filter((i) => i.rag === 'red').length) },
    { key: 'indicators.gmca_amber', label: 'GMCA indicators at Amber', value: count(gmca.filter((i) => i.rag === 'amber').length) },
    { key: 'indicators.gmca_green', label: 'GMCA indicators at Green', value: count(gmca.filter((i) => i.rag === 'green').length) },
    { key: 'findings.open', label: 'Open alignment findings', value: count(open.length) },
  ];
  for (const f of data.grants.funds) measures.push({ key: `fund.${f.code}.released`, label: `${f.code} released to partners`, value: money(f.netReleasedPence) });
  return measures;
}
