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
  return checkManifest({
    manifestXml: xml,
    files: overrides.files ?? files,
    commandsSource: overrides.commands ?? commands,
  });
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
    for (const surface of [
      'MessageReadCommandSurface',
      'MessageComposeCommandSurface',
      'AppointmentAttendeeCommandSurface',
      'AppointmentOrganizerCommandSurface',
    ]) {
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
    const moved = replaceOnce(
      withoutSupport,
      '<Permissions>',
      '<SupportUrl DefaultValue="https://localhost:3000/assets/support.html"/>\n  <Permissions>',
    );
    expect(check(moved)).toContainEqual(expect.stringMatching(/out of order/));
  });

  it('reports a missing required element and an Id that is not a GUID', () => {
    const problems = check(
      replaceOnce(
        replaceOnce(manifestXml, /\s*<FormSettings>[\s\S]*?<\/FormSettings>/, ''),
        /<Id>[^<]+<\/Id>/,
        '<Id>crm-desktop</Id>',
      ),
    );
    expect(problems).toContain('<FormSettings> is missing');
    expect(problems).toContainEqual(expect.stringMatching(/<Id> "crm-desktop" is not a GUID/));
  });

  it('reports a resid that names no resource', () => {
    const problems = check(
      replaceOnce(manifestXml, '<FunctionFile resid="Commands.Url"/>', '<FunctionFile resid="Commandz.Url"/>'),
    );
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
    const xml = replaceOnce(
      manifestXml,
      'DefaultValue="https://localhost:3000/assets/support.html"',
      'DefaultValue="http://localhost:3000/assets/support.html"',
    );
    expect(check(xml)).toContain('<SupportUrl>: http://localhost:3000/assets/support.html must use https');
  });

  it('reports an icon file whose pixel size differs from the declared size', () => {
    const wrongSize: ProjectFiles = {
      read: (path) =>
        path === 'assets/sync-32.png' ? encodePng(16, 16, new Uint8Array(16 * 16 * 4)) : files.read(path),
    };
    expect(check(manifestXml, { files: wrongSize })).toContainEqual(
      'bt:Image "Sync.32x32": assets/sync-32.png is 16×16, declared 32×32',
    );
  });

  it('reports an icon that has no file', () => {
    const missing: ProjectFiles = { read: (path) => (path === 'assets/icon-128.png' ? null : files.read(path)) };
    expect(check(manifestXml, { files: missing })).toContainEqual(
      expect.stringMatching(/<HighResolutionIconUrl>: icon .* has no file/),
    );
  });

  it('reports a FunctionName that src/commands does not register', () => {
    expect(check(manifestXml, { commands: "host.registerCommand('syncLater', handler);" })).toContainEqual(
      expect.stringMatching(/<FunctionName>syncNow<\/FunctionName> is not registered/),
    );
  });
});

