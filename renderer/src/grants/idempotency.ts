/**
 * The submission key a payment form sends as `idempotencyKey` (core/grants/schemas.ts). It is minted
 * once, when the form opens, and kept for every retry and double click of that form, so the server
 * records the payment at most once. A refused payment is rolled back with its key, so the same key
 * may be sent again with corrected details; only a new form (after a success) gets a new key.
 */

/** What the server accepts: 16 to 255 letters, digits, dashes and underscores. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{16,255}$/;

interface CryptoLike {
  randomUUID?: () => string;
  getRandomValues?: <T extends Uint8Array>(array: T) => T;
}

/** A random key: crypto.randomUUID() where it exists, else 16 random bytes as hex. */
export function mintIdempotencyKey(source: CryptoLike | undefined = globalThis.crypto): string {
  if (source && typeof source.randomUUID === 'function') return source.randomUUID();
  if (source && typeof source.getRandomValues === 'function') {
    const bytes = source.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }
  throw new Error('This window cannot make random numbers, so it cannot submit payments safely.');
}

export interface SubmissionKeyHolder {
  /** The key every attempt of this form sends. */
  readonly key: string;
  /** True while an attempt is in flight. */
  readonly busy: boolean;
  /** Starts an attempt; false (do nothing) when one is already in flight, e.g. a double click. */
  begin(): boolean;
  /** The attempt ended (refused, failed or succeeded); the key stays for a retry. */
  end(): void;
}

/** Holds one form's key. Create it when the form opens (a React ref), never per submit. */
export function createSubmissionKeyHolder(mint: () => string = mintIdempotencyKey): SubmissionKeyHolder {
  const key = mint();
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) throw new Error('The submission key is not in the form the server accepts.');
  let busy = false;
  return {
    key,
    get busy() {
      return busy;
    },
    begin() {
      if (busy) return false;
      busy = true;
      return true;
    },
    end() {
      busy = false;
    },
  };
}
