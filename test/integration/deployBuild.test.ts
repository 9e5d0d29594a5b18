// A production build for a real host (docs/deployment.md): webpack.config.js with a base URL, built
// into a temporary folder, then every file of it read. The bundle is minified and source-mapped as
// `npm run build` makes it; only ts-loader's type check is skipped (`npm run typecheck` does that),
// which keeps the build near 45 s on two cores.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpack from 'webpack';
import { LOOPBACK_PATTERN, manifestBaseUrl } from '../../scripts/lib/manifest/baseUrl';
import { checkManifest } from '../../scripts/lib/manifest/checkManifest';
import { checkUnifiedManifest } from '../../scripts/lib/manifest/checkUnifiedManifest';
import { checkUnifiedSchema } from '../../scripts/lib/manifest/checkUnifiedSchema';
import { builtFiles, commandsSource } from '../../scripts/lib/manifest/projectFiles';
import type { UnifiedManifest } from '../../scripts/lib/manifest/unifiedManifest';
import { parseXml } from '../../scripts/lib/manifest/xmlTree';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BASE = 'https://addin.contoso.com/crm/';
const BUILD_TIMEOUT = 240_000;

/**
 * Code that names the local machine without pointing anywhere, in the bundles and their source maps
 * (minified and original spelling). Everything else naming localhost, 127.0.0.1 or [::1] fails.
 */
const ALLOWED_MENTIONS: ReadonlyArray<{ what: string; pattern: RegExp }> = [
  {
    what: "Dexie's debug switch (on when the page itself is served from localhost)",
    pattern: /\^\(http\|https\):\\{1,2}\/\\{1,2}\/\(localhost\|127\\{1,2}\.0\\{1,2}\.0\\{1,2}\.1\)/g,
  },
  {
    what: "the Siebel server URL check's loopback hosts, the one exception to https (src/siebel)",
    pattern: /\[\s*["']localhost["'],\s*["']127\.0\.0\.1["'],\s*["']\[::1\]["']\s*\]/g,
  },
  { what: 'the same check, its message', pattern: /http is only allowed for localhost/g },
  {
    what: "deployment.json's base outside a browser (src/sync/settings/deployment.ts, no location)",
    pattern: /\?\?\s*["']http:\/\/localhost\/["']/g,
  },
];

let outDir: string;
let stats: webpack.Stats | undefined;
const paths: string[] = [];
const read = (path: string) => readFileSync(join(outDir, path), 'utf8');

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'crm-desktop-deploy-'));
  const { createConfig } = await import(pathToFileURL(join(root, 'webpack.config.js')).href);
  const config = createConfig({ mode: 'production', baseUrl: BASE, typeCheck: false });
  const compiler = webpack({ ...config, output: { ...config.output, path: outDir } });
  stats = await new Promise<webpack.Stats | undefined>((done, fail) =>
    compiler.run((error, result) => (error ? fail(error) : done(result))),
  );
  await new Promise<void>((done) => compiler.close(() => done()));
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) paths.push(relative(outDir, join(entry.parentPath, entry.name)));
}, BUILD_TIMEOUT);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('npm run build -- --env baseUrl=…', () => {
  it('builds without errors or the no-base-URL warning', () => {
    expect(stats?.hasErrors(), stats?.toString('errors-only')).toBe(false);
    const warnings = stats?.toJson({ all: false, warnings: true }).warnings ?? [];
    expect(warnings.map((warning) => warning.message).join('\n')).not.toMatch(/NO BASE URL/);
  });

  it('leaves no localhost, 127.0.0.1 or [::1] in any file, but for code that recognises them', () => {
    expect(paths.length).toBeGreaterThan(40);
    const found: string[] = [];
    const used = new Set<string>();
    for (const path of paths) {
      const text = read(path);
      const rest = ALLOWED_MENTIONS.reduce((left, { what, pattern }) => {
        const replaced = left.replace(pattern, '«allowed»');
        if (replaced !== left) used.add(what);
        return replaced;
      }, text);
      for (const match of rest.matchAll(new RegExp(LOOPBACK_PATTERN.source, 'gi')))
        found.push(`${path}: …${rest.slice(Math.max(0, match.index - 60), match.index + 40)}…`);
    }
    expect(found).toEqual([]);
    // An allowance the bundle no longer needs goes: the list stays exactly what the build carries.
    expect(ALLOWED_MENTIONS.map(({ what }) => what).filter((what) => !used.has(what))).toEqual([]);
    // The pages, the manifests and the icons name nothing local at all, not even allowed code.
    for (const path of paths.filter((name) => /\.(html|xml|json|png|txt)$/.test(name)))
      expect(read(path), path).not.toMatch(new RegExp(LOOPBACK_PATTERN.source, 'i'));
  });

  it('writes both manifests for the base URL, and they pass the offline checks against the build', () => {
    const manifestXml = read('manifest.xml');
    const manifest = JSON.parse(read('manifest.json')) as UnifiedManifest;
    expect(manifestBaseUrl(manifestXml)).toBe(BASE);
    expect(manifestXml).toContain(`<IconUrl DefaultValue="${BASE}assets/icon-64.png"/>`);
    expect(manifestXml).toContain(`<bt:Url id="Commands.Url" DefaultValue="${BASE}commands.html"/>`);
    expect(manifestXml).toContain('<AppDomain>https://addin.contoso.com</AppDomain>');
    expect(JSON.stringify(manifest)).toContain(`"${BASE}taskpane.html"`);
    expect(manifest.icons).toEqual({ outline: 'assets/icon-64.png', color: 'assets/icon-128.png' });
    const files = builtFiles(outDir);
    expect(checkManifest({ manifestXml, files, commandsSource: commandsSource(root), baseUrl: BASE })).toEqual([]);
    expect(checkUnifiedManifest(parseXml(manifestXml), manifest, files, BASE)).toEqual([]);
    expect(checkUnifiedSchema(manifest)).toEqual([]);
  });

  it('is what `npm run validate -- <dir>` accepts', () => {
    const output = execFileSync(
      process.execPath,
      [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'validate.ts'), outDir],
      { cwd: root, encoding: 'utf8', stdio: 'pipe' },
    );
    expect(output).toMatch(
      /manifest\.xml \(base URL https:\/\/addin\.contoso\.com\/crm\/\): all offline checks passed/,
    );
    expect(output).toMatch(/manifest\.json \(unified manifest [\d.]+, base URL .*\): all offline checks passed/);
  });

  it('serves the pages with a narrower CSP, every script content-hashed, and the icons of both manifests', () => {
    for (const page of ['taskpane.html', 'commands.html', 'loginDialog.html']) {
      expect(read(page)).toMatch(/connect-src 'self' https:;/);
      for (const [, script] of read(page).matchAll(/<script[^>]* src="([^"]+)"/g))
        if (!script.startsWith('https://')) expect(script).toMatch(/\.[0-9a-f]{16}\.js$/);
    }
    const scripts = paths.filter((path) => path.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(5);
    for (const script of scripts) expect(script).toMatch(/\.[0-9a-f]{16}\.js$/);
    for (const icon of ['assets/icon-64.png', 'assets/icon-128.png', 'assets/sync-80.png', 'assets/support.html'])
      expect(paths).toContain(icon);
  });
});
