/** An element of a parsed request: namespace-aware, text already unescaped (CDATA and entity refs merged). */
export interface XmlElement {
  /** Local name without prefix. */
  readonly local: string;
  /** Namespace URI ('' when none). */
  readonly uri: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Concatenated direct text content (comments and processing instructions dropped). */
  readonly text: string;
}

/** First child with the given local name (any namespace). */
export function childByLocal(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((child) => child.local === local);
}

/** Trimmed text of the first child with that local name, or `undefined` when there is no such child. */
export function childText(element: XmlElement, local: string): string | undefined {
  return childByLocal(element, local)?.text.trim();
}
