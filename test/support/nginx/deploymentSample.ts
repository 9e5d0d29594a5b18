import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** docs/deployment/nginx.conf, the sample docs/deployment.md tells administrators to adapt. */
export const SAMPLE_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../../docs/deployment/nginx.conf');

/** Where the sample is run: the machine-specific parts a test must change. */
export interface SamplePlaces {
  readonly httpPort: number;
  readonly httpsPort: number;
  /** Folder holding the sample's certificate files under their documented names. */
  readonly tlsDir: string;
  /** The built add-in (`dist/`). */
  readonly dist: string;
}

/**
 * The sample with only what cannot stay on a test machine replaced: the two `listen` lines (ports
 * 80 and 443 become local ports), `/etc/nginx/tls/` and `/srv/crm-desktop/dist/`. Each documented
 * value must still be in a directive of the file, so an edit of the sample that the test would
 * no longer cover fails here instead of passing untested.
 */
export function sampleForTest(places: SamplePlaces): string {
  const replacements: ReadonlyArray<readonly [string, string]> = [
    ['listen 80;', `listen 127.0.0.1:${places.httpPort};`],
    ['listen 443 ssl http2;', `listen 127.0.0.1:${places.httpsPort} ssl http2;`],
    ['/etc/nginx/tls/', `${places.tlsDir.replace(/\/?$/, '/')}`],
    ['/srv/crm-desktop/dist/', `${places.dist.replace(/\/?$/, '/')}`],
  ];
  let text = readFileSync(SAMPLE_PATH, 'utf8');
  for (const [documented, local] of replacements) {
    const directives = text.split('\n').filter((line) => !line.trim().startsWith('#') && line.includes(documented));
    if (directives.length === 0)
      throw new Error(`${SAMPLE_PATH} no longer holds "${documented}": update test/support/nginx/deploymentSample.ts`);
    text = text
      .split('\n')
      .map((line) => (line.trim().startsWith('#') ? line : line.split(documented).join(local)))
      .join('\n');
  }
  return text;
}
