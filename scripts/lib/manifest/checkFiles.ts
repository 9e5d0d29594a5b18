import { pngSize } from '../png';
import { resourcesOf } from './checkResources';
import { attr, child, descendants, textOf } from './xmlTree';
import type { XmlElement } from './xmlTree';

/** How the checks reach the project's files; injected so tests can hand in altered copies. */
export interface ProjectFiles {
  /** Bytes of a file relative to the project root, or `null` when it does not exist. */
  read(relativePath: string): Uint8Array | null;
}

/** Where a manifest URL's file lives in the project: pages come from src/<page>/<page>.html. */
export function sourceOf(url: string): string | null {
  const path = new URL(url).pathname.replace(/^\//, '');
  if (path.startsWith('assets/')) return path;
  const page = /^(\w+)\.html$/.exec(path);
  return page ? `src/${page[1]}/${page[1]}.html` : null;
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

function checkIcon(files: ProjectFiles, where: string, url: string, size: number): string[] {
  const path = sourceOf(url);
  const bytes = path ? files.read(path) : null;
  if (!path || !bytes) return [`${where}: icon ${url} has no file in the project (expected ${path ?? 'assets/…'})`];
  const actual = pngSize(bytes);
  if (!actual) return [`${where}: ${path} is not a PNG`];
  return actual.width === size && actual.height === size
    ? []
    : [`${where}: ${path} is ${actual.width}×${actual.height}, declared ${size}×${size}`];
}

/** URLs are https and resolve to project files; icons exist with the pixel size declared for them. */
export function checkFiles(root: XmlElement, files: ProjectFiles): string[] {
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
    const path = where === '<AppDomain>' ? null : sourceOf(url);
    if (path && !files.read(path)) problems.push(`${where}: ${url} has no file in the project (expected ${path})`);
  }
  problems.push(...checkIcon(files, '<IconUrl>', attr(child(root, 'IconUrl'), 'DefaultValue'), 64));
  problems.push(
    ...checkIcon(files, '<HighResolutionIconUrl>', attr(child(root, 'HighResolutionIconUrl'), 'DefaultValue'), 128),
  );
  for (const overrides of descendants(root).filter((node) => node.name === 'VersionOverrides')) {
    const images = resourcesOf(overrides).filter((resource) => resource.kind === 'bt:Image');
    for (const use of descendants(overrides, (node) => node.name === 'VersionOverrides').filter(
      (node) => node.name === 'bt:Image',
    )) {
      const image = images.find((resource) => resource.id === attr(use, 'resid'));
      if (image) problems.push(...checkIcon(files, `bt:Image "${image.id}"`, image.value, Number(attr(use, 'size'))));
    }
  }
  return [...new Set(problems)];
}
