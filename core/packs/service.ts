/**
 * Briefing packs: preview (nothing stored), generate (freeze a snapshot, audited), list, open,
 * download as PDF or Word, and compare. A pack stores its frozen data and the pack it composed
 * from them. The pack screen shows that stored composition, checked against the content hash;
 * downloading and comparing recompose from the frozen data, so the pack regenerates with the same
 * content hash however the register has changed since, and also check the stored composition.
 */
import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { appendAudit } from '../audit/service';
import { filePayload, type FilePayload } from '../exports/file-payload';
import { nowIso } from '../shared/clock';
import { notFound } from '../shared/field-errors';
import type { AuditActor } from '../trpc/context';
import { chartToSvg } from './charts/chart-svg';
import { comparePackData } from './compare';
import { composePack, type PackComposition } from './compose';
import type { PackData } from './data';
import type { PackDocument } from './document';
import { gatherPackData } from './gather';
import { contentHash } from './hash';
import { renderPackDocx } from './render/docx';
import { renderPackPdf } from './render/pdf';

export const PDF_MIME = 'application/pdf';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** SVG markup for every chart in the pack, keyed by the chart block's id (the preview shows these). */
export function chartsOf(pack: PackDocument): Record<string, string> {
  const charts: Record<string, string> = {};
  for (const section of pack.sections) for (const block of section.blocks) if (block.kind === 'chart') charts[block.id] = chartToSvg(block.chart);
  return charts;
}

async function freeze(db: Kysely<DB>, composition: PackComposition, asOf: string): Promise<PackData> {
  return gatherPackData(db, { periodLabel: composition.periodLabel, asOf });
}

/** What the pack would say now; nothing is stored. */
export async function previewPack(db: Kysely<DB>, composition: PackComposition) {
  const data = await db.transaction().execute((trx) => freeze(trx, composition, nowIso()));
  const composed = composePack(data, composition);
  return { document: composed, charts: chartsOf(composed), contentHash: contentHash(composed) };
}

export interface PackSummary {
  id: number;
  title: string;
  audience: 'gmca' | 'cabinet' | 'scrutiny';
  periodLabel: string;
  asOf: string;
  auditHeadHash: string;
  contentHash: string;
  createdBy: string;
  createdAt: string;
}

/** Freezes the register's figures with the audit head, composes the pack and stores it, audited. */
export async function generatePack(db: Kysely<DB>, who: AuditActor, composition: PackComposition): Promise<PackSummary> {
  if (!who.actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to generate a pack.' });
  const userId = who.actor.userId;
  const id = await db.transaction().execute(async (trx) => {
    const data = await freeze(trx, composition, nowIso());
    const composed = composePack(data, composition);
    const hash = contentHash(composed);
    const row = {
      title: composed.title,
      audience: composition.audience,
      period_label: data.period.label,
      as_of: data.asOf,
      audit_head_hash: data.auditHeadHash,
      audit_entries: data.auditEntries,
      composition_json: JSON.stringify(composition),
      data_json: JSON.stringify(data),
      content_hash: hash,
      created_by: userId,
      created_at: nowIso(),
    };
    const { id: packId } = await trx.insertInto('briefing_packs').values(row).returning('id').executeTakeFirstOrThrow();
    await trx.insertInto('briefing_pack_documents').values({ pack_id: packId, document_json: JSON.stringify(composed), content_hash: hash }).execute();
    await appendAudit(trx, who, {
      action: 'pack.generate',
      entityType: 'briefing_pack',
      entityId: packId,
      after: { title: row.title, audience: row.audience, periodLabel: row.period_label, asOf: row.as_of, auditHeadHash: row.audit_head_hash, contentHash: hash, sections: composition.sections.map((s) => s.id) },
    });
    return packId;
  });
  return (await listPacks(db)).find((p) => p.id === id)!;
}

export async function listPacks(db: Kysely<DB>): Promise<PackSummary[]> {
  const rows = await db
    .selectFrom('briefing_packs as p')
    .innerJoin('users as u', 'u.id', 'p.created_by')
    .select(['p.id', 'p.title', 'p.audience', 'p.period_label', 'p.as_of', 'p.audit_head_hash', 'p.content_hash', 'u.username', 'p.created_at'])
    .orderBy('p.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    audience: r.audience,
    periodLabel: r.period_label,
    asOf: r.as_of,
    auditHeadHash: r.audit_head_hash,
    contentHash: r.content_hash,
    createdBy: r.username,
    createdAt: r.created_at,
  }));
}

