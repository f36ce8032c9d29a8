import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { ProgrammeInput } from './schemas';

/** Reads a programme with every part it owns, in the shape the forms and the audit log use. */
export async function readProgramme(db: Kysely<DB>, programmeId: number) {
  const row = await db.selectFrom('programmes').selectAll().where('id', '=', programmeId).executeTakeFirst();
  if (!row) return null;
  const [fundingLines, milestones, areas, partners, risks, sources] = await Promise.all([
    db.selectFrom('programme_funding_lines').selectAll().where('programme_id', '=', programmeId).orderBy('position').execute(),
    db.selectFrom('programme_milestones').selectAll().where('programme_id', '=', programmeId).orderBy('position').execute(),
    db
      .selectFrom('programme_areas')
      .innerJoin('areas', 'areas.code', 'programme_areas.area_code')
      .select(['areas.code', 'areas.name', 'areas.verified'])
      .where('programme_areas.programme_id', '=', programmeId)
      .orderBy('areas.name')
      .execute(),
    db
      .selectFrom('programme_partners')
      .innerJoin('partners', 'partners.id', 'programme_partners.partner_id')
      .select(['partners.id', 'partners.name', 'programme_partners.role'])
      .where('programme_partners.programme_id', '=', programmeId)
      .orderBy('partners.name')
      .execute(),
    db.selectFrom('programme_risks').selectAll().where('programme_id', '=', programmeId).orderBy('position').execute(),
    db.selectFrom('programme_sources').selectAll().where('programme_id', '=', programmeId).orderBy('position').execute(),
  ]);
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    summary: row.summary,
    type: row.programme_type,
    status: row.status,
    leadOfficer: row.lead_officer,
    seniorResponsibleOwner: row.senior_responsible_owner,
    startDate: row.start_date,
    endDate: row.end_date,
    boroughCode: row.borough_code,
    archivedAt: row.archived_at,
    archiveReason: row.archive_reason,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    fundingLines: fundingLines.map((l) => ({
      source: l.source,
      pillarCode: l.pillar_code,
      financialYear: l.financial_year,
      spendType: l.spend_type,
      amountPence: l.amount_pence,
      certainty: l.certainty,
      note: l.note,
    })),
    milestones: milestones.map((m) => ({
      title: m.title,
      dueDate: m.due_date,
      targetValue: m.target_value,
      unit: m.unit,
      status: m.status,
      actualValue: m.actual_value,
    })),
    wards: areas.map((a) => ({ code: a.code, name: a.name, verified: a.verified === 1 })),
    partners: partners.map((p) => ({ partnerId: p.id, name: p.name, role: p.role })),
    risks: risks.map((r) => ({ description: r.description, likelihood: r.likelihood, impact: r.impact, owner: r.owner, mitigation: r.mitigation })),
    sources: sources.map((s) => ({ title: s.title, url: s.url, document: s.document, sourceDate: s.source_date, figure: s.figure })),
  };
}

export type ProgrammeDetail = NonNullable<Awaited<ReturnType<typeof readProgramme>>>;

/** Replaces every owned part of a programme with the submitted lists (inside the caller's transaction). */
export async function writeProgrammeParts(trx: Kysely<DB>, programmeId: number, input: ProgrammeInput): Promise<void> {
  for (const table of ['programme_funding_lines', 'programme_milestones', 'programme_areas', 'programme_partners', 'programme_risks', 'programme_sources'] as const) {
    await trx.deleteFrom(table).where('programme_id', '=', programmeId).execute();
  }
  if (input.fundingLines.length) {
    await trx
      .insertInto('programme_funding_lines')
      .values(
        input.fundingLines.map((l, position) => ({
          programme_id: programmeId,
          position,
          source: l.source,
          pillar_code: l.pillarCode,
          financial_year: l.financialYear,
          spend_type: l.spendType,
          amount_pence: l.amountPence,
          certainty: l.certainty,
          note: l.note,
        })),
      )
      .execute();
  }
  if (input.milestones.length) {
    await trx
      .insertInto('programme_milestones')
      .values(
        input.milestones.map((m, position) => ({
          programme_id: programmeId,
          position,
          title: m.title,
          due_date: m.dueDate,
          target_value: m.targetValue,
          unit: m.unit,
          status: m.status,
          actual_value: m.actualValue,
        })),
      )
      .execute();
  }
  const wardCodes = [...new Set(input.wardCodes)];
  if (wardCodes.length) {
    await trx.insertInto('programme_areas').values(wardCodes.map((code) => ({ programme_id: programmeId, area_code: code }))).execute();
  }
  const partners = new Map(input.partners.map((p) => [p.partnerId, p.role]));
  if (partners.size) {
    await trx
      .insertInto('programme_partners')
      .values([...partners].map(([partnerId, role]) => ({ programme_id: programmeId, partner_id: partnerId, role })))
      .execute();
  }
  if (input.risks.length) {
    await trx
      .insertInto('programme_risks')
      .values(input.risks.map((r, position) => ({ programme_id: programmeId, position, description: r.description, likelihood: r.likelihood, impact: r.impact, owner: r.owner, mitigation: r.mitigation })))
      .execute();
  }
  if (input.sources.length) {
    await trx
      .insertInto('programme_sources')
      .values(input.sources.map((s, position) => ({ programme_id: programmeId, position, title: s.title, url: s.url, document: s.document, source_date: s.sourceDate, figure: s.figure })))
      .execute();
  }
}
