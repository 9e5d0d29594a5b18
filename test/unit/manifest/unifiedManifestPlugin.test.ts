import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import webpack from 'webpack';
import { convertManifest, formatUnifiedManifest } from '../../../scripts/lib/manifest/convertManifest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const outDirs: string[] = [];
afterEach(() => {
  for (const dir of outDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** webpack.config.js, imported by URL: a JS module without types. */
async function loadConfig() {
  return import(pathToFileURL(join(root, 'webpack.config.js')).href);
}

describe('UnifiedManifestPlugin (webpack.config.js)', () => {
  it('is part of builds that write dist/ and not of the dev server', async () => {
    const { createConfig, UnifiedManifestPlugin } = await loadConfig();
    const has = (config: { plugins: unknown[] }) =>
      config.plugins.some((plugin) => plugin instanceof UnifiedManifestPlugin);
    expect(has(createConfig({ mode: 'production' }))).toBe(true);
    expect(
      has(
        createConfig({
          mode: 'development',
          devServer: { port: 0, simulatorMiddleware: () => undefined, demoUsers: [] },
        }),
      ),
    ).toBe(false);
  });

  it('emits manifest.json, the converted manifest.xml, next to the bundle', async () => {
    const { UnifiedManifestPlugin } = await loadConfig();
    const outDir = mkdtempSync(join(tmpdir(), 'crm-desktop-plugin-'));
    outDirs.push(outDir);
    // An empty entry: the plugin is what is under test, not the add-in's bundle.
    const compiler = webpack({
      mode: 'production',
      context: root,
      entry: 'data:text/javascript,export {}',
      output: { path: outDir },
      plugins: [new UnifiedManifestPlugin()],
    });
    const stats = await new Promise<webpack.Stats | undefined>((done, fail) =>
      compiler.run((error, result) => (error ? fail(error) : done(result))),
    );
    await new Promise<void>((done) => compiler.close(() => done()));
    expect(stats?.hasErrors(), stats?.toString('errors-only')).toBe(false);
    expect(readdirSync(outDir)).toContain('manifest.json');
    const expected = formatUnifiedManifest(await convertManifest(readFileSync(join(root, 'manifest.xml'), 'utf8')));
    expect(readFileSync(join(outDir, 'manifest.json'), 'utf8')).toBe(expected);
  });
});
