import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ProjectFiles } from '../../../scripts/lib/manifest/checkFiles';
import { checkUnifiedManifest } from '../../../scripts/lib/manifest/checkUnifiedManifest';
import { checkUnifiedSchema } from '../../../scripts/lib/manifest/checkUnifiedSchema';
import { convertManifest } from '../../../scripts/lib/manifest/convertManifest';
import { cutAtWord, editConvertedManifest } from '../../../scripts/lib/manifest/editConvertedManifest';
import { projectFiles } from '../../../scripts/lib/manifest/projectFiles';
import type { Ribbon, RibbonControl, Runtime, UnifiedManifest } from '../../../scripts/lib/manifest/unifiedManifest';
import { parseXml } from '../../../scripts/lib/manifest/xmlTree';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const manifestXml = readFileSync(join(root, 'manifest.xml'), 'utf8');
const files = projectFiles(root);
const ORIGIN = 'https://localhost:3000';

// The conversion runs once per file (about half a second, offline and deterministic).
let manifest: UnifiedManifest;
beforeAll(async () => {
  manifest = await convertManifest(manifestXml);
});

const extension = () => manifest.extensions![0];
const check = (json: UnifiedManifest = manifest) => checkUnifiedManifest(parseXml(manifestXml), json, files);

/** The ribbon Outlook uses for `context` on `formFactor`: the first whose requirements match. */
function firstRibbon(json: UnifiedManifest, context: string, formFactor = 'desktop'): Ribbon | undefined {
  return json.extensions![0].ribbons!.find(
    (ribbon) => ribbon.contexts.includes(context) && ribbon.requirements!.formFactors!.includes(formFactor),
  );
}
const controlsOf = (ribbon: Ribbon | undefined): RibbonControl[] =>
  (ribbon?.tabs ?? []).flatMap((tab) => tab.groups ?? []).flatMap((group) => [...group.controls]);
const runtimeOf = (actionId: string, formFactor = 'desktop'): Runtime | undefined =>
  extension().runtimes!.find(
    (runtime) =>
      runtime.requirements!.formFactors!.includes(formFactor) &&
      (runtime.actions ?? []).some((action) => action.id === actionId),
  );

/** A copy of the manifest with `edit` applied to its (only) extension. */
function withExtension(edit: (extension: Record<string, unknown>) => Record<string, unknown>): UnifiedManifest {
  const copy = structuredClone(manifest) as UnifiedManifest & { extensions: Array<Record<string, unknown>> };
  return { ...copy, extensions: [edit(copy.extensions[0])] } as unknown as UnifiedManifest;
}

