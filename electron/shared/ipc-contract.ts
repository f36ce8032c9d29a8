/**
 * Names and limits shared by the main process and the preload script.
 *
 * This file must stay dependency-free: the sandboxed preload bundles it, and
 * a sandboxed preload cannot require packages from node_modules.
 */

/** The renderer's tRPC requests (invoke). */
export const TRPC_IPC_CHANNEL = 'alignment-desk:trpc';

/** Starts a streaming request (the live-updates subscription); answers with the status and headers. */
export const TRPC_STREAM_CHANNEL = 'alignment-desk:trpc-stream';
/** Stops a stream the renderer no longer reads. */
export const TRPC_STREAM_CANCEL_CHANNEL = 'alignment-desk:trpc-stream-cancel';
/** Main → renderer: one stream's body chunks, then its end or an error. */
export const TRPC_STREAM_EVENT_CHANNEL = 'alignment-desk:trpc-stream-event';

/** What the window is working on: a local workspace file or a team server (invoke). */
export const CONNECTION_CHANNEL = 'alignment-desk:connection';
/** Connects to a team server at the address the user typed (invoke). */
export const CONNECT_CHANNEL = 'alignment-desk:connect';
/** Main → renderer: the connection changed (the page must sign in again). */
export const CONNECTION_CHANGED_CHANNEL = 'alignment-desk:connection-changed';
/** Main → renderer: File → Connect to a team server… was chosen; show the address dialog. */
export const CONNECT_REQUESTED_CHANNEL = 'alignment-desk:connect-requested';

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
  /** Streams one window may hold open at once. */
  maxOpenStreams: 8,
  /** Stream ids are chosen by the renderer: short, plain text. */
  maxStreamIdLength: 64,
  /** Longer body chunks are split before they cross IPC (characters). */
  maxStreamChunkLength: 64 * 1024,
  /** A server address typed by the user. */
  maxServerAddressLength: 2048,
} as const;
