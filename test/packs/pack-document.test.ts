import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { canonicalJson } from '../../core/audit/canonical-json';
import { SECTION_ORDER } from '../../core/packs/compose';
import { contentHash } from '../../core/packs/hash';
import { chartsOf, openPack } from '../../core/packs/service';
import { demoWorkspace } from '../helpers/demo-workspace';

type Demo = Awaited<ReturnType<typeof demoWorkspace>>;
const composition = {
  audience: 'gmca' as const,
  periodLabel: '2026/27',
  sections: SECTION_ORDER.map((id) => ({ id, commentary: `Commentary for ${id}.` })),
  highlightProgrammes: ['WGN-LWT', 'WGN-LMDZ', 'WGN-NFD'],
};

/** The pack screen shows the stored document; issuing and comparing recompose from the frozen figures. */
describe('a briefing pack’s stored document', () => {
  let ws: Demo;
  let leader: Awaited<ReturnType<Demo['as']>>;

  /** Runs raw SQL on the pack tables past their append-only triggers (as a tamperer with the file would), then restores them. */
  const tamper = (statement: string, ...params: unknown[]) => {
    const triggers = ws.sqlite
      .prepare("select name, sql from sqlite_master where type = 'trigger' and tbl_name in ('briefing_packs', 'briefing_pack_documents')")
      .all() as Array<{ name: string; sql: string }>;
    expect(triggers.map((t) => t.name)).toEqual(expect.arrayContaining(['briefing_packs_no_update', 'briefing_pack_documents_no_update', 'briefing_pack_documents_no_delete']));
    for (const t of triggers) ws.sqlite.exec(`drop trigger "${t.name}"`);
    try {
      expect(ws.sqlite.prepare(statement).run(...params).changes).toBe(1);
    } finally {
      for (const t of triggers) ws.sqlite.exec(t.sql);
    }
  };
  const storedRow = (id: number) => ws.sqlite.prepare('select document_json, content_hash from briefing_pack_documents where pack_id = ?').get(id) as { document_json: string; content_hash: string } | undefined;

  beforeAll(async () => {
    ws = await demoWorkspace();
    leader = await ws.as('leader');
  });
  afterAll(() => ws.close());

  it('is stored with the pack, and the screen shows the same document the frozen figures recompose to', async () => {
    const summary = await leader.packs.generate(composition);
    const stored = storedRow(summary.id);
    expect(stored?.content_hash).toBe(summary.contentHash);
    expect(contentHash(JSON.parse(stored!.document_json))).toBe(summary.contentHash);

    const shown = await leader.packs.get({ id: summary.id });
    const recomposed = await openPack(ws.db, summary.id);
    expect(recomposed.verified).toBe(true);
    expect(shown.verified).toBe(true);
    expect(shown.contentHash).toBe(summary.contentHash);
    expect(shown.document).toEqual(recomposed.document);
    expect(canonicalJson(shown.document)).toBe(canonicalJson(recomposed.document));
    expect(shown.charts).toEqual(chartsOf(recomposed.document));
    expect(Object.keys(shown.charts).length).toBeGreaterThan(0);
    expect(shown.composition).toEqual(composition);
    // Stored append-only, like the pack itself.
    expect(() => ws.sqlite.prepare("update briefing_pack_documents set document_json = '{}' where pack_id = ?").run(summary.id)).toThrow(/append-only/);
    expect(() => ws.sqlite.prepare('delete from briefing_pack_documents where pack_id = ?').run(summary.id)).toThrow(/append-only/);
  });

  it('a pack generated before documents were stored is recomposed from its figures, and still opens and downloads', async () => {
    const summary = await leader.packs.generate(composition);
    const expected = await openPack(ws.db, summary.id);
    tamper('delete from briefing_pack_documents where pack_id = ?', summary.id);
    expect(storedRow(summary.id)).toBeUndefined();

    const shown = await leader.packs.get({ id: summary.id });
    expect(shown).toMatchObject({ id: summary.id, verified: true, contentHash: summary.contentHash });
    expect(shown.document).toEqual(expected.document);
    expect(shown.charts).toEqual(chartsOf(expected.document));
    expect((await leader.packs.download({ id: summary.id, format: 'pdf' })).mimeType).toBe('application/pdf');
  });

  it('a stored document changed behind the app is shown as not verified, and is neither issued nor compared', async () => {
    const other = await leader.packs.generate(composition);
    const summary = await leader.packs.generate(composition);
    const doctored = JSON.parse(storedRow(summary.id)!.document_json) as { title: string };
    doctored.title = 'A better-looking pack';
    tamper('update briefing_pack_documents set document_json = ? where pack_id = ?', JSON.stringify(doctored), summary.id);

    const shown = await leader.packs.get({ id: summary.id });
    expect(shown.document.title).toBe('A better-looking pack');
    expect(shown.verified).toBe(false);
    expect(shown.contentHash).not.toBe(summary.contentHash);
    await expect(leader.packs.download({ id: summary.id, format: 'pdf' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('stored document') });
    await expect(leader.packs.download({ id: summary.id, format: 'docx' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(leader.packs.compare({ fromId: other.id, toId: summary.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    // The untouched pack is still issued.
    expect((await leader.packs.download({ id: other.id, format: 'docx' })).mimeType).toContain('wordprocessingml');
  });

  it('a document changed together with its copy of the hash passes the screen’s check, but is not issued', async () => {
    const summary = await leader.packs.generate(composition);
    const doctored = JSON.parse(storedRow(summary.id)!.document_json) as { title: string };
    doctored.title = 'A better-looking pack';
    tamper('update briefing_pack_documents set document_json = ?, content_hash = ? where pack_id = ?', JSON.stringify(doctored), contentHash(doctored as never), summary.id);

    expect((await leader.packs.get({ id: summary.id })).verified).toBe(true);
    expect((await openPack(ws.db, summary.id)).verified).toBe(false);
    await expect(leader.packs.download({ id: summary.id, format: 'pdf' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('stored document') });
  });

  it('frozen figures changed behind the app refuse the download and the comparison', async () => {
    const other = await leader.packs.generate(composition);
    const summary = await leader.packs.generate(composition);
    tamper("update briefing_packs set data_json = json_set(data_json, '$.asOf', '2020-01-01T00:00:00.000Z') where id = ?", summary.id);

    expect((await openPack(ws.db, summary.id)).verified).toBe(false);
    // The screen shows the stored document, which still matches its hash; issuing re-checks the figures.
    expect((await leader.packs.get({ id: summary.id })).verified).toBe(true);
    await expect(leader.packs.download({ id: summary.id, format: 'pdf' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('stored hash') });
    await expect(leader.packs.compare({ fromId: summary.id, toId: other.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('the database refuses a stored document whose hash copy differs from its pack’s', async () => {
    const summary = await leader.packs.generate(composition);
    const stored = storedRow(summary.id)!;
    tamper('delete from briefing_pack_documents where pack_id = ?', summary.id);
    const insert = ws.sqlite.prepare('insert into briefing_pack_documents (pack_id, document_json, content_hash) values (?, ?, ?)');
    expect(() => insert.run(summary.id, stored.document_json, 'b'.repeat(64))).toThrow(/content hash/);
    insert.run(summary.id, stored.document_json, stored.content_hash);
    expect((await leader.packs.get({ id: summary.id })).verified).toBe(true);
  });
});
