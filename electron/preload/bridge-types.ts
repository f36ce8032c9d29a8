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

export interface AlignmentDeskBridge {
  /** Lets the renderer tell the desktop shell apart from a plain browser. */
  readonly platform: 'desktop';
  /** Sends one tRPC HTTP request to the main process and resolves with its answer. */
  trpcFetch(request: IpcFetchRequest): Promise<IpcFetchResponse>;
}

/** The exact keys the bridge object carries. */
export type AlignmentDeskBridgeKey = keyof AlignmentDeskBridge;
