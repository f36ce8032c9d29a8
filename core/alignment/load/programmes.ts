/** The programmes part of an alignment snapshot: every programme not archived, with its funding lines, milestones and wards. */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { FundingSource, PillarCode, ProgrammeStatus } from '../../programmes/vocabulary';
import type { Certainty, MilestoneStatus, SnapshotProgramme } from '../rules/snapshot';

export interface ProgrammeOwners {
  /** programme id → lead officer (the owner of findings about it). */
  leadOfficers: Map<number, string>;
}

export async function loadProgrammes(db: Kysely<DB>): Promise<{ programmes: SnapshotProgramme[]; owners: ProgrammeOwners }> {
  const live = (eb: Kysely<DB>) => eb.selectFrom('programmes').select('id').where('archived_at', 'is', null);
  const [rows, lines, milestones, wards] = await Promise.all([
    db.selectFrom('programmes').select(['id', 'code', 'name', 'status', 'lead_officer']).where('archived_at', 'is', null).orderBy('code').execute(),
    db
      .selectFrom('programme_funding_lines')
      .select(['programme_id', 'source', 'pillar_code', 'financial_year', 'amount_pence', 'certainty'])
      .where('programme_id', 'in', live(db))
      .orderBy('programme_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('programme_milestones')
      .select(['id', 'programme_id', 'title', 'due_date', 'status', 'actual_value'])
      .where('programme_id', 'in', live(db))
      .orderBy('programme_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('programme_areas as pa')
      .innerJoin('areas as a', 'a.code', 'pa.area_code')
      .select(['pa.programme_id', 'pa.area_code'])
      .where('a.area_type', '=', 'ward')
      .where('pa.programme_id', 'in', live(db))
      .orderBy('pa.programme_id')
      .orderBy('pa.area_code')
      .execute(),
  ]);
  const programmes = new Map<number, SnapshotProgramme>();
  const leadOfficers = new Map<number, string>();
  for (const r of rows) {
    programmes.set(r.id, { id: r.id, code: r.code, name: r.name, status: r.status as ProgrammeStatus, wardCodes: [], fundingLines: [], milestones: [] });
    leadOfficers.set(r.id, r.lead_officer);
  }
  for (const l of lines) {
    programmes.get(l.programme_id)?.fundingLines.push({
      source: l.source as FundingSource,
      pillarCode: l.pillar_code as PillarCode | null,
      financialYear: l.financial_year,
      amountPence: l.amount_pence,
      certainty: l.certainty as Certainty,
    });
  }
  for (const m of milestones) {
    programmes.get(m.programme_id)?.milestones.push({ id: m.id, title: m.title, dueDate: m.due_date, status: m.status as MilestoneStatus, actualValue: m.actual_value });
  }
  for (const w of wards) programmes.get(w.programme_id)?.wardCodes.push(w.area_code);
  return { programmes: [...programmes.values()], owners: { leadOfficers } };
}
