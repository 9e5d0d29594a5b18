// `npm run validate [-- <dir>]`: offline checks of manifest.xml (well-formed, element order, least
// permission, resids, string lengths, https, icon sets, files and sizes, pinning on message surfaces
// only, shared folders, Outlook mobile, FunctionName registered). With a folder, e.g. `dist`, the
// checks read <dir>/manifest.xml, a build's, against the files in that folder, below the base URL
// the build wrote into it (docs/deployment.md). Exit code 1 on any problem.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestBaseUrl } from './lib/manifest/baseUrl';
import { checkManifest } from './lib/manifest/checkManifest';
import { builtFiles, commandsSource, projectFiles } from './lib/manifest/projectFiles';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] === undefined ? undefined : resolve(process.argv[2]);
const manifestPath = join(dir ?? root, 'manifest.xml');
const manifestXml = readFileSync(manifestPath, 'utf8');
const baseUrl = manifestBaseUrl(manifestXml);
const problems = checkManifest({
  manifestXml,
  files: dir ? builtFiles(dir) : projectFiles(root),
  commandsSource: commandsSource(root),
  baseUrl,
});
const name = dir ? `${manifestPath} (base URL ${baseUrl})` : 'manifest.xml';
if (problems.length === 0) {
  console.log(`${name}: all offline checks passed`);
} else {
  console.error(`${name}: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exitCode = 1;
}