describe('convertManifest (office-addin-manifest-converter on manifest.xml)', () => {
  it('carries the add-in id and the version in three parts', () => {
    expect(manifest.id).toBe('4dafef76-80b2-4710-820e-b1fbc0c13976');
    expect(manifest.version).toBe('0.1.0');
    expect(manifest.manifestVersion).toBe('1.17');
    expect(manifest.name.short).toBe('CRM Desktop');
  });

  it('asks for ReadWriteItem as MailboxItem.ReadWrite.User, plus shared folders, and nothing more', () => {
    const names = manifest.authorization!.permissions!.resourceSpecific!.map((permission) => permission.name);
    expect(names.sort()).toEqual(['Mailbox.AccessSharedFolders.User', 'MailboxItem.ReadWrite.User']);
  });

  it('requires the Mailbox 1.5 requirement set, in Outlook only', () => {
    expect(extension().requirements).toEqual({
      capabilities: [{ name: 'Mailbox', minVersion: '1.5' }],
      scopes: ['mail'],
    });
  });

  it('names the 64 and 128 px icons as package paths that exist, and keeps their URLs as alternate icons', () => {
    expect(manifest.icons).toEqual({ outline: 'assets/icon-64.png', color: 'assets/icon-128.png' });
    for (const path of Object.values(manifest.icons)) expect(files.read(path)).not.toBeNull();
    expect(extension().alternates![0].alternateIcons).toMatchObject({
      icon: { url: `${ORIGIN}/assets/icon-64.png` },
      highResolutionIcon: { url: `${ORIGIN}/assets/icon-128.png` },
    });
  });

  it('runs Sync in the function file and opens the task pane page', () => {
    expect(runtimeOf('syncNow')!.code.page).toBe(`${ORIGIN}/commands.html`);
    expect(runtimeOf('syncNow')!.actions!.find((action) => action.id === 'syncNow')!.type).toBe('executeFunction');
    const taskPane = controlsOf(firstRibbon(manifest, 'mailRead')).find((control) => control.label === 'CRM Desktop')!;
    expect(runtimeOf(taskPane.actionId)!.code.page).toBe(`${ORIGIN}/taskpane.html`);
  });

  it('puts Sync and CRM Desktop first on every surface the XML has, with a pinnable task pane on messages only', () => {
    const surfaces = {
      mailRead: 'MsgRead',
      mailCompose: 'MsgCompose',
      meetingDetailsAttendee: 'ApptAttendee',
      meetingDetailsOrganizer: 'ApptOrganizer',
    };
    for (const [context, prefix] of Object.entries(surfaces)) {
      const controls = controlsOf(firstRibbon(manifest, context));
      expect(controls.map((control) => [control.id, control.label])).toEqual([
        [`${prefix}.SyncButton`, 'Sync'],
        [`${prefix}.TaskpaneButton`, 'CRM Desktop'],
      ]);
      expect(controls[0].actionId).toBe('syncNow');
      const openPage = runtimeOf(controls[1].actionId)!.actions!.find((action) => action.id === controls[1].actionId)!;
      expect({ context, type: openPage.type, pinnable: openPage.pinnable }).toEqual({
        context,
        type: 'openPage',
        pinnable: context.startsWith('mail'),
      });
    }
  });

  it('offers the CRM Desktop button on Outlook mobile, opening the task pane', () => {
    const mobile = extension().ribbons!.filter((ribbon) => ribbon.requirements!.formFactors!.includes('mobile'));
    const buttons = mobile
      .flatMap((ribbon) => ribbon.tabs.flatMap((tab) => tab.customMobileRibbonGroups ?? []))
      .flatMap((group) => group.controls);
    expect(buttons.map((button) => [button.type, button.label])).toEqual([['mobileButton', 'CRM Desktop']]);
    expect(new Set(buttons[0].icons.map((icon) => `${icon.size}@${icon.scale}`)).size).toBe(9);
    expect(runtimeOf(buttons[0].actionId, 'mobile')!.code.page).toBe(`${ORIGIN}/taskpane.html`);
  });

  it('follows manifest.xml: another permission there becomes the matching unified permission', async () => {
    const readOnly = await convertManifest(
      manifestXml.replace('<Permissions>ReadWriteItem</Permissions>', '<Permissions>ReadItem</Permissions>'),
    );
    expect(readOnly.authorization!.permissions!.resourceSpecific!.map((permission) => permission.name)).toContain(
      'MailboxItem.Read.User',
    );
  });

  it('fails with the converter named and what to run when it cannot read the XML', async () => {
    // The converter's XML parser reports on the console before it throws.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(convertManifest('<OfficeApp><Id>x</Id>')).rejects.toThrow(
      /^Converting manifest.xml to the unified manifest failed: .* — run "npm run validate"/,
    );
  });
});

