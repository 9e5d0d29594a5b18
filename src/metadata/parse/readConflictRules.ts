import type { Diagnostics } from '../internal/Diagnostics';
import { childNamed, childrenNamed, type XmlNode } from '../internal/XmlNode';
import { fieldByName } from '../fieldByName';
import type { ConflictPreference, ConflictRules, ObjectType } from '../types';

const FILE = 'connector_configuration.xml';
const DEFAULTS: readonly ConflictRules['default'][] = ['ask', 'local', 'remote'];
const PREFERENCES: readonly ConflictPreference[] = ['local', 'remote'];

/** Without rules every conflict goes to the user: nothing is overwritten silently. */
export const ASK_USER: ConflictRules = Object.freeze({ default: 'ask', fields: Object.freeze({}) });

/**
 * Reads `synchronizer/conflict_resolution` (our declarative replacement for autoresolver.js):
 * `default="ask|local|remote"` and `field name="<Field Name>" prefer="local|remote"` children.
 * An unknown value or field is a problem: a typo here would silently overwrite someone's data.
 */
export function readConflictRules(d: Diagnostics, synchronizer: XmlNode | undefined, object: ObjectType | undefined): ConflictRules {
  const node = synchronizer ? childNamed(synchronizer, 'conflict_resolution') : undefined;
  if (!node) return ASK_USER;
  d.checkKnown(FILE, node, { attributes: ['default'], children: ['field'] });
  const written = node.attributes.default?.trim();
  let fallback: ConflictRules['default'] = 'ask';
  if (written !== undefined && written !== '') {
    if (DEFAULTS.includes(written as ConflictRules['default'])) fallback = written as ConflictRules['default'];
    else d.problem(FILE, node.path, `conflict_resolution default "${written}" is not one of ask, local, remote`);
  }
  const fields: Record<string, ConflictPreference> = {};
  for (const field of childrenNamed(node, 'field')) {
    d.checkKnown(FILE, field, { attributes: ['name', 'prefer'] });
    const name = d.required(FILE, field, 'name');
    const prefer = d.required(FILE, field, 'prefer');
    if (name === undefined || prefer === undefined) continue;
    if (!PREFERENCES.includes(prefer as ConflictPreference)) {
      d.problem(FILE, field.path, `conflict_resolution prefer "${prefer}" of field "${name}" is neither local nor remote`);
    } else if (object && !fieldByName(object, name)) {
      d.problem(FILE, field.path, `conflict_resolution field "${name}" is not a field of object "${object.typeId}"`);
    } else if (Object.hasOwn(fields, name)) {
      d.problem(FILE, field.path, `conflict_resolution lists field "${name}" more than once`);
    } else {
      fields[name] = prefer as ConflictPreference;
    }
  }
  return { default: fallback, fields };
}
