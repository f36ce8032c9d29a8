import { isAppUrl } from './app-origin';

/**
 * Decides whether an IPC message came from the app's own page: the sending
 * frame must still exist, be a top-level frame, and show an `app://alignment-desk`
 * URL. Iframes, other origins and vanished frames are all refused.
 */

export interface SenderFrameLike {
  readonly url: string;
  /** `null` for a top-level frame. */
  readonly parent: unknown;
}

export interface IpcSenderEvent {
  /** Electron sets this to null once the frame has navigated or been destroyed. */
  readonly senderFrame: SenderFrameLike | null | undefined;
}

export function isTrustedSenderFrame(frame: SenderFrameLike | null | undefined): boolean {
  if (frame === null || frame === undefined) return false;
  try {
    // Reading a disposed frame's properties throws in Electron.
    return frame.parent === null && isAppUrl(frame.url);
  } catch {
    return false;
  }
}

export function isTrustedIpcEvent(event: IpcSenderEvent | null | undefined): boolean {
  if (event === null || event === undefined) return false;
  try {
    return isTrustedSenderFrame(event.senderFrame);
  } catch {
    return false;
  }
}
