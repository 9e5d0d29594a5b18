import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PackageFile, PackageProblem } from '../../../../src/metadata';

/** test/fixtures/packages */
export const PACKAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/packages');

/**
 * What a broken or degraded case expects. A case folder holds only the files that differ from
 * `base` (default `valid/sales-rep`); `omit` names base files the case removes. A broken case has
 * problems (the package is refused); a degraded one has none, only warnings.
 */
export interface ExpectedCase {
  readonly base?: string;
  readonly omit?: readonly string[];
  readonly problems: readonly PackageProblem[];
  readonly warnings?: readonly PackageProblem[];
}

/** Reads every file of a fixture folder (e.g. `valid/sales-rep`) as the server would send it. */
export function loadPackageFolder(folder: string): PackageFile[] {
  const dir = join(PACKAGES, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.xml'))
    .sort()
    .map((name) => ({ name, type: 'XML', content: readFileSync(join(dir, name), 'utf8') }));
}

/** A broken case (`broken/<name>`): its files (base + overlay − omit) and what it expects. */
export function loadBrokenCase(name: string): { files: PackageFile[]; expected: ExpectedCase } {
  return loadCase(join('broken', name));
}

/** A degraded case (`degraded/<name>`): parses, with exactly the warnings it expects. */
export function loadDegradedCase(name: string): { files: PackageFile[]; expected: ExpectedCase } {
  return loadCase(join('degraded', name));
}

function loadCase(folder: string): { files: PackageFile[]; expected: ExpectedCase } {
  const expectedPath = join(PACKAGES, folder, 'expected.json');
  if (!existsSync(expectedPath)) throw new Error(`fixture ${folder} has no expected.json`);
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as ExpectedCase;
  const overlay = new Map(loadPackageFolder(folder).map((f) => [f.name, f]));
  const files = loadPackageFolder(expected.base ?? 'valid/sales-rep')
    .filter((f) => !(expected.omit ?? []).includes(f.name))
    .map((f) => overlay.get(f.name) ?? f);
  for (const f of overlay.values()) if (!files.some((g) => g.name === f.name)) files.push(f);
  return { files, expected };
}

/** The names of all broken cases. */
export function brokenCaseNames(): string[] {
  return readdirSync(join(PACKAGES, 'broken')).sort();
}

/** The names of all degraded cases. */
export function degradedCaseNames(): string[] {
  return readdirSync(join(PACKAGES, 'degraded')).sort();
}
