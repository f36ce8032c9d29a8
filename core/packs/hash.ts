import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/canonical-json';
import type { PackDocument } from './document';

/** SHA-256 of the document's canonical JSON: the same content always gives the same hash. */
export function contentHash(document: PackDocument): string {
  return createHash('sha256').update(canonicalJson(document)).digest('hex');
}
