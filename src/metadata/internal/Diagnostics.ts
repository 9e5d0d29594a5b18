import type { PackageProblem, PackageWarning } from '../types';
import type { XmlNode } from './XmlNode';

/** What a reader understands of one element; anything else is reported as ignored. */
export interface KnownShape {
  readonly attributes?: readonly string[];
  readonly children?: readonly string[];
}

/**
 * Collects problems and warnings while a package is read, so that every problem is reported
 * in one error instead of stopping at the first (an administrator fixes them in one round).
 * A problem makes the package unusable; a warning names something ignored or degraded locally.
 */
export class Diagnostics {
  readonly problems: PackageProblem[] = [];
  readonly warnings: PackageWarning[] = [];
  /** The first exception behind a problem (a parser error), kept as the error's `cause`. */
  cause: unknown;

  constructor(private readonly onWarning?: (warning: PackageWarning) => void) {}

  problem(file: string, path: string, message: string, cause?: unknown): void {
    this.problems.push({ file, path, message });
    if (cause !== undefined && this.cause === undefined) this.cause = cause;
  }

  warn(file: string, path: string, message: string): void {
    const warning = { file, path, message };
    this.warnings.push(warning);
    this.onWarning?.(warning);
  }

  /** Warns about attributes and child elements of `node` that `shape` does not list. */
  checkKnown(file: string, node: XmlNode, shape: KnownShape): void {
    const attributes = new Set(shape.attributes ?? []);
    for (const name of Object.keys(node.attributes)) {
      if (!attributes.has(name)) this.warn(file, node.path, `unknown attribute "${name}" ignored`);
    }
    const children = new Set(shape.children ?? []);
    for (const child of node.children) {
      if (!children.has(child.name)) this.warn(file, child.path, `unknown element "${child.name}" ignored`);
    }
  }

  /** The attribute's value, or a "required attribute missing" problem and `undefined`. */
  required(file: string, node: XmlNode, attribute: string): string | undefined {
    const value = node.attributes[attribute]?.trim();
    if (value) return value;
    this.problem(file, node.path, `required attribute "${attribute}" is missing`);
    return undefined;
  }
}
