import { DEV_BASE_URL } from './baseUrl';
import type { Extension, Ribbon, UnifiedManifest } from './unifiedManifest';

/**
 * Ribbon button icon sizes kept: manifest version 1.17, which the converter writes, allows at most
 * three icons per button, and Microsoft names 16, 32 and 80 px as the required ones. manifest.xml
 * gives all eight sizes, so the converter's output would fail the schema without this edit.
 */
export const RIBBON_ICON_SIZES: readonly number[] = [16, 32, 80];

/** `description.short` allows 80 characters. */
export const SHORT_DESCRIPTION_LENGTH = 80;

/** What the converter puts in front of a string it had to cut. */
const TRUNCATION_MARK = '<TRUNCATED>';

/**
 * The edits Microsoft's conversion guide leaves to us after running the converter, as a pure
 * function: ribbon icons cut to {@link RIBBON_ICON_SIZES}, a short description cut at a word
 * instead of the converter's `<TRUNCATED>…` text, and the two package icons made relative to the
 * manifest's base URL (the converter keeps the URL's whole path: `crm/assets/icon-64.png` for a
 * build served at https://addin.contoso.com/crm/, where the app package has `assets/icon-64.png`).
 * Everything else is the converter's output.
 * @example const manifest = editConvertedManifest(JSON.parse(readFileSync('out/manifest.json', 'utf8')));
 * @see https://learn.microsoft.com/office/dev/add-ins/develop/convert-xml-to-json-manifest
 */
export function editConvertedManifest(manifest: UnifiedManifest, baseUrl: string = DEV_BASE_URL): UnifiedManifest {
  const basePath = new URL(baseUrl).pathname.replace(/^\//, '');
  const packagePath = (path: string) => (basePath && path.startsWith(basePath) ? path.slice(basePath.length) : path);
  return {
    ...manifest,
    description: { ...manifest.description, short: shortDescription(manifest.description) },
    icons: {
      ...manifest.icons,
      outline: packagePath(manifest.icons.outline),
      color: packagePath(manifest.icons.color),
    },
    ...(manifest.extensions ? { extensions: manifest.extensions.map(editExtension) } : {}),
  };
}

function editExtension(extension: Extension): Extension {
  return extension.ribbons ? { ...extension, ribbons: extension.ribbons.map(keepRibbonIconSizes) } : extension;
}

/** Desktop groups only: mobile buttons have their own icon list (25/32/48 px at scales 1–3). */
function keepRibbonIconSizes(ribbon: Ribbon): Ribbon {
  return {
    ...ribbon,
    tabs: ribbon.tabs.map((tab) =>
      tab.groups
        ? {
            ...tab,
            groups: tab.groups.map((group) => ({
              ...group,
              controls: group.controls.map((control) => {
                const kept = control.icons.filter((icon) => RIBBON_ICON_SIZES.includes(icon.size));
                // A button without the three sizes keeps what it has: the schema check reports it.
                return kept.length > 0 ? { ...control, icons: kept } : control;
              }),
            })),
          }
        : tab,
    ),
  };
}

function shortDescription({ short, full }: UnifiedManifest['description']): string {
  if (!short.startsWith(TRUNCATION_MARK) && short.length <= SHORT_DESCRIPTION_LENGTH) return short;
  return cutAtWord(full, SHORT_DESCRIPTION_LENGTH);
}

/** `text` if it fits in `max` characters, else its longest run of whole words that fits with an ellipsis. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > 0 ? head.slice(0, space) : head).replace(/[\s,;:.]+$/, '')}…`;
}
