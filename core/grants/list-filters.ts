import { sql, type Expression, type SqlBool } from 'kysely';

/** `lower(column) LIKE '%words%'` with the user's % and _ taken literally (portable to PostgreSQL). */
export function containsText(column: string, words: string): Expression<SqlBool> {
  const pattern = `%${words.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}
