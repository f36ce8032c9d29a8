import { type Rule, makeFinding } from './finding';
import { listOf, money, named } from './format';
import { byId, fundRecord, programmeRecord } from './model';
import type { SnapshotProgramme } from './snapshot';

/**
 * geography-mismatch (medium).
 * Test: an award whose fund's programme records at least one ward, where the partner's ward code is
 * set and is not one of the programme's ward codes (exact, case-sensitive match). Skipped, with no
 * finding: programmes with no wards (borough-wide), partners with no ward recorded, and awards whose
 * fund or programme is missing from the snapshot. Any programme status.
 * Key: 'geography-mismatch:award:<id>'. Fingerprint: partner id and ward, the programme's wards
 * (sorted) and the award amount.
 */
export const geographyMismatch: Rule = {
  id: 'geography-mismatch',
  title: 'Award to a partner outside the programme’s wards',
  purpose: 'Grants should reach the places the programme was set up to serve.',
  severity: 'medium',
  suggestedFix: 'Check where the partner delivers: record the award’s delivery wards and the reason, correct the partner’s ward, or add the ward to the programme.',
  reads: ['programmes', 'funds', 'awards'],
  run(s) {
    const funds = byId(s.funds);
    const programmes = byId(s.programmes);
    // Per programme, once: its wards as a set, sorted, and as the sentence names them.
    const wardsOf = new Map<number, { set: Set<string>; sorted: string[]; text: string }>();
    const wardInfo = (programme: SnapshotProgramme) => {
      let info = wardsOf.get(programme.id);
      if (!info) {
        const sorted = [...programme.wardCodes].sort();
        info = { set: new Set(sorted), sorted, text: `${sorted.length === 1 ? 'ward' : 'wards'} of programme ${named(programme.code, programme.name)} (${listOf(sorted)})` };
        wardsOf.set(programme.id, info);
      }
      return info;
    };
    return s.awards.flatMap((award) => {
      const fund = funds.get(award.fundId);
      const programme = fund ? programmes.get(fund.programmeId) : undefined;
      const ward = award.partnerWardCode;
      if (!fund || !programme || ward === null || !programme.wardCodes.length) return [];
      const { set, sorted: wards, text } = wardInfo(programme);
      if (set.has(ward)) return [];
      return [
        makeFinding(
          geographyMismatch,
          ['award', award.id],
          `Award ${award.reference} (${money(award.amountPence)}) from fund ${named(fund.code, fund.name)} went to ${award.partnerName}, ` +
            `registered in ward ${ward}, outside the ${text}.`,
          [{ type: 'award', id: award.id, label: `${award.reference} ${award.partnerName}` }, fundRecord(fund), programmeRecord(programme)],
          { partnerId: award.partnerId, partnerWardCode: ward, wards, amountPence: award.amountPence },
        ),
      ];
    });
  },
};
