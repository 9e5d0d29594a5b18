// `npm run validate [-- <dir>]`, second half: converts manifest.xml to the unified manifest (JSON)
// the way the build does, then checks offline that it carries what the XML declares and passes
// Microsoft's schema for its manifestVersion. With a folder, e.g. `dist`, it checks the build's own
// <dir>/manifest.json against <dir>/manifest.xml and the files in that folder instead
// (docs/deployment.md). Exit code 1 on any problem.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestBaseUrl } from './lib/manifest/baseUrl';
import { checkUnifiedManifest } from './lib/manifest/checkUnifiedManifest';
import { checkUnifiedSchema } from './lib/manifest/checkUnifiedSchema';
import { convertManifest, UNIFIED_MANIFEST_FILE } from './lib/manifest/convertManifest';
import { builtFiles, projectFiles } from './lib/manifest/projectFiles';
import type { UnifiedManifest } from './lib/manifest/unifiedManifest';
import { parseXml } from './lib/manifest/xmlTree';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] === undefined ? undefined : resolve(process.argv[2]);
const manifestXml = readFileSync(join(dir ?? root, 'manifest.xml'), 'utf8');
const manifest = dir
  ? (JSON.parse(readFileSync(join(dir, UNIFIED_MANIFEST_FILE), 'utf8')) as UnifiedManifest)
  : await convertManifest(manifestXml);
const problems = [
  ...checkUnifiedManifest(
    parseXml(manifestXml),
    manifest,
    dir ? builtFiles(dir) : projectFiles(root),
    manifestBaseUrl(manifestXml),
  ),
  ...checkUnifiedSchema(manifest),
];
const name = dir ? join(dir, UNIFIED_MANIFEST_FILE) : 'manifest.json';
const from = dir ? `base URL ${manifestBaseUrl(manifestXml)}` : 'converted from manifest.xml';
if (problems.length === 0) {
  console.log(`${name} (unified manifest ${manifest.manifestVersion}, ${from}): all offline checks passed`);
} else {
  console.error(`${name} (${from}): ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exitCode = 1;
}
