import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of shared/conventions.md, checked on every import of src/:
 * one direction of dependency, cross-layer imports only through a layer's index.ts,
 * `Office.*` only in host, React only in the UI layers, and a simulator that imports nothing of the client.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const src = join(root, 'src');

const allowed: Record<string, readonly string[]> = {
  shared: [],
  siebel: ['shared'],
  metadata: ['shared'],
  store: ['shared', 'metadata'],
  sync: ['shared', 'siebel', 'metadata', 'store'],
  host: ['shared'],
  taskpane: ['shared', 'sync', 'store', 'metadata', 'host'],
  commands: ['shared', 'sync', 'store', 'host'],
  cli: ['shared', 'sync', 'store', 'siebel', 'metadata'],
  simulator: [],
};
const reactLayers = new Set(['taskpane']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(code: string): string[] {
  const specifiers: string[] = [];
  const pattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  for (const match of code.matchAll(pattern)) specifiers.push(match[1] ?? match[2] ?? match[3]);
  return specifiers;
}

function layerOf(path: string): string {
  return relative(src, path).split(sep)[0];
}

const files = sourceFiles(src);
const violations: string[] = [];
for (const file of files) {
  const layer = layerOf(file);
  const code = readFileSync(file, 'utf8');
  const where = relative(root, file);
  if (!(layer in allowed)) violations.push(`${where}: folder "${layer}" is not a known layer`);
  if (layer !== 'host' && /\bOffice\.(context|onReady|actions|AsyncResultStatus|MailboxEnums|EventType)/.test(code)) {
    violations.push(`${where}: touches Office.* outside src/host`);
  }
  for (const specifier of importsOf(code)) {
    if (/^(react|react-dom|@fluentui\/)/.test(specifier) && !reactLayers.has(layer)) {
      violations.push(`${where}: imports ${specifier} outside the UI`);
    }
    if (!specifier.startsWith('.')) continue;
    const target = resolve(dirname(file), specifier);
    if (!target.startsWith(src + sep)) {
      violations.push(`${where}: imports ${specifier} from outside src/`);
      continue;
    }
    const targetLayer = layerOf(target);
    if (targetLayer === layer) continue;
    if (!(allowed[layer] ?? []).includes(targetLayer)) {
      violations.push(`${where}: layer "${layer}" may not import layer "${targetLayer}" (${specifier})`);
    } else if (relative(join(src, targetLayer), target).replace(/(\/index)?(\.tsx?)?$/, '') !== '') {
      violations.push(`${where}: imports ${specifier}; import the "${targetLayer}" layer through its index.ts`);
    }
  }
}

describe('layers', () => {
  it('finds the source files it checks', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('keeps every import of src/ inside the allowed direction of dependency', () => {
    expect(violations).toEqual([]);
  });

  it('flags an import that goes against the direction of dependency', () => {
    const sample = "import { openStore } from '../store';";
    expect(importsOf(sample)).toEqual(['../store']);
    expect(allowed.siebel.includes('store')).toBe(false);
  });
});
