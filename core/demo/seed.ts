import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditActor } from '../trpc/context';
import { appendAudit } from '../audit/service';
import { nowIso } from '../shared/clock';
import { insertUser } from '../identity/service';
import { insertProgramme } from '../programmes/service';
import type { ProgrammeInput } from '../programmes/schemas';
import { DEMO_USERS, PARTNERS, PROGRAMMES, SOURCES } from './data';
import type { Programme, SourceRecord } from './data/types';

function sourceByKey(): Map<string, SourceRecord> {
  return new Map(SOURCES.map((s) => [s.key, s]));
}

function citation(sources: Map<string, SourceRecord>, key: string): SourceRecord {
  const source = sources.get(key);
  if (!source) throw new Error(`Demo data names an unknown source "${key}"`);
  return source;
}

/** Turns one demonstration programme into the register's input, keeping every figure's source. */
export function demoProgrammeInput(p: Programme, partnerIds: Map<string, number>, sources = sourceByKey()): ProgrammeInput {
  const caveats = p.caveats.length ? `\n\nCaveats: ${p.caveats.join(' ')}` : '';
  return {
    code: p.code,
    name: p.name,
    summary: `${p.summary}${caveats}`.slice(0, 4000),
    type: p.type,
    status: p.status,
    leadOfficer: p.leadOfficer,
    seniorResponsibleOwner: p.sro,
    startDate: p.startDate,
    endDate: p.endDate,
    fundingLines: p.fundingLines.map((l) => ({
      source: l.source,
      pillarCode: l.pillarCode ?? null,
      financialYear: l.financialYear,
      spendType: l.spendType,
      amountPence: l.amountPence,
      certainty: l.certainty,
      note: [l.note, `Source: ${citation(sources, l.sourceKey).title}`, l.illustrative ? 'Illustrative demonstration figure.' : '']
        .filter(Boolean)
        .join(' — ')
        .slice(0, 500),
    })),
    milestones: p.milestones.map((m) => ({
      title: m.illustrative ? `${m.title} (illustrative)`.slice(0, 200) : m.title,
      dueDate: m.dueDate,
      targetValue: m.targetValue ?? null,
      unit: m.unit ?? '',
      status: m.status,
      actualValue: m.actualValue ?? null,
    })),
    wardCodes: p.wardCodes,
    partners: p.partners.map((link) => {
      const partnerId = partnerIds.get(link.partnerKey);
      if (partnerId === undefined) throw new Error(`Demo data names an unknown partner "${link.partnerKey}"`);
      return { partnerId, role: link.role };
    }),
    risks: p.risks.map((r) => ({ description: `${r.description} (illustrative)`.slice(0, 1000), likelihood: r.likelihood, impact: r.impact, owner: r.owner, mitigation: r.mitigation })),
    sources: [
      ...p.sources.map((link) => ({ key: link.sourceKey, figure: link.figure })),
      ...p.reportedFigures.map((f) => ({ key: f.sourceKey, figure: `${f.label}: ${formatFigure(f.value, f.unit)}${f.note ? ` — ${f.note}` : ''}` })),
    ].map(({ key, figure }) => {
      const source = citation(sources, key);
      return { title: source.title, url: source.url ?? null, document: source.document ?? null, sourceDate: source.date, figure: figure.slice(0, 300) };
    }),
  };
}

function formatFigure(value: number, unit: string): string {
  if (unit === 'pence') return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(value / 100);
  return `${value.toLocaleString('en-GB')} ${unit.replace('_', ' ')}`;
}

/** Seeds users, partners and programmes of the demonstration workspace inside the caller's transaction. */
export async function seedDemoWorkspace(trx: Kysely<DB>, who: AuditActor, passphraseHash: string): Promise<void> {
  for (const user of DEMO_USERS) {
    await insertUser(trx, who, { username: user.username, displayName: user.displayName, role: user.role }, passphraseHash);
  }
  const partnerIds = new Map<string, number>();
  for (const partner of PARTNERS) {
    const now = nowIso();
    const row = await trx
      .insertInto('partners')
      .values({
        name: partner.name,
        organisation_type: partner.organisationType,
        org_id: partner.orgId,
        charity_number: partner.charityNumber,
        company_number: partner.companyNumber,
        ward_code: partner.wardCode,
        locality: partner.locality,
        contact_name: partner.contact.name,
        contact_email: partner.contact.email,
        contact_phone: partner.contact.phone,
        archived_at: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    partnerIds.set(partner.key, row.id);
    await appendAudit(trx, who, { action: 'partner.create', entityType: 'partner', entityId: row.id, after: { name: partner.name, orgId: partner.orgId } });
  }
  const sources = sourceByKey();
  for (const programme of PROGRAMMES) {
    await insertProgramme(trx, who, demoProgrammeInput(programme, partnerIds, sources));
  }
}
