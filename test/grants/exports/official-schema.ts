import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** The official 360Giving schema files, pinned at 1.4.3, kept beside the repo (../shared from the repo root). */
export const STANDARD_DIR = resolve(__dirname, '../../..', '../shared/standards/360giving');

type JsonSchema = Record<string, any>;

export function readSchema(file: string): JsonSchema {
  return JSON.parse(readFileSync(resolve(STANDARD_DIR, file), 'utf8')) as JsonSchema;
}

/**
 * A draft 2020-12 validator for the PACKAGE schema. The files declare `$schema` with http://, which
 * Ajv does not know, so it is removed; the standard's own keywords (rollUp, codelist, openCodelist)
 * are declared as a vocabulary, so unknown keywords are still refused (strictSchema). The grant schema is
 * registered under the exact URL the package schema's `grants.items.$ref` points to.
 */
export function packageValidator() {
  const grantSchema = readSchema('360-giving-schema.json');
  const packageSchema = readSchema('360-giving-package-schema.json');
  delete grantSchema.$schema;
  delete packageSchema.$schema;
  const ajv = new Ajv2020({ allErrors: true, strictSchema: true, strictTypes: false, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addVocabulary(['rollUp', 'codelist', 'openCodelist']);
  const grantRef = packageSchema.properties.grants.items.$ref as string;
  ajv.addSchema(grantSchema, grantRef);
  return { validate: ajv.compile(packageSchema), grantRef, grantSchemaId: grantSchema.$id as string, ajv };
}

function resolveRef(root: JsonSchema, node: JsonSchema): JsonSchema {
  if (typeof node.$ref !== 'string' || !node.$ref.startsWith('#/$defs/')) return node;
  return { ...root.$defs[node.$ref.slice('#/$defs/'.length)], ...node, $ref: undefined };
}

/**
 * The spreadsheet title of a JSON path, built only from the schema's `title`s: each property's
 * title joined with ':'; a numeric segment is a numbered item ("Beneficiary Location:0:Name");
 * `key[]` is a list written without an index. Throws when a step is not in the schema.
 */
export function titleFromSchema(root: JsonSchema, path: string): string {
  const parts: string[] = [];
  let node: JsonSchema = root;
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      parts.push(segment);
      continue;
    }
    const key = segment.replace(/\[\]$/, '');
    const child = node.properties?.[key] as JsonSchema | undefined;
    if (!child) throw new Error(`${path}: "${key}" is not in the schema`);
    const resolved = resolveRef(root, child);
    if (typeof resolved.title !== 'string') throw new Error(`${path}: "${key}" has no title in the schema`);
    parts.push(resolved.title);
    node = resolved.type === 'array' ? resolveRef(root, resolved.items as JsonSchema) : resolved;
  }
  return parts.join(':');
}
