import type { Diagnostics } from '../internal/Diagnostics';
import type { XmlNode } from '../internal/XmlNode';

/** A whole value of the form `#key`; a `#` inside other text (a field named "Work Phone #") is not one. */
const KEY_REFERENCE = /^#([A-Za-z0-9_.-]+)$/;

/**
 * Warns about every `#key` (and every `stack/@group` key, which is written without `#`) that has
 * no entry in package_res.xml: the text then shows as the bare key, which is ugly but usable.
 */
export function checkDisplayKeys(
  d: Diagnostics,
  file: string,
  root: XmlNode,
  strings: Readonly<Record<string, string>>,
): void {
  const visit = (node: XmlNode): void => {
    for (const [attribute, value] of Object.entries(node.attributes)) {
      const key = attribute === 'group' && node.name === 'stack' ? value.trim() : KEY_REFERENCE.exec(value.trim())?.[1];
      if (key !== undefined && !(key in strings)) {
        d.warn(file, node.path, `display string "${key}" (attribute ${attribute}) has no entry in package_res.xml`);
      }
    }
    const textKey = KEY_REFERENCE.exec(node.text)?.[1];
    if (textKey !== undefined && node.children.length === 0 && !(textKey in strings)) {
      d.warn(file, node.path, `display string "${textKey}" has no entry in package_res.xml`);
    }
    node.children.forEach(visit);
  };
  visit(root);
}
