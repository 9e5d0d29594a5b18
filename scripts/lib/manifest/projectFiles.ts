import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectFiles } from './checkFiles';

/** The project's files on disk, below `root`. */
export function projectFiles(root: string): ProjectFiles {
  return {
    read: (relativePath) => {
      const path = join(root, relativePath);
      return existsSync(path) && statSync(path).isFile() ? readFileSync(path) : null;
    },
  };
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
