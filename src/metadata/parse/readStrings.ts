import type { Diagnostics } from '../internal/Diagnostics';
import type { XmlNode } from '../internal/XmlNode';

/**
 * Reads the `<str key="…">text</str>` children of a package_res file. The root element's name is
 * not documented, so any root is accepted; other children are ignored with a warning.
 */
export function readStrings(d: Diagnostics, file: string, root: XmlNode): Record<string, string> {
  const strings: Record<string, string> = {};
  for (const node of root.children) {
    if (node.name !== 'str') {
      d.warn(file, node.path, `unknown element "${node.name}" ignored`);
      continue;
    }
    d.checkKnown(file, node, { attributes: ['key'] });
    const key = node.attributes.key?.trim();
    if (key) strings[key] = node.text;
    else d.warn(file, node.path, 'a string without a key is ignored');
  }
  return strings;
}
