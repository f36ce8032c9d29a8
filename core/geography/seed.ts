import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { AREAS } from './wigan-areas';

export { WIGAN_BOROUGH_CODE } from './wigan-areas';

/** Loads the reference areas (skipping any already present), inside the caller's transaction. */
export async function seedReferenceGeography(trx: Kysely<DB>): Promise<void> {
  for (const area of AREAS) {
    await trx
      .insertInto('areas')
      .values({
        code: area.code,
        name: area.name,
        area_type: area.areaType,
        parent_code: area.parentCode,
        vintage: area.vintage,
        verified: area.verified ? 1 : 0,
        note: area.note ?? null,
      })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
}
