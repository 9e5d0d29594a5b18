import type { MetadataFileContent, PackageChange, PackageState } from '../types';
import { applyPackageChange } from './applyPackageChange';
import { loadPackageFiles } from './loadPackageFiles';
import { parseCommonSettings, parseMetaInfo, type SimCommonSettings, type SimObject } from './parseMetaInfo';

/** A package definition the catalog starts from. */
export interface PackageSeed {
  readonly key: string;
  readonly id: string;
  readonly folder: string;
  readonly responsibilityIds: readonly string[];
}

/** The simulator's packages: `1-PKG-SALES` for sales reps, `1-PKG-MGR` for sales managers. */
export const PACKAGE_SEEDS: readonly PackageSeed[] = [
  { key: 'sales-rep', id: '1-PKG-SALES', folder: 'sales-rep', responsibilityIds: ['1-RESP-SALES'] },
  { key: 'sales-manager', id: '1-PKG-MGR', folder: 'sales-manager', responsibilityIds: ['1-RESP-MGR'] },
];

interface PackageEntry {
  readonly seed: PackageSeed;
  status: 'Published' | 'Unpublished';
  files: readonly MetadataFileContent[];
  hashValue: string;
  objects: readonly SimObject[];
  settings: SimCommonSettings;
}

/**
 * Customization packages with their status, files and hash (customization-package.md §1, §5).
 * Resolution follows the user's responsibilities in order; the first published package wins.
 */
export class PackageCatalog {
  private entries = new Map<string, PackageEntry>();

  constructor(private readonly hash: (files: readonly MetadataFileContent[]) => string) {
    this.reset();
  }

  /** Back to the files on disk, all published. */
  reset(): void {
    this.entries = new Map(
      PACKAGE_SEEDS.map((seed) => [seed.key, this.entry(seed, 'Published', loadPackageFiles(seed.folder))]),
    );
  }

  /** The published package reached through the first responsibility that has one. */
  resolve(
    responsibilityIds: readonly string[],
  ): { state: PackageState; responsibilityId: string; files: readonly MetadataFileContent[] } | undefined {
    for (const responsibilityId of responsibilityIds) {
      for (const entry of this.entries.values()) {
        if (entry.status === 'Published' && entry.seed.responsibilityIds.includes(responsibilityId)) {
          return { state: this.state(entry), responsibilityId, files: entry.files };
        }
      }
    }
    return undefined;
  }

  /** Objects of the published package a user reaches (empty when none). */
  objectsFor(responsibilityIds: readonly string[]): readonly SimObject[] {
    const resolved = this.resolve(responsibilityIds);
    return resolved ? this.get(resolved.state.key).objects : [];
  }

  /** `common_settings` of the published package a user reaches (defaults when none). */
  settingsFor(responsibilityIds: readonly string[]): SimCommonSettings {
    const resolved = this.resolve(responsibilityIds);
    return resolved ? this.get(resolved.state.key).settings : parseCommonSettings(undefined);
  }

  publish(key: string, change?: PackageChange): PackageState {
    const current = this.get(key);
    const next = this.entry(current.seed, 'Published', applyPackageChange(current.files, change));
    this.entries.set(key, next);
    return this.state(next);
  }

  unpublish(key: string): PackageState {
    const entry = this.get(key);
    entry.status = 'Unpublished';
    return this.state(entry);
  }

  files(key: string): readonly MetadataFileContent[] {
    return this.get(key).files;
  }

  list(): PackageState[] {
    return [...this.entries.values()].map((entry) => this.state(entry));
  }

  private get(key: string): PackageEntry {
    const entry = this.entries.get(key);
    if (!entry)
      throw new Error(`Unknown simulator package: "${key}" — use one of ${[...this.entries.keys()].join(', ')}`);
    return entry;
  }

  private entry(
    seed: PackageSeed,
    status: 'Published' | 'Unpublished',
    files: readonly MetadataFileContent[],
  ): PackageEntry {
    const meta = files.find((file) => file.name === 'siebel_meta_info.xml')?.content;
    return {
      seed,
      status,
      files,
      hashValue: this.hash(files),
      objects: parseMetaInfo(meta),
      settings: parseCommonSettings(meta),
    };
  }

  private state(entry: PackageEntry): PackageState {
    const info = entry.files.find((file) => file.name === 'info.xml')?.content ?? '';
    const pkg = /<package\b([^>]*)>/.exec(info)?.[1] ?? '';
    return {
      key: entry.seed.key,
      id: entry.seed.id,
      name: /\bname="([^"]*)"/.exec(pkg)?.[1] ?? entry.seed.key,
      status: entry.status,
      version: /\bversion="([^"]*)"/.exec(pkg)?.[1] ?? '',
      hashValue: entry.hashValue,
      responsibilityIds: entry.seed.responsibilityIds,
    };
  }
}
