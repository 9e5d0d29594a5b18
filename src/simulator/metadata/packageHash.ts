import { createHash } from 'node:crypto';
import type { MetadataFileContent } from '../types';

/** Default package fingerprint: first 16 hex chars of SHA-256 over names, types and contents sorted by name. */
export function packageHash(files: readonly MetadataFileContent[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    // Lengths first, so that moving text from one file to the next changes the hash.
    hash.update(`${file.name.length}:${file.name}|${file.type}|${Buffer.byteLength(file.content)}:`);
    hash.update(file.content);
  }
  return hash.digest('hex').slice(0, 16);
}
