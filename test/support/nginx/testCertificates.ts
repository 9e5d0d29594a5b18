import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A throwaway certificate authority and the server certificates it signed, as PEM files in one folder. */
export interface TestCertificates {
  readonly dir: string;
  /** The CA certificate (PEM text), to trust in a client. */
  readonly caPem: string;
  /** `<dir>/<name>` of a file written by {@link createTestCertificates}. */
  path(name: string): string;
}

/**
 * Writes, with openssl, a one-day CA (`<caName>`) and for each host name a key `<host>.key` and a
 * certificate `<host>.fullchain.pem` (the leaf, then the CA) signed by it, names as the
 * deployment sample expects them. EC keys: generated in milliseconds.
 */
export function createTestCertificates(dir: string, caName: string, hosts: readonly string[]): TestCertificates {
  mkdirSync(dir, { recursive: true });
  const path = (name: string) => join(dir, name);
  const key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1'];
  const openssl = (args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  openssl([
    'req',
    '-x509',
    ...key,
    '-keyout',
    path('ca.key'),
    '-out',
    path(caName),
    '-subj',
    '/CN=CRM Desktop test CA',
  ]);
  const caPem = readFileSync(path(caName), 'utf8');
  for (const host of hosts) {
    openssl([
      'req',
      '-x509',
      ...key,
      '-keyout',
      path(`${host}.key`),
      '-out',
      path(`${host}.pem`),
      '-subj',
      `/CN=${host}`,
      '-addext',
      `subjectAltName=DNS:${host}`,
      '-CA',
      path(caName),
      '-CAkey',
      path('ca.key'),
    ]);
    writeFileSync(path(`${host}.fullchain.pem`), readFileSync(path(`${host}.pem`), 'utf8') + caPem);
  }
  return { dir, caPem, path };
}
