import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_URL_ENV,
  BaseUrlError,
  baseUrlFrom,
  DEV_BASE_URL,
  loopbackLines,
  manifestBaseUrl,
  parseBaseUrl,
  rewriteManifestXml,
} from '../../../scripts/lib/manifest/baseUrl';
import { checkManifest } from '../../../scripts/lib/manifest/checkManifest';
import { checkUnifiedManifest } from '../../../scripts/lib/manifest/checkUnifiedManifest';
import { checkUnifiedSchema } from '../../../scripts/lib/manifest/checkUnifiedSchema';
import { convertManifest } from '../../../scripts/lib/manifest/convertManifest';
import { commandsSource, projectFiles } from '../../../scripts/lib/manifest/projectFiles';
import type { UnifiedManifest } from '../../../scripts/lib/manifest/unifiedManifest';
import { parseXml } from '../../../scripts/lib/manifest/xmlTree';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const manifestXml = readFileSync(join(root, 'manifest.xml'), 'utf8');
const files = projectFiles(root);
const BASE = 'https://addin.contoso.com/crm/';

describe('parseBaseUrl', () => {
  it.each([
    ['https://addin.contoso.com/crm/', 'https://addin.contoso.com/crm/'],
    ['https://addin.contoso.com/crm', 'https://addin.contoso.com/crm/'],
    ['https://addin.contoso.com', 'https://addin.contoso.com/'],
    ['  https://ADDIN.contoso.com:8443/a/b/  ', 'https://addin.contoso.com:8443/a/b/'],
    ['https://10.1.2.3/outlook/', 'https://10.1.2.3/outlook/'],
  ])('accepts %j as %j', (input, expected) => {
    expect(parseBaseUrl(input)).toBe(expected);
  });

  it.each([
    ['', /is empty/],
    ['   ', /is empty/],
    ['addin.contoso.com/crm/', /not an absolute URL: start it with https:\/\//],
    ['/crm/', /not an absolute URL/],
    ['http://addin.contoso.com/crm/', /uses http: Outlook loads add-ins over https only/],
    ['ftp://addin.contoso.com/', /uses ftp/],
    ['https://user:secret@addin.contoso.com/', /user name or password/],
    ['https://user@addin.contoso.com/', /user name or password/],
    ['https://addin.contoso.com/crm/?v=2', /has a query/],
    ['https://addin.contoso.com/crm/?', /has a query/],
    ['https://addin.contoso.com/crm/#top', /has a fragment/],
    ['https://addin.contoso.com/crm/#', /has a fragment/],
    ['https://localhost:3000/', /names this machine \(localhost\): for the dev server's manifest build without/],
    ['https://127.0.0.1/', /names this machine/],
    ['https://[::1]:3000/', /names this machine/],
  ])('refuses %j', (input, reason) => {
    let error: unknown;
    try {
      parseBaseUrl(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BaseUrlError);
    const message = (error as Error).message;
    expect(message).toMatch(reason);
    // Actionable: it quotes the value and shows what a good one looks like, both ways to pass it.
    expect(message).toContain(`"${input}"`);
    expect(message).toContain('--env baseUrl=https://');
    expect(message).toContain(BASE_URL_ENV);
    // webpack-cli prints the stack: it is the message alone.
    expect((error as Error).stack).toBe(`BaseUrlError: ${message}`);
  });
});

describe('baseUrlFrom', () => {
  it('takes --env baseUrl first, then ADDIN_BASE_URL, else none', () => {
    const environment = { [BASE_URL_ENV]: 'https://env.contoso.com/' };
    expect(baseUrlFrom({ baseUrl: 'https://cli.contoso.com' }, environment)).toBe('https://cli.contoso.com/');
    expect(baseUrlFrom({}, environment)).toBe('https://env.contoso.com/');
    expect(baseUrlFrom({}, {})).toBeUndefined();
  });

  it('refuses a bad value from either place, and --env baseUrl without a value', () => {
    expect(() => baseUrlFrom({ baseUrl: 'http://cli.contoso.com' }, {})).toThrow(BaseUrlError);
    expect(() => baseUrlFrom({}, { [BASE_URL_ENV]: 'cli.contoso.com' })).toThrow(/not an absolute URL/);
    expect(() => baseUrlFrom({ baseUrl: true }, {})).toThrow(/is empty/);
    // An empty variable is a mistake (a CI secret that is not set), not "no base URL".
    expect(() => baseUrlFrom({}, { [BASE_URL_ENV]: '' })).toThrow(/is empty/);
  });
});

describe('rewriteManifestXml', () => {
  const rewritten = rewriteManifestXml(manifestXml, BASE);

  it('moves every URL to the base URL and AppDomain to its origin, leaving no loopback name', () => {
    expect(loopbackLines(manifestXml).length).toBeGreaterThan(30);
    expect(loopbackLines(rewritten)).toEqual([]);
    expect(rewritten).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html"/>`);
    expect(rewritten).toContain(`<bt:Url id="Commands.Url" DefaultValue="${BASE}commands.html"/>`);
    expect(rewritten).toContain(`<IconUrl DefaultValue="${BASE}assets/icon-64.png"/>`);
    expect(rewritten).toContain(`<HighResolutionIconUrl DefaultValue="${BASE}assets/icon-128.png"/>`);
    expect(rewritten).toContain(`<SupportUrl DefaultValue="${BASE}assets/support.html"/>`);
    expect(rewritten).toContain('<AppDomain>https://addin.contoso.com</AppDomain>');
    // Only URLs change: the same number of lines, each dev-server URL replaced in place.
    expect(rewritten.split('\n')).toHaveLength(manifestXml.split('\n').length);
    expect(rewritten.split(BASE).length).toBe(manifestXml.split(DEV_BASE_URL).length);
    expect(manifestBaseUrl(rewritten)).toBe(BASE);
    expect(manifestBaseUrl(manifestXml)).toBe(DEV_BASE_URL);
  });

  it('passes the offline checks against the project files below the new base URL', () => {
    expect(
      checkManifest({ manifestXml: rewritten, files, commandsSource: commandsSource(root), baseUrl: BASE }),
    ).toEqual([]);
    // Checked against the dev server's base URL, the files are not found: the base URL matters.
    expect(checkManifest({ manifestXml: rewritten, files, commandsSource: commandsSource(root) })).toContainEqual(
      expect.stringMatching(/<SourceLocation>: https:\/\/addin.contoso.com\/crm\/taskpane.html is not .* below/),
    );
  });

  it('escapes & for XML and refuses a loopback URL outside the dev server', () => {
    expect(rewriteManifestXml(manifestXml, 'https://addin.contoso.com/r&d/')).toContain(
      'DefaultValue="https://addin.contoso.com/r&amp;d/taskpane.html"',
    );
    const stray = manifestXml.replace(
      '<SupportUrl DefaultValue="https://localhost:3000/assets/support.html"/>',
      '<SupportUrl DefaultValue="https://localhost:4000/assets/support.html"/>',
    );
    expect(() => rewriteManifestXml(stray, BASE)).toThrow(/names the local machine .*localhost:4000/);
    expect(() => rewriteManifestXml(manifestXml, 'http://addin.contoso.com/')).toThrow(BaseUrlError);
  });
});

describe('the unified manifest of a rewritten manifest.xml', () => {
  let manifest: UnifiedManifest;
  const rewritten = rewriteManifestXml(manifestXml, BASE);
  beforeAll(async () => {
    manifest = await convertManifest(rewritten);
  });

  it('names the base URL, package icons relative to it, and passes the checks and the schema', () => {
    const text = JSON.stringify(manifest);
    expect(loopbackLines(text)).toEqual([]);
    expect(text).toContain(`"${BASE}taskpane.html"`);
    expect(manifest.validDomains).toEqual(['https://addin.contoso.com']);
    // The converter keeps the URL's path ("crm/assets/…"); the app package has assets/ at its root.
    expect(manifest.icons).toEqual({ outline: 'assets/icon-64.png', color: 'assets/icon-128.png' });
    expect(checkUnifiedManifest(parseXml(rewritten), manifest, files, BASE)).toEqual([]);
    expect(checkUnifiedSchema(manifest)).toEqual([]);
  });
});

describe('webpack.config.js and the base URL', () => {
  async function loadConfig() {
    return import(pathToFileURL(join(root, 'webpack.config.js')).href);
  }
  const names = (config: { plugins: object[] }) => config.plugins.map((plugin) => plugin.constructor.name);

  it('a production build without a base URL warns; one with a base URL strips the loopback CSP sources', async () => {
    const { createConfig } = await loadConfig();
    const withoutBase = names(createConfig({ mode: 'production' }));
    expect(withoutBase).toContain('DevManifestWarningPlugin');
    expect(withoutBase).not.toContain('HostedPagesPlugin');
    const withBase = names(createConfig({ mode: 'production', baseUrl: BASE }));
    expect(withBase).toContain('HostedPagesPlugin');
    expect(withBase).not.toContain('DevManifestWarningPlugin');
    const devServer = { port: 0, simulatorMiddleware: () => undefined, demoUsers: [] };
    expect(names(createConfig({ mode: 'development', devServer }))).not.toContain('DevManifestWarningPlugin');
  });

  it('the CSP sources it strips are the ones every page carries', async () => {
    const { LOOPBACK_CSP_SOURCES } = await loadConfig();
    for (const page of ['src/taskpane/taskpane.html', 'src/commands/commands.html', 'src/commands/loginDialog.html'])
      expect(readFileSync(join(root, page), 'utf8')).toContain(`https:${LOOPBACK_CSP_SOURCES};`);
  });

  it('the default export reads --env baseUrl and ADDIN_BASE_URL, and refuses a bad one before building', async () => {
    const { default: configFor } = await loadConfig();
    const saved = process.env[BASE_URL_ENV];
    try {
      delete process.env[BASE_URL_ENV];
      expect(names(await configFor({ baseUrl: BASE }, { mode: 'production' }))).toContain('HostedPagesPlugin');
      expect(names(await configFor({}, { mode: 'production' }))).toContain('DevManifestWarningPlugin');
      process.env[BASE_URL_ENV] = 'https://addin.contoso.com/';
      expect(names(await configFor({}, { mode: 'production' }))).toContain('HostedPagesPlugin');
      await expect(configFor({ baseUrl: 'http://addin.contoso.com/' }, { mode: 'production' })).rejects.toThrow(
        /over https only/,
      );
    } finally {
      if (saved === undefined) delete process.env[BASE_URL_ENV];
      else process.env[BASE_URL_ENV] = saved;
    }
  });
});
