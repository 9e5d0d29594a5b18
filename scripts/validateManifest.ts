// `npm run validate`: offline checks of manifest.xml (well-formed, element order, least permission,
// resids, string lengths, https, icon sets, files and sizes, pinning on message surfaces only, shared
// folders, Outlook mobile, FunctionName registered). Exit code 1 on any problem.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkManifest } from './lib/manifest/checkManifest';
import { commandsSource, projectFiles } from './lib/manifest/projectFiles';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const problems = checkManifest({
  manifestXml: readFileSync(join(root, 'manifest.xml'), 'utf8'),
  files: projectFiles(root),
  commandsSource: commandsSource(root),
});
if (problems.length === 0) {
  console.log('manifest.xml: all offline checks passed');
} else {
  console.error(`manifest.xml: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exitCode = 1;
}
