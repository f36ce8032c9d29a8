import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../core/audit/canonical-json';
import { entryHash, GENESIS_HASH, verifyEntries, type StoredEntry } from '../../core/audit/hash-chain';

function chain(count: number): StoredEntry[] {
  const out: StoredEntry[] = [];
  let prev = GENESIS_HASH;
  for (let id = 1; id <= count; id++) {
    const fields = {
      id,
      at: `2026-11-25T10:00:0${id % 10}.000Z`,
      actor_user_id: 1,
      actor_username: 'admin',
      actor_role: 'admin',
      channel: 'http',
      request_id: `r${id}`,
      action: 'programme.update',
      entity_type: 'programme',
      entity_id: String(id),
      before_json: canonicalJson({ name: `before ${id}` }),
      after_json: canonicalJson({ name: `after ${id}` }),
    };
    const hash = entryHash(prev, fields);
    out.push({ ...fields, prev_hash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('canonical JSON', () => {
  it('ignores key order at every depth', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(object));
      }),
    );
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } })).toBe('{"a":{"c":[3,{"e":5,"f":4}],"d":2},"b":1}');
  });
});

describe('hash chain verification', () => {
  it('accepts an intact chain and reports its head', () => {
    const entries = chain(5);
    expect(verifyEntries(entries)).toEqual({ ok: true, entries: 5, headHash: entries[4]!.hash });
  });

  it('names the entry whose content was changed', () => {
    const entries = chain(6);
    entries[3] = { ...entries[3]!, after_json: entries[3]!.after_json!.replace('after', 'afteR') };
    const verdict = verifyEntries(entries);
    expect(verdict).toMatchObject({ ok: false, brokenEntryId: 4, reason: expect.stringMatching(/content/) });
  });

  it('detects a deleted entry and reordered entries', () => {
    const deleted = chain(5).filter((e) => e.id !== 3);
    expect(verifyEntries(deleted)).toMatchObject({ ok: false, brokenEntryId: 4, reason: 'entry 3 is missing' });
    const entries = chain(4);
    const swapped = [entries[0]!, entries[2]!, entries[1]!, entries[3]!];
    expect(verifyEntries(swapped)).toMatchObject({ ok: false, brokenEntryId: 3 });
  });

  it('detects a tail rewritten with a recomputed hash but a broken link', () => {
    const entries = chain(3);
    const forged = { ...entries[1]!, after_json: '{"name":"forged"}' };
    forged.hash = entryHash(forged.prev_hash, forged);
    expect(verifyEntries([entries[0]!, forged, entries[2]!])).toMatchObject({ ok: false, brokenEntryId: 3 });
  });
});
