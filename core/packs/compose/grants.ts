import { transactionCostLine } from '../../grants/transaction-cost';
import type { PackData, PackFund } from '../data';
import type { PackBlock } from '../document';
import { count, money } from './format';

const MAX_WARD_BARS = 15;
const MAX_FUND_ROWS = 40;
const MAX_WARD_ROWS = 40;

/** The fund statement's line over several funds: their summed fees, gross and net released. */
function fundsCostLine(funds: PackFund[]): string {
  const sum = (pick: (f: PackFund) => number) => funds.reduce((t, f) => t + pick(f), 0);
  return transactionCostLine(sum((f) => f.feesPence), sum((f) => f.grossReleasedPence), sum((f) => f.netOfFeesReleasedPence));
}

export function grantsBlocks(data: PackData): PackBlock[] {
  const g = data.grants;
  const sum = (pick: (f: PackFund) => number) => g.funds.reduce((t, f) => t + pick(f), 0);
  const zero = g.funds.filter((f) => f.zeroTransactionCost);
  const blocks: PackBlock[] = [
    {
      kind: 'figures',
      items: [
        { label: `Released in ${data.period.label}`, value: money(g.releasedInPeriodPence) },
        { label: 'Released to date', value: money(sum((f) => f.netReleasedPence)) },
        { label: `Organisations paid in ${data.period.label}`, value: count(g.organisationsPaidInPeriod) },
        { label: 'Organisations paid to date', value: count(g.organisationsPaid) },
      ],
    },
  ];
  if (zero.length) {
    blocks.push({ kind: 'statement', text: `Zero-transaction-cost funds (${zero.map((f) => f.code).join(', ')}): ${fundsCostLine(zero)}.` });
  }
  blocks.push({
    kind: 'chart',
    id: 'grants-flow',
    caption: 'From allocation to partners, all funds',
    altText: `Allocated ${money(sum((f) => f.allocationPence))}, awarded ${money(sum((f) => f.awardedPence))}, released to partners ${money(sum((f) => f.netReleasedPence))}.`,
    chart: {
      type: 'flow',
      title: 'Allocation → awarded → released',
      stages: [
        { label: 'Allocated', pence: sum((f) => f.allocationPence) },
        { label: 'Awarded', pence: sum((f) => f.awardedPence) },
        { label: 'Released', pence: sum((f) => f.netReleasedPence) },
      ],
    },
  });
  const funds = [...g.funds].sort((a, b) => b.allocationPence - a.allocationPence || a.code.localeCompare(b.code));
  blocks.push({
    kind: 'table',
    caption: funds.length > MAX_FUND_ROWS ? `Funds (the ${MAX_FUND_ROWS} largest of ${count(funds.length)})` : 'Funds',
    columns: ['Fund', 'Programme', 'Allocation', 'Awarded', 'Released', 'Zero cost'],
    rows: funds.slice(0, MAX_FUND_ROWS).map((f) => [`${f.code} ${f.name}`, f.programmeCode, money(f.allocationPence), money(f.awardedPence), money(f.netReleasedPence), f.zeroTransactionCost ? 'Yes' : 'No']),
    numeric: [false, false, true, true, true, false],
  });
  if (g.byWard.length) {
    blocks.push({
      kind: 'chart',
      id: 'grants-by-ward',
      caption: g.byWard.length > MAX_WARD_BARS ? `Released to partners by ward (the ${MAX_WARD_BARS} largest)` : 'Released to partners by ward',
      altText: `Bar chart of money released to partners by the ward each partner is based in; largest: ${g.byWard[0]!.wardName}, ${money(g.byWard[0]!.pence)}.`,
      chart: { type: 'bars', title: 'Released by ward', unit: 'pence', bars: g.byWard.slice(0, MAX_WARD_BARS).map((w) => ({ label: w.wardName, value: w.pence })) },
    });
    blocks.push({
      kind: 'table',
      caption: g.byWard.length > MAX_WARD_ROWS ? `Released to partners by ward (the ${MAX_WARD_ROWS} largest of ${count(g.byWard.length)})` : 'Released to partners by ward',
      columns: ['Ward', 'Organisations', 'Released'],
      rows: g.byWard.slice(0, MAX_WARD_ROWS).map((w) => [w.wardName, count(w.organisations), money(w.pence)]),
      numeric: [false, true, true],
    });
  }
  return blocks;
}