describe('checkUnifiedManifest', () => {
  it('passes for the converted manifest.xml', () => {
    expect(check()).toEqual([]);
  });

  it('reports a permission the XML does not ask for, and one it lacks', () => {
    const json = {
      ...manifest,
      authorization: { permissions: { resourceSpecific: [{ name: 'Mailbox.ReadWrite.User', type: 'Delegated' }] } },
    };
    expect(check(json)).toEqual(
      expect.arrayContaining([
        'manifest.json: authorization.permissions lacks MailboxItem.ReadWrite.User, which manifest.xml asks for',
        expect.stringMatching(
          /^manifest.json: authorization.permissions asks for Mailbox.ReadWrite.User, which manifest.xml does not/,
        ),
      ]),
    );
  });

  it('reports a changed id, version and Mailbox requirement set', () => {
    const json = withExtension((ext) => ({
      ...ext,
      requirements: { capabilities: [{ name: 'Mailbox', minVersion: '1.3' }], scopes: ['mail'] },
    }));
    expect(check({ ...json, id: '00000000-0000-0000-0000-000000000000', version: '0.1.1' })).toEqual([
      'manifest.json: id is "00000000-0000-0000-0000-000000000000", manifest.xml says "4dafef76-80b2-4710-820e-b1fbc0c13976"',
      'manifest.json: version is "0.1.1", manifest.xml says "0.1.0"',
      'manifest.json: extensions[0].requirements Mailbox minVersion is "1.3", manifest.xml says "1.5"',
    ]);
  });

  it('reports a root icon without a file', () => {
    const missing: ProjectFiles = { read: (path) => (path === 'assets/icon-128.png' ? null : files.read(path)) };
    expect(checkUnifiedManifest(parseXml(manifestXml), manifest, missing)).toEqual([
      expect.stringMatching(/^manifest.json: icons.color "assets\/icon-128.png" has no file/),
    ]);
  });

  it('reports a surface whose first ribbon lacks a button, and a task pane on the wrong page or pinned on appointments', () => {
    const json = withExtension((ext) => {
      const ribbons = ext.ribbons as Array<{
        contexts: string[];
        tabs: Array<{ groups?: Array<{ controls: RibbonControl[] }> }>;
      }>;
      const compose = ribbons.find((ribbon) => ribbon.contexts.includes('mailCompose'))!;
      compose.tabs[0].groups![0].controls = compose.tabs[0].groups![0].controls.filter(
        (control) => control.label !== 'Sync',
      );
      const runtimes = ext.runtimes as Array<{
        code: { page: string };
        actions: Array<{ type: string; pinnable?: boolean }>;
      }>;
      const pane = runtimes.find(
        (runtime) => runtime.code.page.endsWith('/taskpane.html') && runtime.actions.length > 1,
      )!;
      pane.code.page = `${ORIGIN}/other.html`;
      for (const action of pane.actions) action.pinnable = true;
      return ext;
    });
    const problems = check(json);
    expect(problems).toContain(
      '<Control id="MsgCompose.SyncButton"> on MessageComposeCommandSurface (VersionOverrides 1.1): the first desktop ribbon for "mailCompose" in manifest.json has no control "MsgCompose.SyncButton"',
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /MsgRead\.TaskpaneButton"> .*: manifest.json opens openPage https:\/\/localhost:3000\/other.html, manifest.xml opens the task pane https:\/\/localhost:3000\/taskpane.html/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/ApptAttendee\.TaskpaneButton"> .*: manifest.json has pinnable true, manifest.xml false/),
    );
  });
});

describe('checkUnifiedSchema (Microsoft schema from @microsoft/app-manifest)', () => {
  it('finds the converted manifest valid against the schema of its manifest version', () => {
    expect(checkUnifiedSchema(manifest)).toEqual([]);
  });

  it('reports the eight icons per button the converter copies from the XML, which version 1.17 does not allow', () => {
    const eight = [16, 20, 24, 32, 40, 48, 64, 80].map((size) => ({ size, url: `${ORIGIN}/assets/sync-${size}.png` }));
    const json = withExtension((ext) => {
      for (const ribbon of ext.ribbons as Ribbon[])
        for (const control of controlsOf(ribbon)) (control as { icons: unknown }).icons = eight;
      return ext;
    });
    expect(checkUnifiedSchema(json)).toContainEqual(
      expect.stringMatching(
        /^manifest.json\/extensions\/0\/ribbons\/0\/tabs\/0\/groups\/0\/controls\/0\/icons must NOT have more than 3 items/,
      ),
    );
  });

  it('reports a manifest version whose schema is not installed', () => {
    expect(checkUnifiedSchema({ ...manifest, manifestVersion: '9.99' })).toEqual([
      expect.stringMatching(/^manifest.json: no schema for manifestVersion 9.99/),
    ]);
  });
});

describe('editConvertedManifest', () => {
  it('keeps the 16, 32 and 80 px icons of desktop buttons and leaves mobile icons alone', () => {
    for (const ribbon of extension().ribbons!)
      for (const control of controlsOf(ribbon).filter((c) => c.type === 'button'))
        expect(control.icons.map((icon) => icon.size)).toEqual([16, 32, 80]);
    const mobileIcons = extension()
      .ribbons!.flatMap((ribbon) => ribbon.tabs.flatMap((tab) => tab.customMobileRibbonGroups ?? []))
      .flatMap((group) => group.controls)[0].icons;
    expect(mobileIcons).toHaveLength(9);
  });

  it("replaces the converter's <TRUNCATED> short description by whole words within 80 characters", () => {
    expect(manifest.description.short).toBe(
      'Siebel CRM in Outlook: synchronize accounts, contacts, opportunities and…',
    );
    expect(manifest.description.full).toMatch(/^Siebel CRM in Outlook: .* next to your mail\.$/);
    const edited = editConvertedManifest({
      ...manifest,
      description: { short: 'Short enough.', full: 'Short enough. And more.' },
    });
    expect(edited.description.short).toBe('Short enough.');
  });

  it('cuts at a word boundary and never past the limit', () => {
    expect(cutAtWord('one two three', 20)).toBe('one two three');
    expect(cutAtWord('one two three', 10)).toBe('one two…');
    expect(cutAtWord('abcdefghijkl', 5)).toBe('abcd…');
  });
});
