import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createKysely, withStatementCache } from '../../db/connection';

describe('the statement cache behind Kysely', () => {
  it('hands back the same prepared statement for the same SQL, keeping at most the given number', () => {
    const database = new Database(':memory:');
    const prepared: string[] = [];
    const counting = new Proxy(database, {
      get(target, key) {
        if (key === 'prepare') return (text: string) => (prepared.push(text), target.prepare(text));
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    const cache = withStatementCache(counting, 2);
    const one = cache.prepare('select 1');
    expect(cache.prepare('select 1')).toBe(one);
    cache.prepare('select 2');
    cache.prepare('select 1'); // most recently used again
    cache.prepare('select 3'); // evicts "select 2", the least recently used
    expect(cache.prepare('select 1')).toBe(one);
    cache.prepare('select 2');
    expect(prepared).toEqual(['select 1', 'select 2', 'select 3', 'select 2']);
    cache.close();
    expect(database.open).toBe(false);
  });

  it('gives Kysely the same answers, also after the schema changes under a cached statement', async () => {
    const db = createKysely(new Database(':memory:'));
    await sql`create table t (id integer primary key, v text)`.execute(db);
    const insert = (v: string) => db.insertInto('t' as never).values({ v } as never).execute();
    await insert('a');
    await insert('b');
    const read = () => sql<{ id: number; v: string }>`select * from t order by id`.execute(db).then((r) => r.rows);
    expect(await read()).toEqual([{ id: 1, v: 'a' }, { id: 2, v: 'b' }]);
    await sql`alter table t add column w text default 'x'`.execute(db);
    expect(await read()).toEqual([{ id: 1, v: 'a', w: 'x' }, { id: 2, v: 'b', w: 'x' }]);
    await db.destroy();
  });
});
