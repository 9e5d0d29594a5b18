import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectFiles } from './checkFiles';

/** Where the project keeps a served file: pages in src/<page>/<page>.html, the rest as served (assets/). */
export function projectPathOf(path: string): string {
  const page = /^(\w+)\.html$/.exec(path);
  return page ? `src/${page[1]}/${page[1]}.html` : path;
}

/** Bytes of a file below `dir`, `null` when there is none. */
function readBelow(dir: string, relativePath: string): Uint8Array | null {
  const path = join(dir, relativePath);
  return existsSync(path) && statSync(path).isFile() ? readFileSync(path) : null;
}

/** The project's files on disk, below `root`: what `npm run build` will serve. */
export function projectFiles(root: string): ProjectFiles {
  return { read: (path) => readBelow(root, projectPathOf(path)), where: projectPathOf };
}

/** A build's files (e.g. dist/), laid out as they are served. */
export function builtFiles(dir: string): ProjectFiles {
  return { read: (path) => readBelow(dir, path), where: (path) => join(dir, path) };
}

/** All TypeScript sources of src/commands, concatenated (for the FunctionName check). */
export function commandsSource(root: string): string {
  const dir = join(root, 'src', 'commands');
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
}
