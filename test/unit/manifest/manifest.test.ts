import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkManifest } from '../../../scripts/lib/manifest/checkManifest';
import type { ProjectFiles } from '../../../scripts/lib/manifest/checkFiles';
import { commandsSource, projectFiles } from '../../../scripts/lib/manifest/projectFiles';
import { encodePng, pngSize } from '../../../scripts/lib/png';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const manifestXml = readFileSync(join(root, 'manifest.xml'), 'utf8');
const files = projectFiles(root);
const commands = commandsSource(root);

function check(xml = manifestXml, overrides: { files?: ProjectFiles; commands?: string } = {}): string[] {
  return checkManifest({ manifestXml: xml, files: overrides.files ?? files, commandsSource: overrides.commands ?? commands });
}

/** Replaces exactly one occurrence, so a test cannot silently mutate nothing. */
function replaceOnce(xml: string, from: string | RegExp, to: string): string {
  const count = typeof from === 'string' ? xml.split(from).length - 1 : (xml.match(new RegExp(from, 'g')) ?? []).length;
  if (count < 1) throw new Error(`fixture mutation found nothing to replace: ${String(from)}`);
  return xml.replace(from, to);
}

describe('manifest.xml', () => {
  it('passes every offline check', () => {
    expect(check()).toEqual([]);
  });

  it('declares a MailApp with the Sync function and the task pane on message and appointment surfaces', () => {
    expect(manifestXml).toMatch(/xsi:type="MailApp"/);
    expect(manifestXml).toContain('http://schemas.microsoft.com/office/mailappversionoverrides/1.1');
    // Appointments too: a meeting is shared with Siebel from the task pane (issue 9).
    for (const surface of ['MessageReadCommandSurface', 'MessageComposeCommandSurface', 'AppointmentAttendeeCommandSurface', 'AppointmentOrganizerCommandSurface']) {
      expect(manifestXml.split(`xsi:type="${surface}"`).length - 1).toBe(2);
    }
    expect(manifestXml).toContain('<FunctionName>syncNow</FunctionName>');
    expect(manifestXml).toContain('DefaultValue="https://localhost:3000/commands.html"');
    expect(manifestXml).toContain('DefaultValue="https://localhost:3000/taskpane.html"');
  });

  it('reports XML that is not well-formed', () => {
    const problems = check(manifestXml.replace('</OfficeApp>', ''));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/not well-formed/);
  });

  it('reports a top-level element out of order', () => {
    const withoutSupport = replaceOnce(manifestXml, /\s*<SupportUrl [^>]*\/>/, '');
    const moved = replaceOnce(withoutSupport, '<Permissions>', '<SupportUrl DefaultValue="https://localhost:3000/assets/support.html"/>\n  <Permissions>');
    expect(check(moved)).toContainEqual(expect.stringMatching(/out of order/));
  });

  it('reports a missing required element and an Id that is not a GUID', () => {
    const problems = check(replaceOnce(replaceOnce(manifestXml, /\s*<FormSettings>[\s\S]*?<\/FormSettings>/, ''), /<Id>[^<]+<\/Id>/, '<Id>crm-desktop</Id>'));
    expect(problems).toContain('<FormSettings> is missing');
    expect(problems).toContainEqual(expect.stringMatching(/<Id> "crm-desktop" is not a GUID/));
  });

  it('reports a resid that names no resource', () => {
    const problems = check(replaceOnce(manifestXml, '<FunctionFile resid="Commands.Url"/>', '<FunctionFile resid="Commandz.Url"/>'));
    expect(problems).toContainEqual(expect.stringMatching(/resid="Commandz.Url"> names no resource/));
  });

  it('reports a resid that names a resource of the wrong kind', () => {
    const xml = manifestXml.replaceAll('<Label resid="SyncButton.Label"/>', '<Label resid="SyncButton.Tooltip"/>');
    expect(check(xml)).toContainEqual(expect.stringMatching(/needs a bt:ShortString, found a bt:LongString/));
  });

  it('reports a ShortString longer than 125 characters', () => {
    const xml = manifestXml.replaceAll('DefaultValue="Sync"/>', `DefaultValue="${'S'.repeat(126)}"/>`);
    expect(check(xml)).toContainEqual(expect.stringMatching(/"SyncButton.Label" has 126 characters, at most 125/));
  });

  it('reports a URL that is not https', () => {
    const xml = replaceOnce(manifestXml, 'DefaultValue="https://localhost:3000/assets/support.html"', 'DefaultValue="http://localhost:3000/assets/support.html"');
    expect(check(xml)).toContain('<SupportUrl>: http://localhost:3000/assets/support.html must use https');
  });

  it('reports an icon file whose pixel size differs from the declared size', () => {
    const wrongSize: ProjectFiles = {
      read: (path) => (path === 'assets/sync-32.png' ? encodePng(16, 16, new Uint8Array(16 * 16 * 4)) : files.read(path)),
    };
    expect(check(manifestXml, { files: wrongSize })).toContainEqual('bt:Image "Sync.32x32": assets/sync-32.png is 16×16, declared 32×32');
  });

  it('reports an icon that has no file', () => {
    const missing: ProjectFiles = { read: (path) => (path === 'assets/icon-128.png' ? null : files.read(path)) };
    expect(check(manifestXml, { files: missing })).toContainEqual(expect.stringMatching(/<HighResolutionIconUrl>: icon .* has no file/));
  });

  it('reports a FunctionName that src/commands does not register', () => {
    expect(check(manifestXml, { commands: "host.registerCommand('syncLater', handler);" })).toContainEqual(
      expect.stringMatching(/<FunctionName>syncNow<\/FunctionName> is not registered/),
    );
  });
});

describe('png', () => {
  it('reads back the size it encoded and refuses bytes that are not a PNG', () => {
    expect(pngSize(encodePng(3, 2, new Uint8Array(3 * 2 * 4)))).toEqual({ width: 3, height: 2 });
    expect(pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});
