import { IPC_LIMITS } from '../shared/ipc-contract';

/**
 * Checks the team-server address a user typed. Only HTTPS is accepted: the
 * desktop sends passphrases and session tokens to the server, and plain HTTP
 * would show them to anyone on the network. The result is the server's
 * origin (`https://host[:port]`): the team server answers at its root.
 */

export type ServerAddress = { ok: true; url: string } | { ok: false; message: string };

export const ADDRESS_REQUIRED = 'Enter the team server’s address, for example https://desk.example.gov.uk.';
export const HTTPS_ONLY =
  'Alignment Desk connects to a team server only over HTTPS (an address starting https://). Plain http:// would send passphrases across the network unprotected. Ask your IT team for the server’s https:// address.';
export const NOT_AN_ADDRESS = 'That is not a web address. Enter it like https://desk.example.gov.uk.';
export const NO_CREDENTIALS = 'Leave the user name and password out of the address; you sign in to the server after connecting.';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function parseServerAddress(input: unknown): ServerAddress {
  if (typeof input !== 'string' || input.trim() === '') return { ok: false, message: ADDRESS_REQUIRED };
  if (input.length > IPC_LIMITS.maxServerAddressLength) return { ok: false, message: NOT_AN_ADDRESS };
  const typed = input.trim();
  // "desk.example.gov.uk" or "desk.example.gov.uk:8443" (no scheme, or a host:port that parses as one) means https.
  const withScheme = SCHEME.test(typed) && typed.includes('://') ? typed : `https://${typed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, message: NOT_AN_ADDRESS };
  }
  if (url.protocol === 'http:') return { ok: false, message: HTTPS_ONLY };
  if (url.protocol !== 'https:') return { ok: false, message: HTTPS_ONLY };
  if (url.username !== '' || url.password !== '') return { ok: false, message: NO_CREDENTIALS };
  if (url.hostname === '') return { ok: false, message: NOT_AN_ADDRESS };
  // Anything after the host (a copied browser address such as /#/grants) is not part of the server's address.
  return { ok: true, url: url.origin };
}
