import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SelfSigned {
  cert: string;
  key: string;
  certFile: string;
  keyFile: string;
  /** Deletes the files. */
  remove(): void;
}

/**
 * A throwaway self-signed certificate for localhost and 127.0.0.1, made with Debian's openssl for
 * one test run. Clients in tests trust it explicitly (`ca`), never by turning verification off.
 */
export function makeSelfSignedCertificate(): SelfSigned {
  const dir = mkdtempSync(join(tmpdir(), 'alignment-desk-tls-'));
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', keyFile, '-out', certFile],
    { stdio: 'pipe' },
  );
  return {
    cert: readFileSync(certFile, 'utf8'),
    key: readFileSync(keyFile, 'utf8'),
    certFile,
    keyFile,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
