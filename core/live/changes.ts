import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { GENESIS_HASH } from '../audit/hash-chain';
import type { Change, ChangeBatch, ChangeSource } from './types';

/** At most this many changes in one batch; `since` answers null past it (the client refetches everything). */
export const CHANGE_PAGE_LIMIT = 500;

/** One page of the audit log after an id, as changes: what the writer answers (`changesSince`). */
export interface ChangePage extends ChangeBatch {
  /** More entries follow this page. */
  more: boolean;
}

/**
 * The changes after `afterAuditId` (null: none, only the head), read from the audit log — on the
 * writer's connection, which has seen every committed write. `auditId`/`head` are the last entry of
 * the page, or the log's head when the page is empty. Null when `afterAuditId` is past the head (the
 * caller knew another workspace, or one restored from an older backup).
 */
export async function readChanges(db: Kysely<DB>, afterAuditId: number | null, limit = CHANGE_PAGE_LIMIT): Promise<ChangePage | null> {
  const last = await db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  const head = { auditId: last?.id ?? 0, head: last?.hash ?? GENESIS_HASH };
  if (afterAuditId === null || afterAuditId === head.auditId) return { ...head, changes: [], more: false };
  if (afterAuditId > head.auditId) return null;
  const rows = await db
    .selectFrom('audit_log')
    .select(['id', 'hash', 'entity_type', 'entity_id', 'action'])
    .where('id', '>', afterAuditId)
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const end = page[page.length - 1];
  if (!end) return { ...head, changes: [], more: false };
  const changes: Change[] = page.map((row) => ({ type: row.entity_type, id: row.entity_id, action: row.action }));
  return { auditId: end.id, head: end.hash, changes, more: rows.length > limit };
}

/** Reads a page of changes wherever the audit log is (the pool's writer, or a connection in this process). */
export type ChangeReader = (afterAuditId: number | null, limit: number) => Promise<ChangePage | null>;

/** A change source that learns of writes when told (`poke`). */
export interface ChangeFeed extends ChangeSource {
  /** Something may have been written: look for changes after the last announced id and announce them. */
  poke(): void;
  /** Resolves once no look-up is running or waiting (tests). */
  settled(): Promise<void>;
  /** Stops announcing; pending look-ups finish quietly. */
  close(): void;
}

export interface ChangeFeedOptions {
  /** Told when a look-up fails (the next poke tries again from the same id). */
  onError?: (error: unknown) => void;
  /** Also look every this many milliseconds (writes by other processes on the same file). Default: only when poked. */
  pollMs?: number | null;
}

/**
 * Announces the audit log's new entries as batches. The first look-up reads only the head (what was
 * written before the feed opened is not news); each poke after that reads what follows the last
 * announced id, a page at a time, and announces each non-empty page. At most one look-up runs at a
 * time: pokes that arrive meanwhile are folded into one more look-up after it.
 */
export function createChangeFeed(read: ChangeReader, options: ChangeFeedOptions = {}): ChangeFeed {
  const listeners = new Set<(batch: ChangeBatch) => void>();
  const report = options.onError ?? ((error: unknown) => console.error('[live updates]', error instanceof Error ? error.message : error));
  let announced: number | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;

  async function catchUp(): Promise<void> {
    if (announced === null) {
      announced = (await read(null, 0))!.auditId;
      return;
    }
    for (;;) {
      const page = await read(announced, CHANGE_PAGE_LIMIT);
      if (closed) return;
      if (page === null) {
        // The log is shorter than what we announced (another workspace): start again from its head.
        announced = (await read(null, 0))!.auditId;
        return;
      }
      announced = page.auditId;
      if (page.changes.length > 0) {
        const batch: ChangeBatch = { auditId: page.auditId, head: page.head, changes: page.changes };
        for (const listener of [...listeners]) {
          try {
            listener(batch);
          } catch (error) {
            report(error);
          }
        }
      }
      if (!page.more) return;
    }
  }

  function poke(): void {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await catchUp().catch(report);
      } while (again && !closed);
    })().finally(() => (running = null));
  }

  const timer = options.pollMs ? setInterval(poke, options.pollMs) : null;
  timer?.unref();
  poke(); // read the head now

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async since(afterAuditId) {
      const page = await read(afterAuditId, CHANGE_PAGE_LIMIT);
      if (!page || page.more) return null;
      return { auditId: page.auditId, head: page.head, changes: page.changes };
    },
    poke,
    async settled() {
      while (running) await running;
    },
    close() {
      closed = true;
      if (timer) clearInterval(timer);
      listeners.clear();
    },
  };
}

/**
 * A change source over a connection in this process (`startHttpServer({ db })` in tests, anything
 * in-process). It cannot see writes happen: call `poke()` after each write, or pass `pollMs`.
 */
export function changeSourceFromDb(db: Kysely<DB>, options: ChangeFeedOptions = {}): ChangeFeed {
  return createChangeFeed((after, limit) => readChanges(db, after, limit), options);
}
