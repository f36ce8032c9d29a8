import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Role } from '../shared/roles';
import type { WorkspaceBackups } from '../workspace/backup';

export type Channel = 'desktop' | 'http';

export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  sessionId: number;
}

export interface Context {
  db: Kysely<DB>;
  actor: Actor | null;
  requestId: string;
  channel: Channel;
  /** Verified backups for download (browser mode's HTTP server); absent where the File menu does it. */
  backups?: WorkspaceBackups | undefined;
}

/** Who did something, as recorded in the audit log. */
export interface AuditActor {
  actor: Actor | null;
  requestId: string;
  channel: Channel | 'system';
}
