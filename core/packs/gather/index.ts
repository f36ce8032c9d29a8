/**
 * Gathers everything a pack needs from the register, with the audit head at that moment. Call it
 * inside a transaction so every figure and the head come from the same state of the database.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { alignmentReport } from '../../alignment/report';
import { chainHead } from '../../audit/service';
import type { PackData } from '../data';
import { gatherGrants } from './grants';
import { gatherIndicators } from './indicators';
import { packPeriod } from './period';
import { gatherProgrammes } from './programmes';

export { packPeriod };

export async function gatherPackData(db: Kysely<DB>, options: { periodLabel: string; asOf: string }): Promise<PackData> {
  const period = packPeriod(options.periodLabel);
  const today = options.asOf.slice(0, 10);
  {
    const [settings, head, programmes, indicators, alignment, grants] = await Promise.all([
      db.selectFrom('workspace_settings').select(['key', 'value']).execute(),
      chainHead(db),
      gatherProgrammes(db),
      gatherIndicators(db, period, today),
      alignmentReport(db, today),
      gatherGrants(db, period),
    ]);
    const council = settings.find((s) => s.key === 'council_name')?.value ?? 'Council';
    return {
      organisation: council,
      asOf: options.asOf,
      auditHeadHash: head.headHash,
      auditEntries: head.entries,
      period,
      programmes,
      indicators,
      alignment,
      grants,
    };
  }
}
