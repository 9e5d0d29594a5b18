import { pngSize } from '../png';
import { DEV_BASE_URL } from './baseUrl';
import { resourcesOf } from './checkResources';
import { attr, child, descendants, textOf } from './xmlTree';
import type { XmlElement } from './xmlTree';

/**
 * How the checks reach the add-in's files, by the path they are served at below the base URL
 * (`assets/icon-64.png`, `taskpane.html`); injected so tests can hand in altered copies.
 */
export interface ProjectFiles {
  /** Bytes of the file served at `path`, or `null` when it does not exist. */
  read(path: string): Uint8Array | null;
  /** Where that file lives, for messages (default: `path`); the project keeps pages in src/<page>/. */
  where?(path: string): string;
}

/**
 * The path `url` is served at below `baseUrl` (the dev server's by default), or `null` when it is
 * not below it: `https://addin.contoso.com/crm/assets/icon-64.png` → `assets/icon-64.png`.
 */
export function sourceOf(url: string, baseUrl: string = DEV_BASE_URL): string | null {
  if (!URL.canParse(url)) return null;
  const [target, base] = [new URL(url), new URL(baseUrl)];
  if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname)) return null;
  const path = decodeURIComponent(target.pathname.slice(base.pathname.length));
  return path.startsWith('assets/') || /^\w+\.html$/.test(path) ? path : null;
}

/** Every URL the manifest names: element DefaultValues, AppDomains and resource URLs. */
function urlsOf(root: XmlElement): Array<{ where: string; url: string }> {
  const urls: Array<{ where: string; url: string }> = [];
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl'])
    urls.push({ where: `<${name}>`, url: attr(child(root, name), 'DefaultValue') });
  for (const node of descendants(root)) {
    if (node.name === 'AppDomain') urls.push({ where: '<AppDomain>', url: textOf(node) });
    if (node.name === 'SourceLocation' && attr(node, 'DefaultValue'))
      urls.push({ where: '<SourceLocation>', url: attr(node, 'DefaultValue') });
    if (node.name === 'VersionOverrides') {
      for (const resource of resourcesOf(node)) {
        if (resource.kind === 'bt:Image' || resource.kind === 'bt:Url')
          urls.push({ where: `${resource.kind} "${resource.id}"`, url: resource.value });
      }
    }
  }
  return urls;
}

function checkIcon(files: ProjectFiles, baseUrl: string, where: string, url: string, size: number): string[] {
  const path = sourceOf(url, baseUrl);
  const bytes = path ? files.read(path) : null;
  if (!path || !bytes)
    return [`${where}: icon ${url} has no file (expected ${path ? describe(files, path) : `${baseUrl}assets/…`})`];
  const actual = pngSize(bytes);
  if (!actual) return [`${where}: ${describe(files, path)} is not a PNG`];
  return actual.width === size && actual.height === size
    ? []
    : [`${where}: ${describe(files, path)} is ${actual.width}×${actual.height}, declared ${size}×${size}`];
}

const describe = (files: ProjectFiles, path: string) => files.where?.(path) ?? path;

/**
 * URLs are https and, but for `<AppDomain>`, lie below `baseUrl` (the dev server's unless a build
 * rewrote them) and resolve to files; icons exist with the pixel size declared for them.
 */
export function checkFiles(root: XmlElement, files: ProjectFiles, baseUrl: string = DEV_BASE_URL): string[] {
  const problems: string[] = [];
  for (const { where, url } of urlsOf(root)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${where}: "${url}" is not a URL`);
      continue;
    }
    if (parsed.protocol !== 'https:') problems.push(`${where}: ${url} must use https`);
    if (where === '<AppDomain>') continue;
    const path = sourceOf(url, baseUrl);
    if (!path) problems.push(`${where}: ${url} is not a page or assets/ file below the base URL ${baseUrl}`);
    else if (!files.read(path)) problems.push(`${where}: ${url} has no file (expected ${describe(files, path)})`);
  }
  const icon = (name: string, size: number) =>
    checkIcon(files, baseUrl, `<${name}>`, attr(child(root, name), 'DefaultValue'), size);
  problems.push(...icon('IconUrl', 64), ...icon('HighResolutionIconUrl', 128));
  for (const overrides of descendants(root).filter((node) => node.name === 'VersionOverrides')) {
    const images = resourcesOf(overrides).filter((resource) => resource.kind === 'bt:Image');
    for (const use of descendants(overrides, (node) => node.name === 'VersionOverrides').filter(
      (node) => node.name === 'bt:Image',
    )) {
      const image = images.find((resource) => resource.id === attr(use, 'resid'));
      if (image)
        problems.push(...checkIcon(files, baseUrl, `bt:Image "${image.id}"`, image.value, Number(attr(use, 'size'))));
    }
  }
  return [...new Set(problems)];
}
