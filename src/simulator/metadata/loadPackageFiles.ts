import { readdirSync, readFileSync } from 'node:fs';
import type { MetadataFileContent } from '../types';

/** The package folders shipped with the simulator, by package key. */
export const PACKAGE_FOLDERS = ['sales-rep', 'sales-manager'] as const;

/** Reads the files of a package folder under src/simulator/packages (Node only), sorted by name. */
export function loadPackageFiles(folder: string): MetadataFileContent[] {
  const directory = new URL(`../packages/${folder}/`, import.meta.url);
  return readdirSync(directory)
    .filter((name) => /\.(xml|js)$/.test(name))
    .sort()
    .map((name) => ({
      name,
      type: name.endsWith('.js') ? 'JavaScript' : 'XML',
      content: readFileSync(new URL(name, directory), 'utf8'),
    }));
}
