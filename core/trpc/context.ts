import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { SessionPolicy } from '../identity/sessions';
import type { Role } from '../shared/roles';
import type { WorkspaceBackups } from '../workspace/backup';
import type { LiveContext } from '../live/types';

export type Channel = 'desktop' | 'http';

export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  sessionId: number;
  /** True while the passphrase is one an administrator set: only auth.me, auth.changePassphrase and auth.signOut are open. */
  mustChangePassphrase?: boolean;
}

export interface Context {
  db: Kysely<DB>;
  actor: Actor | null;
  requestId: string;
  channel: Channel;
  /** The client's network address over HTTP (for the sign-in throttle); null or absent on the desktop. */
  clientAddress?: string | null;
  /** Verified backups for download (browser mode's HTTP server); absent where the File menu does it. */
  backups?: WorkspaceBackups | undefined;
  /** Idle and absolute session limits (default DEFAULT_SESSION_POLICY in core/identity/sessions.ts). */
  sessionPolicy?: SessionPolicy | undefined;
  /** When the request carried a session that no longer works: what UNAUTHORIZED tells the user. */
  sessionEnded?: string | null;
  /** Live updates, where the stream is served (the HTTP server's thread); absent in a database host. */
  live?: LiveContext | undefined;
}

/** Who did something, as recorded in the audit log. */
export interface AuditActor {
  actor: Actor | null;
  requestId: string;
  channel: Channel | 'system';
}
