// `npm run manifest:json [-- <file>]`: writes the unified manifest converted from manifest.xml, by
// default to dist/manifest.json — what `npm run build` emits, without a full build.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertManifest, formatUnifiedManifest, UNIFIED_MANIFEST_FILE } from './lib/manifest/convertManifest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const output = resolve(process.argv[2] ?? join(root, 'dist', UNIFIED_MANIFEST_FILE));
const manifest = await convertManifest(readFileSync(join(root, 'manifest.xml'), 'utf8'));
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, formatUnifiedManifest(manifest));
console.log(`Wrote ${output} (unified manifest ${manifest.manifestVersion})`);
