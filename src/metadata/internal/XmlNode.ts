/**
 * A parsed XML element, reduced to what the package readers need: attributes, child elements
 * in document order, the concatenated text, and the element path used in problem reports.
 */
export interface XmlNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  /** Text and CDATA content directly inside the element, trimmed. */
  readonly text: string;
  /** e.g. `SiebelMetaInfo/object[@TypeId='Contact']/field[@Name='Id']`. */
  readonly path: string;
}

/** Attributes that identify an element in a path, most specific first. */
const IDENTIFYING_ATTRIBUTES = ['TypeId', 'Name', 'id', 'name', 'key', 'field'] as const;

/**
 * The path step of a child: its identifying attribute when it has one, else its position among
 * same-named siblings when there are several (XPath style, 1-based), else the bare name.
 */
export function pathStep(
  name: string,
  attributes: Readonly<Record<string, string>>,
  position: number,
  sameNamedSiblings: number,
): string {
  for (const attribute of IDENTIFYING_ATTRIBUTES) {
    const value = attributes[attribute];
    if (value !== undefined) return `${name}[@${attribute}='${value}']`;
  }
  return sameNamedSiblings > 1 ? `${name}[${position}]` : name;
}

/** Child elements with the given name, in document order. */
export function childrenNamed(node: XmlNode, name: string): readonly XmlNode[] {
  return node.children.filter((child) => child.name === name);
}

/** The first child element with the given name. */
export function childNamed(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((child) => child.name === name);
}
