import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORG_ID_SCHEMES } from '../../core/partners/org-id-schemes';
import { buildOrgId } from '../../core/partners/org-id';

/**
 * The scheme table in core/partners/org-id-schemes.ts is copied from the org-id.guide register
 * files kept beside the repository (../shared/standards/org-id, in CI too). This checks the copy.
 */
const REPO_ROOT = resolve(__dirname, '../..');
const REGISTER_DIR = resolve(REPO_ROOT, '../shared/standards/org-id');
const present = existsSync(REGISTER_DIR);

interface RegisterList {
  code: string;
  name: { en: string };
  deprecated: boolean | null;
  formerPrefixes: string[] | null;
  access: { exampleIdentifiers?: string | null };
}

function readLists(): RegisterList[] {
  return readdirSync(REGISTER_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(resolve(REGISTER_DIR, file), 'utf8')) as RegisterList);
}

describe('org-id scheme table agrees with the org-id.guide register files', () => {
  it('finds the register files beside the repository (../shared/standards/org-id)', () => {
    expect(present, `org-id register files not found at ${REGISTER_DIR}`).toBe(true);
  });

  const lists = present ? readLists() : [];

  it('has exactly the codes of the register files', () => {
    expect(lists.length).toBeGreaterThan(0);
    expect(ORG_ID_SCHEMES.map((s) => s.code).sort()).toEqual(lists.map((l) => l.code).sort());
  });

  it('names, deprecation and former prefixes match each file', () => {
    for (const list of lists) {
      const scheme = ORG_ID_SCHEMES.find((s) => s.code === list.code);
      expect(scheme, list.code).toBeDefined();
      expect({ code: list.code, name: scheme!.name }).toEqual({ code: list.code, name: list.name.en });
      expect({ code: list.code, deprecated: scheme!.deprecated }).toEqual({ code: list.code, deprecated: list.deprecated === true });
      expect({ code: list.code, formerPrefixes: [...scheme!.formerPrefixes] }).toEqual({ code: list.code, formerPrefixes: list.formerPrefixes ?? [] });
    }
  });

  it("accepts every example identifier of every list in use, unchanged", () => {
    let checked = 0;
    for (const list of lists.filter((l) => l.deprecated !== true)) {
      const examples = (list.access.exampleIdentifiers ?? '').split(',').map((e) => e.trim()).filter(Boolean);
      for (const example of examples) {
        expect({ example: `${list.code} ${example}`, result: buildOrgId(list.code, example) }).toEqual({
          example: `${list.code} ${example}`,
          result: { ok: true, scheme: list.code, identifier: example, orgId: `${list.code}-${example}` },
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});
