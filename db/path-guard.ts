/**
 * SQLite's write-ahead log relies on shared memory between processes on one machine.
 * On a network share (SMB/UNC paths, NFS mounts presented as //host/share) that
 * coordination does not work and the workspace can be corrupted, so we refuse such paths.
 */
export class UnsafeDatabasePathError extends Error {
  constructor(path: string) {
    super(
      `Refusing to open "${path}": it is on a network share. Alignment Desk keeps its workspace in a ` +
        'SQLite file with write-ahead logging, which is only safe on a local disk. Copy the workspace to ' +
        'a local folder (or use "Back up workspace" to place a copy on the share instead).',
    );
    this.name = 'UnsafeDatabasePathError';
  }
}

export function isNetworkSharePath(path: string): boolean {
  const trimmed = path.trim();
  // \\server\share, \\?\UNC\server\share, //server/share and mixed-slash variants.
  if (/^[\\/]{2}\?[\\/]UNC[\\/]/i.test(trimmed)) return true;
  if (/^[\\/]{2}(?![?.][\\/])[^\\/]+[\\/][^\\/]+/.test(trimmed)) return true;
  if (/^(smb|nfs|afp|cifs):\/\//i.test(trimmed)) return true;
  return false;
}

export function assertLocalDatabasePath(path: string): void {
  if (isNetworkSharePath(path)) throw new UnsafeDatabasePathError(path);
}
