import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MetadataFile } from '../../../../src/siebel';

const packagesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../src/simulator/packages');

/** The files of one of the simulator's sample packages, as DownloadMetadataFiles returns them. */
export function packageFiles(
  name: 'sales-rep' | 'sales-manager',
  edit: (file: MetadataFile) => MetadataFile = (f) => f,
): MetadataFile[] {
  const dir = join(packagesDir, name);
  return readdirSync(dir)
    .sort()
    .map((file) =>
      edit({
        name: file,
        type: file.endsWith('.js') ? 'JavaScript' : 'XML',
        content: readFileSync(join(dir, file), 'utf8'),
      }),
    );
}
