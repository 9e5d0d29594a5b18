import { sha256Hex } from '../shared';
import type { PackageFile } from './types';

/**
 * Fingerprint (SHA-256, hex) of every file's name and content. Files are sorted by name first, so
 * the order in which the server lists them does not matter; lengths are included so that moving
 * text from one file to the next changes the hash.
 */
export function computeContentHash(files: readonly PackageFile[]): Promise<string> {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return sha256Hex(sorted.map((f) => `${f.name.length}:${f.name}\n${f.content.length}:${f.content}\n`).join(''));
}
