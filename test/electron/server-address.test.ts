import { describe, expect, it } from 'vitest';
import { ADDRESS_REQUIRED, HTTPS_ONLY, NO_CREDENTIALS, NOT_AN_ADDRESS, parseServerAddress } from '../../electron/main/server-address';

describe('parseServerAddress', () => {
  it.each([
    ['https://desk.example.gov.uk', 'https://desk.example.gov.uk'],
    ['  https://desk.example.gov.uk/  ', 'https://desk.example.gov.uk'],
    ['HTTPS://Desk.Example.gov.uk:8443', 'https://desk.example.gov.uk:8443'],
    ['https://desk.example.gov.uk:443/', 'https://desk.example.gov.uk'],
    // A copied browser address: only the server's origin is kept.
    ['https://desk.example.gov.uk/#/grants?x=1', 'https://desk.example.gov.uk'],
    // No scheme typed: HTTPS is the only one there is.
    ['desk.example.gov.uk', 'https://desk.example.gov.uk'],
    ['localhost:8443', 'https://localhost:8443'],
    ['https://127.0.0.1:8443', 'https://127.0.0.1:8443'],
  ])('accepts %j as %s', (input, url) => {
    expect(parseServerAddress(input)).toEqual({ ok: true, url });
  });

  it('refuses plain http with a message that says why', () => {
    const result = parseServerAddress('http://desk.example.gov.uk');
    expect(result).toEqual({ ok: false, message: HTTPS_ONLY });
    expect(HTTPS_ONLY).toMatch(/only over HTTPS/);
    expect(parseServerAddress('HTTP://127.0.0.1:3000')).toEqual({ ok: false, message: HTTPS_ONLY });
  });

  it.each(['ftp://desk.example.gov.uk', 'ws://desk.example.gov.uk', 'wss://desk.example.gov.uk', 'file:///C:/desk.sqlite', 'app://alignment-desk/index.html'])(
    'allows no other scheme: %s',
    (input) => {
      expect(parseServerAddress(input)).toEqual({ ok: false, message: HTTPS_ONLY });
    },
  );

  it.each(['javascript:alert(1)', 'https://', 'https://exa mple.gov.uk', '::::'])('refuses %j as not an address', (input) => {
    const result = parseServerAddress(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([NOT_AN_ADDRESS, HTTPS_ONLY]).toContain(result.message);
  });

  it('refuses credentials in the address', () => {
    expect(parseServerAddress('https://admin:secret@desk.example.gov.uk')).toEqual({ ok: false, message: NO_CREDENTIALS });
  });

  it('asks for an address when there is none, and refuses non-strings and very long input', () => {
    expect(parseServerAddress('')).toEqual({ ok: false, message: ADDRESS_REQUIRED });
    expect(parseServerAddress('   ')).toEqual({ ok: false, message: ADDRESS_REQUIRED });
    expect(parseServerAddress(42)).toEqual({ ok: false, message: ADDRESS_REQUIRED });
    expect(parseServerAddress(`https://${'a'.repeat(3000)}.uk`)).toEqual({ ok: false, message: NOT_AN_ADDRESS });
  });
});