/** The stored document of a pack, if it has one (packs generated before migration 0014 do not). */
async function storedDocument(db: Kysely<DB>, id: number): Promise<{ document: PackDocument; copiedHash: string } | undefined> {
  const row = await db.selectFrom('briefing_pack_documents').select(['document_json', 'content_hash']).where('pack_id', '=', id).executeTakeFirst();
  return row && { document: JSON.parse(row.document_json) as PackDocument, copiedHash: row.content_hash };
}

/**
 * The full check: the pack recomposed from its frozen data. `verified` says the recomposed document's
 * hash equals the stored content hash and, where the pack has a stored document, that the stored
 * document (and its copy of the hash) matches too. Reads the whole frozen snapshot (tens of MB at
 * Greater Manchester scale): for issuing and comparing, not for showing the pack.
 */
export async function openPack(db: Kysely<DB>, id: number) {
  const row = await db.selectFrom('briefing_packs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('That pack');
  const composition = JSON.parse(row.composition_json) as PackComposition;
  const data = JSON.parse(row.data_json) as PackData;
  const composed = composePack(data, composition);
  const recomputed = contentHash(composed);
  const stored = await storedDocument(db, id);
  const storedDocumentMatches = !stored || (stored.copiedHash === row.content_hash && contentHash(stored.document) === row.content_hash);
  return {
    id: row.id,
    composition,
    data,
    document: composed,
    storedHash: row.content_hash,
    contentHash: recomputed,
    figuresMatch: recomputed === row.content_hash,
    storedDocumentMatches,
    verified: recomputed === row.content_hash && storedDocumentMatches,
  };
}

/**
 * What the pack screen shows: the stored document, never the frozen data. `verified` says the stored
 * document's canonical hash equals the pack's content hash (the copy kept beside the document, which
 * the database refused to store unless it equalled the pack's). A pack without a stored document is
 * recomposed from its frozen data, as before.
 */
export async function readPack(db: Kysely<DB>, id: number) {
  const row = await db.selectFrom('briefing_packs').select(['id', 'composition_json']).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('That pack');
  const stored = await storedDocument(db, id);
  if (!stored) {
    const { composition, document, contentHash: recomputed, verified } = await openPack(db, id);
    return { id: row.id, composition, document, contentHash: recomputed, verified };
  }
  const hash = contentHash(stored.document);
  return { id: row.id, composition: JSON.parse(row.composition_json) as PackComposition, document: stored.document, contentHash: hash, verified: hash === stored.copiedHash };
}

/** Refuses a pack that fails the full check: its files must say exactly what was generated. */
function refuseUnverified(pack: Awaited<ReturnType<typeof openPack>>): void {
  if (!pack.figuresMatch) throw new TRPCError({ code: 'CONFLICT', message: `Pack ${pack.id}’s content no longer matches its stored hash; it cannot be issued or compared.` });
  if (!pack.storedDocumentMatches) throw new TRPCError({ code: 'CONFLICT', message: `Pack ${pack.id}’s stored document no longer matches its frozen figures; it cannot be issued or compared.` });
}

export async function downloadPack(db: Kysely<DB>, id: number, format: 'pdf' | 'docx'): Promise<FilePayload> {
  const pack = await openPack(db, id);
  refuseUnverified(pack);
  const { title, periodLabel } = pack.document;
  const base = `${`${title} ${periodLabel}`.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase()}-pack-${id}`;
  if (format === 'pdf') return filePayload(`${base}.pdf`, PDF_MIME, await renderPackPdf(pack.document));
  return filePayload(`${base}.docx`, DOCX_MIME, await renderPackDocx(pack.document));
}

export async function comparePacks(db: Kysely<DB>, fromId: number, toId: number) {
  const [from, to] = await Promise.all([openPack(db, fromId), openPack(db, toId)]);
  refuseUnverified(from);
  refuseUnverified(to);
  const summary = ({ id, document: composed, data }: typeof from) => ({ id, title: composed.title, asOf: data.asOf });
  return { from: summary(from), to: summary(to), ...comparePackData(from.data, to.data) };
}
