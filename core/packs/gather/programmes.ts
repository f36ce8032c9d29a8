/** Programmes for a pack: every programme not archived, with funding lines, milestones and risks. */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { PackProgramme } from '../data';

export async function gatherProgrammes(db: Kysely<DB>): Promise<PackProgramme[]> {
  const live = db.selectFrom('programmes').select('id').where('archived_at', 'is', null);
  const [rows, lines, milestones, risks] = await Promise.all([
    db.selectFrom('programmes').select(['id', 'code', 'name', 'status', 'summary', 'lead_officer']).where('archived_at', 'is', null).orderBy('code').execute(),
    db
      .selectFrom('programme_funding_lines')
      .select(['programme_id', 'source', 'pillar_code', 'financial_year', 'amount_pence', 'certainty'])
      .where('programme_id', 'in', live)
      .orderBy('programme_id')
      .orderBy('position')
      .execute(),
    db.selectFrom('programme_milestones').select(['programme_id', 'title', 'due_date', 'status']).where('programme_id', 'in', live).orderBy('programme_id').orderBy('position').execute(),
    db
      .selectFrom('programme_risks')
      .select(['programme_id', 'description', 'likelihood', 'impact', 'owner', 'mitigation'])
      .where('programme_id', 'in', live)
      .orderBy('programme_id')
      .orderBy('position')
      .execute(),
  ]);
  const byId = new Map<number, PackProgramme>();
  for (const r of rows) {
    byId.set(r.id, { id: r.id, code: r.code, name: r.name, status: r.status, summary: r.summary, leadOfficer: r.lead_officer, confirmedPence: 0, totalPence: 0, fundingLines: [], milestones: [], risks: [] });
  }
  for (const l of lines) {
    const p = byId.get(l.programme_id);
    if (!p) continue;
    p.fundingLines.push({ source: l.source, pillarCode: l.pillar_code, financialYear: l.financial_year, amountPence: l.amount_pence, certainty: l.certainty });
    p.totalPence += l.amount_pence;
    if (l.certainty === 'confirmed') p.confirmedPence += l.amount_pence;
  }
  for (const m of milestones) byId.get(m.programme_id)?.milestones.push({ title: m.title, dueDate: m.due_date, status: m.status });
  for (const r of risks) byId.get(r.programme_id)?.risks.push({ description: r.description, likelihood: r.likelihood, impact: r.impact, owner: r.owner, mitigation: r.mitigation });
  return [...byId.values()];
}
