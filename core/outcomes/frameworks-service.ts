import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditActor } from '../trpc/context';
import { appendAudit } from '../audit/service';
import { nowIso } from '../shared/clock';
import { notFound } from '../shared/field-errors';
import { assessHeadlines } from './assessment';
import { indicatorsQuery, toIndicatorView } from './indicator-rows';

export async function listFrameworks(db: Kysely<DB>) {
  const frameworks = await db.selectFrom('frameworks').selectAll().orderBy('id').execute();
  const versions = await db.selectFrom('framework_versions').selectAll().orderBy('id').execute();
  return frameworks.map((f) => ({
    id: f.id,
    code: f.code,
    title: f.title,
    owner: f.owner,
    description: f.description,
    versions: versions
      .filter((v) => v.framework_id === f.id)
      .map((v) => ({ id: v.id, label: v.label, status: v.status, fromFinancialYear: v.from_financial_year, publishedAt: v.published_at, basedOnVersionId: v.based_on_version_id })),
  }));
}

export async function getVersion(db: Kysely<DB>, versionId: number) {
  const version = await db
    .selectFrom('framework_versions')
    .innerJoin('frameworks', 'frameworks.id', 'framework_versions.framework_id')
    .selectAll('framework_versions')
    .select(['frameworks.code as framework_code', 'frameworks.title as framework_title'])
    .where('framework_versions.id', '=', versionId)
    .executeTakeFirst();
  if (!version) throw notFound('That framework version');
  return version;
}

/** The tree of one version: elements (pillar → outcome, mission → priority), funding lines, indicators with RAG. */
export async function frameworkTree(db: Kysely<DB>, versionId: number, today?: string) {
  const version = await getVersion(db, versionId);
  const [elements, fundingLines, indicatorRows] = await Promise.all([
    db.selectFrom('framework_elements').selectAll().where('version_id', '=', versionId).orderBy('position').orderBy('code').execute(),
    db.selectFrom('framework_funding_lines').selectAll().where('version_id', '=', versionId).orderBy('id').execute(),
    indicatorsQuery(db).where('indicators.version_id', '=', versionId).orderBy('indicator_identities.code').execute(),
  ]);
  const views = indicatorRows.map((row) => toIndicatorView(row));
  const assessments = await assessHeadlines(db, views, today);
  const indicators = views.map((view) => ({ ...view, assessment: assessments.get(view.id)! }));
  return {
    version: { id: version.id, label: version.label, status: version.status, fromFinancialYear: version.from_financial_year, frameworkCode: version.framework_code, frameworkTitle: version.framework_title },
    elements: elements.map((e) => ({ id: e.id, parentId: e.parent_id, kind: e.kind, code: e.code, title: e.title, description: e.description, illustrative: e.illustrative === 1 })),
    fundingLines: fundingLines.map((l) => ({
      id: l.id,
      elementId: l.element_id,
      fund: l.fund,
      homeDepartment: l.home_department,
      allocationMechanism: l.allocation_mechanism,
      financialYear: l.financial_year,
      spendType: l.spend_type,
      amountPence: l.amount_pence,
      sourceTitle: l.source_title,
      sourceUrl: l.source_url,
    })),
    indicators,
  };
}

/** Editing a published version starts a new draft: a full copy that can then be changed and published. */
export async function createDraftVersion(db: Kysely<DB>, who: AuditActor, fromVersionId: number, label: string, fromFinancialYear: string) {
  return db.transaction().execute(async (trx) => {
    const source = await getVersion(trx, fromVersionId);
    const openDraft = await trx.selectFrom('framework_versions').select('label').where('framework_id', '=', source.framework_id).where('status', '=', 'draft').executeTakeFirst();
    if (openDraft) throw new TRPCError({ code: 'BAD_REQUEST', message: `This framework already has a draft version (${openDraft.label}). Publish or edit that one.` });
    const clash = await trx.selectFrom('framework_versions').select('id').where('framework_id', '=', source.framework_id).where('label', '=', label).executeTakeFirst();
    if (clash) throw new TRPCError({ code: 'BAD_REQUEST', message: `A version called "${label}" already exists.` });
    const draft = await trx
      .insertInto('framework_versions')
      .values({ framework_id: source.framework_id, label, status: 'draft', from_financial_year: fromFinancialYear, based_on_version_id: fromVersionId, published_at: null, created_at: nowIso() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await copyVersionContent(trx, fromVersionId, draft.id);
    await appendAudit(trx, who, { action: 'framework.create_draft', entityType: 'framework_version', entityId: draft.id, after: { label, basedOn: source.label, framework: source.framework_code } });
    return { id: draft.id };
  });
}

async function copyVersionContent(trx: Kysely<DB>, fromId: number, toId: number): Promise<void> {
  const elements = await trx.selectFrom('framework_elements').selectAll().where('version_id', '=', fromId).orderBy('id').execute();
  const idMap = new Map<number, number>();
  for (const e of elements) {
    const row = await trx
      .insertInto('framework_elements')
      .values({ version_id: toId, parent_id: e.parent_id === null ? null : idMap.get(e.parent_id)!, kind: e.kind, code: e.code, title: e.title, description: e.description, position: e.position, illustrative: e.illustrative })
      .returning('id')
      .executeTakeFirstOrThrow();
    idMap.set(e.id, row.id);
  }
  const lines = await trx.selectFrom('framework_funding_lines').selectAll().where('version_id', '=', fromId).execute();
  for (const { id: _id, ...line } of lines) {
    await trx.insertInto('framework_funding_lines').values({ ...line, version_id: toId, element_id: idMap.get(line.element_id)! }).execute();
  }
  const indicators = await trx.selectFrom('indicators').selectAll().where('version_id', '=', fromId).execute();
  for (const { id, ...indicator } of indicators) {
    const row = await trx
      .insertInto('indicators')
      .values({ ...indicator, version_id: toId, element_id: indicator.element_id === null ? null : idMap.get(indicator.element_id)! })
      .returning('id')
      .executeTakeFirstOrThrow();
    const targets = await trx.selectFrom('indicator_targets').selectAll().where('indicator_id', '=', id).execute();
    if (targets.length) await trx.insertInto('indicator_targets').values(targets.map((t) => ({ ...t, indicator_id: row.id }))).execute();
  }
}

export async function publishVersion(db: Kysely<DB>, who: AuditActor, versionId: number) {
  return db.transaction().execute(async (trx) => {
    const version = await getVersion(trx, versionId);
    if (version.status !== 'draft') throw new TRPCError({ code: 'BAD_REQUEST', message: 'Only a draft version can be published.' });
    await trx.updateTable('framework_versions').set({ status: 'superseded' }).where('framework_id', '=', version.framework_id).where('status', '=', 'published').execute();
    await trx.updateTable('framework_versions').set({ status: 'published', published_at: nowIso() }).where('id', '=', versionId).execute();
    await appendAudit(trx, who, { action: 'framework.publish', entityType: 'framework_version', entityId: versionId, before: { status: 'draft' }, after: { status: 'published', label: version.label } });
    return { id: versionId };
  });
}

export async function assertDraft(db: Kysely<DB>, versionId: number): Promise<void> {
  const version = await getVersion(db, versionId);
  if (version.status !== 'draft') {
    throw new TRPCError({ code: 'BAD_REQUEST', message: `Version "${version.label}" is ${version.status} and cannot be edited. Start a new draft version from it instead.` });
  }
}