describe('manifest.xml for every Outlook', () => {
  /** The nested VersionOverrides 1.1 block, where pinning, shared folders and mobile live. */
  const v11 = manifestXml.slice(manifestXml.indexOf('xsi:type="VersionOverridesV1_1"'));
  const v10 = manifestXml.slice(0, manifestXml.indexOf('xsi:type="VersionOverridesV1_1"'));

  /** The `<ExtensionPoint>` of `surface` in the 1.1 block. */
  function surfaceIn11(surface: string): string {
    const start = v11.indexOf(`<ExtensionPoint xsi:type="${surface}">`);
    return v11.slice(start, v11.indexOf('</ExtensionPoint>', start));
  }

  it('asks for ReadWriteItem, the least permission the features need (the category of a shared item)', () => {
    expect(manifestXml).toContain('<Permissions>ReadWriteItem</Permissions>');
  });

  it('reports a permission above ReadWriteItem, and one that is no permission level', () => {
    expect(
      check(
        replaceOnce(
          manifestXml,
          '<Permissions>ReadWriteItem</Permissions>',
          '<Permissions>ReadWriteMailbox</Permissions>',
        ),
      ),
    ).toContainEqual(
      expect.stringMatching(/^<Permissions> asks for ReadWriteMailbox, more than the add-in needs \(ReadWriteItem/),
    );
    expect(
      check(replaceOnce(manifestXml, '<Permissions>ReadWriteItem</Permissions>', '<Permissions>ReadAll</Permissions>')),
    ).toContainEqual(
      expect.stringMatching(
        /^<Permissions> "ReadAll" is not one of Restricted, ReadItem, ReadWriteItem, ReadWriteMailbox/,
      ),
    );
  });

  it('makes the message task panes pinnable in the 1.1 block, and no appointment pane', () => {
    expect(v10).not.toContain('SupportsPinning');
    for (const surface of ['MessageReadCommandSurface', 'MessageComposeCommandSurface'])
      expect(surfaceIn11(surface)).toContain('<SupportsPinning>true</SupportsPinning>');
    for (const surface of ['AppointmentAttendeeCommandSurface', 'AppointmentOrganizerCommandSurface'])
      expect(surfaceIn11(surface)).not.toContain('SupportsPinning');
  });

  it('reports pinning on an appointment surface, in the 1.0 block, and a message task pane that cannot be pinned', () => {
    const onAppointment = manifestXml.replace(
      /(<Control xsi:type="Button" id="ApptAttendee\.TaskpaneButton">[\s\S]*?<SourceLocation resid="Taskpane\.Url"\/>)/g,
      '$1\n<SupportsPinning>true</SupportsPinning>',
    );
    expect(check(onAppointment)).toContainEqual(
      '<Control id="ApptAttendee.TaskpaneButton"> on AppointmentAttendeeCommandSurface (VersionOverrides 1.1): Outlook pins task panes of messages only (read and compose) — remove <SupportsPinning>',
    );
    expect(check(onAppointment)).toContainEqual(
      expect.stringMatching(
        /ApptAttendee\.TaskpaneButton"> on AppointmentAttendeeCommandSurface \(VersionOverrides 1\.0\): <SupportsPinning> exists only in VersionOverrides 1\.1/,
      ),
    );
    const compose = surfaceIn11('MessageComposeCommandSurface');
    const unpinned = manifestXml.replace(compose, compose.replace(/\s*<SupportsPinning>true<\/SupportsPinning>/, ''));
    expect(check(unpinned)).toContainEqual(
      expect.stringMatching(
        /MsgCompose\.TaskpaneButton"> on MessageComposeCommandSurface \(VersionOverrides 1\.1\): the task pane follows the selected item \(ItemChanged\) — add <SupportsPinning>true/,
      ),
    );
  });

  it('offers the add-in in shared folders and shared mailboxes, and reports it when that is missing or misplaced', () => {
    expect(v11).toMatch(
      /<DesktopFormFactor>\s*(<!--[\s\S]*?-->\s*)?<SupportsSharedFolders>true<\/SupportsSharedFolders>/,
    );
    const without = replaceOnce(manifestXml, /\s*<SupportsSharedFolders>true<\/SupportsSharedFolders>/, '');
    expect(check(without)).toContainEqual(
      expect.stringMatching(
        /^VersionOverrides 1\.1: add <SupportsSharedFolders>true<\/SupportsSharedFolders> to <DesktopFormFactor>/,
      ),
    );
    const in10 = replaceOnce(
      without,
      '<DesktopFormFactor>\n          <FunctionFile',
      '<DesktopFormFactor>\n          <SupportsSharedFolders>true</SupportsSharedFolders>\n          <FunctionFile',
    );
    expect(check(in10)).toContain(
      '<SupportsSharedFolders> belongs directly under <DesktopFormFactor> of VersionOverrides 1.1',
    );
  });

  it('offers the task pane on Outlook mobile in message read mode, with 25, 32 and 48 px icons at scales 1 to 3', () => {
    expect(v10).not.toContain('MobileFormFactor');
    const mobile = v11.slice(v11.indexOf('<MobileFormFactor>'), v11.indexOf('</MobileFormFactor>'));
    expect(mobile).toContain('<ExtensionPoint xsi:type="MobileMessageReadCommandSurface">');
    expect(mobile).toContain('<Control xsi:type="MobileButton" id="MobileMsgRead.TaskpaneButton">');
    expect(mobile).toContain('<Icon xsi:type="bt:MobileIconList">');
    for (const size of [25, 32, 48])
      for (const scale of [1, 2, 3])
        expect(mobile).toContain(`<bt:Image size="${size}" scale="${scale}" resid="Icon.${size}x${size}"/>`);
  });

  it('reports a mobile icon list that lacks a scale, a mobile surface Outlook mobile does not know, and no mobile support', () => {
    expect(
      check(replaceOnce(manifestXml, /\s*<bt:Image size="48" scale="3" resid="Icon\.48x48"\/>/, '')),
    ).toContainEqual(
      expect.stringMatching(
        /MobileMsgRead\.TaskpaneButton"> on MobileMessageReadCommandSurface \(VersionOverrides 1\.1\): mobile icons lack size@scale 48@3/,
      ),
    );
    const unknownSurface = replaceOnce(
      manifestXml,
      'xsi:type="MobileMessageReadCommandSurface"',
      'xsi:type="MobileMessageComposeCommandSurface"',
    );
    expect(check(unknownSurface)).toContainEqual(
      expect.stringMatching(
        /^<MobileFormFactor>: ExtensionPoint "MobileMessageComposeCommandSurface" is not one Outlook mobile knows/,
      ),
    );
    expect(check(unknownSurface)).toContainEqual(
      expect.stringMatching(/^VersionOverrides 1\.1: add a <MobileFormFactor> with a MobileMessageReadCommandSurface/),
    );
  });

  it('gives every desktop button the full icon set, 16 to 80 px, and reports a missing or unknown size', () => {
    const buttons = manifestXml.split('<Control xsi:type="Button"').slice(1);
    expect(buttons).toHaveLength(16);
    for (const button of buttons)
      for (const size of [16, 20, 24, 32, 40, 48, 64, 80])
        expect(button).toMatch(new RegExp(`<bt:Image size="${size}" resid="(Icon|Sync)\\.${size}x${size}"/>`));
    const lacking = manifestXml.replace(/\s*<bt:Image size="40" resid="Sync\.40x40"\/>/, '');
    expect(check(lacking)).toContainEqual(
      expect.stringMatching(
        /MsgRead\.SyncButton"> on MessageReadCommandSurface \(VersionOverrides 1\.0\): icons lack sizes 40 — give every one of 16, 20, 24, 32, 40, 48, 64, 80 px/,
      ),
    );
    const odd = manifestXml.replace(
      '<bt:Image size="20" resid="Sync.20x20"/>',
      '<bt:Image size="18" resid="Sync.20x20"/>',
    );
    expect(check(odd)).toContainEqual(
      expect.stringMatching(/MsgRead\.SyncButton"> .*: icon sizes 18 are not ones Outlook uses/),
    );
  });

  it('has a PNG of the declared size for every icon, the mobile 25 px one included', () => {
    for (const size of [16, 20, 24, 25, 32, 40, 48, 64, 80, 128])
      expect(pngSize(files.read(`assets/icon-${size}.png`)!)).toEqual({ width: size, height: size });
    for (const size of [16, 20, 24, 32, 40, 48, 64, 80])
      expect(pngSize(files.read(`assets/sync-${size}.png`)!)).toEqual({ width: size, height: size });
    const wrong: ProjectFiles = {
      read: (path) =>
        path === 'assets/icon-25.png' ? encodePng(24, 24, new Uint8Array(24 * 24 * 4)) : files.read(path),
    };
    expect(check(manifestXml, { files: wrong })).toContainEqual(
      'bt:Image "Icon.25x25": assets/icon-25.png is 24×24, declared 25×25',
    );
  });
});

describe('png', () => {
  it('reads back the size it encoded and refuses bytes that are not a PNG', () => {
    expect(pngSize(encodePng(3, 2, new Uint8Array(3 * 2 * 4)))).toEqual({ width: 3, height: 2 });
    expect(pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});
