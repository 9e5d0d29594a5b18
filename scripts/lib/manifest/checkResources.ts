import { attr, child, children, descendants } from './xmlTree';
import type { XmlElement } from './xmlTree';

/** The resource kinds of `<Resources>`. */
export type ResourceKind = 'bt:Image' | 'bt:Url' | 'bt:ShortString' | 'bt:LongString';

/** Outlook's limits on resource strings. */
export const MAX_LENGTH: Partial<Record<ResourceKind, number>> = { 'bt:ShortString': 125, 'bt:LongString': 250 };

/** A resource declared in a `<Resources>` block. */
export interface Resource {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly value: string;
}

/** Which resource kind an element's `resid` must name, by the element that carries it. */
function expectedKind(element: XmlElement, parent: XmlElement): ResourceKind | null {
  switch (element.name) {
    case 'bt:Image':
      return 'bt:Image';
    case 'SourceLocation':
    case 'FunctionFile':
      return 'bt:Url';
    case 'Label':
    case 'Title':
      return 'bt:ShortString';
    case 'Description':
      return parent.name === 'Supertip' ? 'bt:LongString' : 'bt:ShortString';
    default:
      return null;
  }
}

const GROUPS: Record<string, ResourceKind> = {
  'bt:Images': 'bt:Image',
  'bt:Urls': 'bt:Url',
  'bt:ShortStrings': 'bt:ShortString',
  'bt:LongStrings': 'bt:LongString',
};

/** The resources declared directly in one VersionOverrides block. */
export function resourcesOf(overrides: XmlElement): Resource[] {
  const resources = child(overrides, 'Resources');
  if (!resources) return [];
  return children(resources).flatMap((group) => {
    const kind = GROUPS[group.name ?? ''];
    return kind
      ? children(group).map((item) => ({ id: attr(item, 'id'), kind, value: attr(item, 'DefaultValue') }))
      : [];
  });
}

const isOverrides = (node: XmlElement) => node.name === 'VersionOverrides';

/** Elements with a `resid` in one VersionOverrides block (not in the nested one), with their parent. */
function residUsers(overrides: XmlElement): Array<{ element: XmlElement; parent: XmlElement }> {
  const found: Array<{ element: XmlElement; parent: XmlElement }> = [];
  const walk = (parent: XmlElement) => {
    for (const element of children(parent)) {
      if (isOverrides(element)) continue;
      if (attr(element, 'resid')) found.push({ element, parent });
      walk(element);
    }
  };
  walk(overrides);
  return found;
}

/** Every resid resolves, in its own VersionOverrides block, to a resource of the right kind; strings fit. */
export function checkResources(root: XmlElement): string[] {
  const problems: string[] = [];
  const blocks = descendants(root).filter(isOverrides);
  if (blocks.length === 0) problems.push('no <VersionOverrides>: the ribbon buttons are missing');
  for (const overrides of blocks) {
    const where = attr(overrides, 'xsi:type') || 'VersionOverrides';
    const resources = resourcesOf(overrides);
    for (const { element, parent } of residUsers(overrides)) {
      const id = attr(element, 'resid');
      const kind = expectedKind(element, parent);
      const target = resources.find((resource) => resource.id === id);
      if (!target) problems.push(`${where}: <${element.name} resid="${id}"> names no resource`);
      else if (kind && target.kind !== kind)
        problems.push(`${where}: <${element.name} resid="${id}"> needs a ${kind}, found a ${target.kind}`);
    }
    for (const resource of resources) {
      const max = MAX_LENGTH[resource.kind];
      if (max !== undefined && resource.value.length > max) {
        problems.push(
          `${where}: ${resource.kind} "${resource.id}" has ${resource.value.length} characters, at most ${max} allowed`,
        );
      }
    }
  }
  return problems;
}
