/**
 * Names and limits shared by the main process and the preload script.
 *
 * This file must stay dependency-free: the sandboxed preload bundles it, and
 * a sandboxed preload cannot require packages from node_modules.
 */

/** The single IPC channel the renderer may use. */
export const TRPC_IPC_CHANNEL = 'alignment-desk:trpc';

/**
 * The fake origin the renderer's tRPC client talks to. Nothing listens on it:
 * the request is carried over IPC and answered by the main process.
 */
export const TRPC_IPC_ORIGIN = 'http://alignment-desk.ipc';

/** What to pass as `url` to the tRPC client link on the desktop. */
export const TRPC_IPC_ENDPOINT = `${TRPC_IPC_ORIGIN}/trpc`;

/** Every accepted request URL starts below this path. */
export const TRPC_IPC_PATH_PREFIX = '/trpc/';

/** Name of the one object the preload puts on `window`. */
export const BRIDGE_GLOBAL_NAME = 'alignmentDesk';

export const IPC_LIMITS = {
  maxUrlLength: 2048,
  // The same cap as the loopback HTTP server: room for a 20 MB import file as base64 inside JSON.
  maxBodyBytes: 28 * 1024 * 1024,
  maxHeaderCount: 64,
  maxHeaderNameLength: 256,
  maxHeaderValueLength: 8192,
} as const;
