/**
 * Shape of `window.alignmentDesk`, the only thing the desktop preload exposes.
 *
 * Type-only on purpose: the renderer can `import type` from here without
 * pulling any Electron or Node code into its bundle.
 */

/**
 * A fetch request reduced to plain, structured-clonable data. The main process
 * re-validates every field, so the types here are deliberately loose.
 */
export interface IpcFetchRequest {
  /** Absolute URL under `http://alignment-desk.ipc/trpc/`. */
  url: string;
  /** `GET` or `POST`; anything else is refused by the main process. */
  method: string;
  /** Plain header record, e.g. `{ authorization: 'Bearer …', 'content-type': 'application/json' }`. */
  headers: Record<string, string>;
  /** Request body as text, or `null` (always `null` for GET). */
  body: string | null;
}

/** The answer, again as plain data; rebuild a `Response` from it in the renderer. */
export interface IpcFetchResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A streaming answer's status and headers; its body follows as `IpcStreamEvent`s. */
export interface IpcStreamHead {
  status: number;
  headers: Record<string, string>;
}

/** One step of a streaming answer's body, in order: chunks, then `end` or `error`. */
export type IpcStreamEvent =
  | { type: 'chunk'; data: string }
  | { type: 'end' }
  | { type: 'error'; message: string };

/** What the window works on: a local workspace file, or a team server over HTTPS. */
export type DesktopConnection = { kind: 'local'; file: string } | { kind: 'server'; url: string };

/** The answer to `connectToServer`: connected, or refused with a message to show the user. */
export type ConnectResult = { ok: true; connection: DesktopConnection } | { ok: false; message: string };

export interface AlignmentDeskBridge {
  /** Lets the renderer tell the desktop shell apart from a plain browser. */
  readonly platform: 'desktop';
  /** Sends one tRPC HTTP request to the main process and resolves with its answer. */
  trpcFetch(request: IpcFetchRequest): Promise<IpcFetchResponse>;
  /**
   * Starts a streaming GET (the live-updates subscription). `streamId` is the caller's own short
   * id (letters, digits, `-`); body events go to `onEvent` in order. Resolves with the head.
   */
  trpcStream(streamId: string, request: IpcFetchRequest, onEvent: (event: IpcStreamEvent) => void): Promise<IpcStreamHead>;
  /** Stops a stream; its `onEvent` hears nothing more. */
  cancelStream(streamId: string): Promise<void>;
  /** The current connection (null while none is open). */
  connection(): Promise<DesktopConnection | null>;
  /** Probes the team server at `address` and, when it answers, works on it instead of the local file. */
  connectToServer(address: string): Promise<ConnectResult>;
  /** Told after every change of connection. Returns a function that stops listening. */
  onConnectionChanged(listener: (connection: DesktopConnection) => void): () => void;
  /** Told when the user chose File → Connect to a team server…. Returns a function that stops listening. */
  onConnectRequested(listener: () => void): () => void;
}

/** The exact keys the bridge object carries. */
export type AlignmentDeskBridgeKey = keyof AlignmentDeskBridge;
