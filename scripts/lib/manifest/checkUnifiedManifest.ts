import { DEV_BASE_URL } from './baseUrl';
import { sourceOf } from './checkFiles';
import type { ProjectFiles } from './checkFiles';
import { checkUnifiedRibbons } from './checkUnifiedRibbons';
import { overridesBlocks, V1_1 } from './formFactors';
import type { UnifiedManifest } from './unifiedManifest';
import { attr, child, children, descendants, textOf } from './xmlTree';
import type { XmlElement } from './xmlTree';

/** `<Permissions>` levels and their unified-manifest names (Microsoft's "Understanding Outlook add-in permissions"). */
export const UNIFIED_PERMISSIONS: Readonly<Record<string, string>> = {
  Restricted: 'MailboxItem.Restricted.User',
  ReadItem: 'MailboxItem.Read.User',
  ReadWriteItem: 'MailboxItem.ReadWrite.User',
  ReadWriteMailbox: 'Mailbox.ReadWrite.User',
};

/** What `<SupportsSharedFolders>true` becomes. */
export const SHARED_FOLDERS_PERMISSION = 'Mailbox.AccessSharedFolders.User';

/**
 * The unified manifest carries what manifest.xml declares: id, version, permissions, Mailbox
 * requirement set, the two root icons (with files, at their path below `baseUrl`, the base URL of
 * manifest.xml's build), and each button of the VersionOverrides 1.1 block on the first ribbon
 * Outlook picks for its surface. Returns one line per problem.
 */
export function checkUnifiedManifest(
  root: XmlElement,
  manifest: UnifiedManifest,
  files: ProjectFiles,
  baseUrl: string = DEV_BASE_URL,
): string[] {
  const extensions = manifest.extensions ?? [];
  if (extensions.length !== 1)
    return [`manifest.json: ${extensions.length} extensions, expected the one add-in of manifest.xml`];
  return [
    ...checkIdentity(root, manifest),
    ...checkUnifiedPermissions(root, manifest),
    ...checkRequirementSets(root, manifest),
    ...checkRootIcons(root, manifest, files, baseUrl),
    ...checkUnifiedRibbons(root, manifest),
  ];
}

const differs = (what: string, json: unknown, xml: unknown) =>
  `manifest.json: ${what} is ${JSON.stringify(json)}, manifest.xml says ${JSON.stringify(xml)}`;

function checkIdentity(root: XmlElement, manifest: UnifiedManifest): string[] {
  const id = textOf(child(root, 'Id'));
  // The unified manifest takes MAJOR.MINOR.PATCH; the converter drops the XML's fourth part.
  const version = textOf(child(root, 'Version')).split('.').slice(0, 3).join('.');
  return [
    ...(manifest.id.toLowerCase() === id.toLowerCase() ? [] : [differs('id', manifest.id, id)]),
    ...(manifest.version === version ? [] : [differs('version', manifest.version, version)]),
  ];
}

function checkUnifiedPermissions(root: XmlElement, manifest: UnifiedManifest): string[] {
  const level = textOf(child(root, 'Permissions'));
  const v11 = overridesBlocks(root).find((block) => attr(block, 'xsi:type') === V1_1);
  const shared = v11
    ? descendants(v11).some((node) => node.name === 'SupportsSharedFolders' && textOf(node) === 'true')
    : false;
  const expected = [
    UNIFIED_PERMISSIONS[level] ?? `(no unified name for "${level}")`,
    ...(shared ? [SHARED_FOLDERS_PERMISSION] : []),
  ];
  const actual = (manifest.authorization?.permissions?.resourceSpecific ?? []).map((permission) => permission.name);
  const missing = expected.filter((name) => !actual.includes(name));
  const extra = actual.filter((name) => !expected.includes(name));
  return [
    ...missing.map((name) => `manifest.json: authorization.permissions lacks ${name}, which manifest.xml asks for`),
    ...extra.map(
      (name) =>
        `manifest.json: authorization.permissions asks for ${name}, which manifest.xml does not — the unified manifest must not ask for more than the XML`,
    ),
  ];
}

function checkRequirementSets(root: XmlElement, manifest: UnifiedManifest): string[] {
  const sets = children(child(child(root, 'Requirements') ?? {}, 'Sets') ?? {}).filter((node) => node.name === 'Set');
  const capabilities = manifest.extensions?.[0]?.requirements?.capabilities ?? [];
  const scopes = manifest.extensions?.[0]?.requirements?.scopes ?? [];
  return [
    ...sets.flatMap((set) => {
      const [name, minVersion] = [attr(set, 'Name'), attr(set, 'MinVersion')];
      const found = capabilities.find((capability) => capability.name === name);
      return found?.minVersion === minVersion
        ? []
        : [differs(`extensions[0].requirements ${name} minVersion`, found?.minVersion ?? null, minVersion)];
    }),
    ...(scopes.includes('mail')
      ? []
      : [`manifest.json: extensions[0].requirements.scopes lacks "mail" — the add-in would not be offered in Outlook`]),
  ];
}

/**
 * `icons.outline`/`icons.color` are package paths of `<IconUrl>`/`<HighResolutionIconUrl>` (the
 * files must exist, they go into the app package), and `alternateIcons` keeps both URLs.
 */
function checkRootIcons(root: XmlElement, manifest: UnifiedManifest, files: ProjectFiles, baseUrl: string): string[] {
  const icon = attr(child(root, 'IconUrl'), 'DefaultValue');
  const highResolution = attr(child(root, 'HighResolutionIconUrl'), 'DefaultValue');
  const alternate = manifest.extensions?.[0]?.alternates?.find((entry) => entry.alternateIcons)?.alternateIcons;
  const pathOf = (url: string) => sourceOf(url, baseUrl) ?? `(${url} is not below ${baseUrl})`;
  const problems: string[] = [];
  for (const [key, url] of [
    ['outline', icon],
    ['color', highResolution],
  ] as const) {
    if (manifest.icons[key] !== pathOf(url)) problems.push(differs(`icons.${key}`, manifest.icons[key], pathOf(url)));
    else if (files.read(manifest.icons[key]) === null)
      problems.push(
        `manifest.json: icons.${key} "${manifest.icons[key]}" has no file — the app package needs it next to manifest.json`,
      );
  }
  if (alternate?.icon.url !== icon)
    problems.push(differs('alternateIcons.icon.url', alternate?.icon.url ?? null, icon));
  if (alternate?.highResolutionIcon.url !== highResolution)
    problems.push(
      differs('alternateIcons.highResolutionIcon.url', alternate?.highResolutionIcon.url ?? null, highResolution),
    );
  return problems;
}
