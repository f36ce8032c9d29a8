import { type Rule, makeFinding } from './finding';
import { listOf, money, named } from './format';
import { confirmedPence, fundRecord, programmeRecord } from './model';

/**
 * awards-above-confirmed-funding (high).
 * Test: for each programme (any status) with at least one fund, the sum of its funds' awardedPence
 * (awards not cancelled, as the grants ledger reports it) is strictly greater than the sum of the
 * programme's funding lines with certainty 'confirmed' (all sources and years in the snapshot).
 * Planned funding does not count: awards are commitments and need confirmed money behind them.
 * Key: 'awards-above-confirmed-funding:programme:<id>'. Fingerprint: each fund's awarded pence and
 * the confirmed total.
 */
export const awardsAboveConfirmedFunding: Rule = {
  id: 'awards-above-confirmed-funding',
  title: 'Awards above the programme’s confirmed funding',
  purpose: 'The council must not commit more in grants than the money confirmed for the programme.',
  severity: 'high',
  suggestedFix: 'Confirm the programme’s funding in the register, or reduce or withdraw awards until they fit within it.',
  reads: ['programmes', 'funds'],
  run(s) {
    const fundsOf = new Map<number, typeof s.funds>();
    for (const f of s.funds) fundsOf.set(f.programmeId, [...(fundsOf.get(f.programmeId) ?? []), f]);
    return s.programmes.flatMap((p) => {
      const funds = fundsOf.get(p.id) ?? [];
      if (!funds.length) return [];
      const awarded = funds.reduce((t, f) => t + f.awardedPence, 0);
      const confirmed = confirmedPence(p);
      if (awarded <= confirmed) return [];
      const perFund = funds.map((f) => `${named(f.code, f.name)} ${money(f.awardedPence)}`);
      return [
        makeFinding(
          awardsAboveConfirmedFunding,
          ['programme', p.id],
          `Programme ${named(p.code, p.name)} has ${money(awarded)} awarded across its funds (${listOf(perFund)}), ` +
            `${money(awarded - confirmed)} more than its confirmed funding of ${money(confirmed)}.`,
          [programmeRecord(p), ...funds.map(fundRecord)],
          { funds: funds.map((f) => [f.id, f.awardedPence]), confirmedPence: confirmed },
        ),
      ];
    });
  },
};
