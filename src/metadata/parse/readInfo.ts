import type { Diagnostics } from '../internal/Diagnostics';
import { childNamed } from '../internal/XmlNode';
import type { XmlNode } from '../internal/XmlNode';
import type { CustomizationPackage } from '../types';

const FILE = 'info.xml';

/**
 * Reads info.xml. Oracle documents only the file's purpose (product and compatible versions), so
 * every name here is ours: `package/@name`, `package/@version`, `compatibility/@min_client_version`
 * and `@max_client_version`. A missing identity is a warning: it only labels the package.
 */
export function readInfo(d: Diagnostics, root: XmlNode): CustomizationPackage['info'] {
  d.checkKnown(FILE, root, { children: ['product', 'package', 'compatibility'] });
  const product = childNamed(root, 'product');
  if (product) d.checkKnown(FILE, product, { attributes: ['name', 'version'] });
  const pkg = childNamed(root, 'package');
  if (pkg) d.checkKnown(FILE, pkg, { attributes: ['name', 'version'] });
  else d.warn(FILE, root.path, 'no <package name version> element: the package has no name or version');
  const compatibility = childNamed(root, 'compatibility');
  if (compatibility) d.checkKnown(FILE, compatibility, { attributes: ['min_client_version', 'max_client_version'] });
  const min = compatibility?.attributes.min_client_version?.trim();
  const max = compatibility?.attributes.max_client_version?.trim();
  return {
    name: pkg?.attributes.name?.trim() ?? '',
    version: pkg?.attributes.version?.trim() ?? '',
    ...(min ? { minClientVersion: min } : {}),
    ...(max ? { maxClientVersion: max } : {}),
  };
}
