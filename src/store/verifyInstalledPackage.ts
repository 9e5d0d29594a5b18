import { computeContentHash, type PackageFile } from '../metadata';
import type { DataDatabase } from './DataDatabase';
import { InstalledPackageMissingError } from './errors/InstalledPackageMissingError';
import type { PackageVerification } from './types';

/**
 * Checks the package a data database holds before the add-in trusts it on start: the `_package`
 * row exists and its `contentHash` equals `hash(files)` recomputed now (by default the metadata
 * layer's `computeContentHash`, which produced `CustomizationPackage.contentHash`).
 * A failed check means: download the package again (and, if the schema differs, sync again).
 */
export async function verifyInstalledPackage(
  db: DataDatabase,
  hash: (files: readonly PackageFile[]) => Promise<string> = computeContentHash,
): Promise<PackageVerification> {
  let installed;
  try {
    installed = await db.installedPackage();
  } catch (error) {
    if (error instanceof InstalledPackageMissingError) {
      return { ok: false, reason: 'missing', message: error.message };
    }
    throw error;
  }
  if (!Array.isArray(installed.files) || installed.files.length === 0) {
    return {
      ok: false,
      reason: 'missing',
      message: `The installed package of ${db.name} has no files — synchronize again to download it`,
    };
  }
  const actual = await hash(installed.files);
  if (actual !== installed.contentHash) {
    return {
      ok: false,
      reason: 'tampered',
      message: `The installed package of ${db.name} is damaged (its files do not match their fingerprint) — synchronize again to download it`,
    };
  }
  return { ok: true, installed };
}
