/** A parsed element with its namespace resolved: what the decoders walk. */
export interface XmlElement {
  /** Namespace URI; '' when the element is in no namespace. */
  readonly ns: string;
  /** Local name (no prefix). */
  readonly local: string;
  /** Attributes other than namespace declarations, by qualified name as written. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Character data of the direct children (text, CDATA, references), concatenated as is. */
  readonly text: string;
}

/** The first child with this local name (and namespace, when given). */
export function findChild(parent: XmlElement, local: string, ns?: string): XmlElement | undefined {
  return parent.children.find((child) => child.local === local && (ns === undefined || child.ns === ns));
}

/** All children with this local name, in document order. */
export function childrenNamed(parent: XmlElement, local: string): XmlElement[] {
  return parent.children.filter((child) => child.local === local);
}

/** Every descendant (depth first, document order) with this local name. */
export function descendantsNamed(root: XmlElement, local: string): XmlElement[] {
  return root.children.flatMap((child) => (child.local === local ? [child] : descendantsNamed(child, local)));
}
