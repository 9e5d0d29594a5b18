// `npm run validate`, second half: converts manifest.xml to the unified manifest (JSON) the way the
// build does, then checks offline that it carries what the XML declares and passes Microsoft's
// schema for its manifestVersion. Exit code 1 on any problem.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkUnifiedManifest } from './lib/manifest/checkUnifiedManifest';
import { checkUnifiedSchema } from './lib/manifest/checkUnifiedSchema';
import { convertManifest } from './lib/manifest/convertManifest';
import { projectFiles } from './lib/manifest/projectFiles';
import { parseXml } from './lib/manifest/xmlTree';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifestXml = readFileSync(join(root, 'manifest.xml'), 'utf8');
const manifest = await convertManifest(manifestXml);
const problems = [
  ...checkUnifiedManifest(parseXml(manifestXml), manifest, projectFiles(root)),
  ...checkUnifiedSchema(manifest),
];
if (problems.length === 0) {
  console.log(
    `manifest.json (unified manifest ${manifest.manifestVersion}, converted from manifest.xml): all offline checks passed`,
  );
} else {
  console.error(`manifest.json (converted from manifest.xml): ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exitCode = 1;
}
