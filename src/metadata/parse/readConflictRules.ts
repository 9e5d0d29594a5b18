import type { Diagnostics } from '../internal/Diagnostics';
import { childNamed, childrenNamed, type XmlNode } from '../internal/XmlNode';
import { fieldByName } from '../fieldByName';
import type { ConflictPreference, ConflictRules, ObjectType } from '../types';

const FILE = 'connector_configuration.xml';
/** The package's words: `remote` is the server's side, which the add-in calls `server` from here on. */
const WRITTEN_PREFERENCES: Readonly<Record<string, ConflictPreference>> = { local: 'local', remote: 'server' };

function preferenceOf(written: string): ConflictPreference | undefined {
  return Object.hasOwn(WRITTEN_PREFERENCES, written) ? WRITTEN_PREFERENCES[written] : undefined;
}

/** Without rules every conflict goes to the user: nothing is overwritten silently. */
export const ASK_USER: ConflictRules = Object.freeze({ default: 'ask', fields: Object.freeze({}) });

/**
 * Reads `synchronizer/conflict_resolution` (our declarative replacement for autoresolver.js):
 * `default="ask|local|remote"` and `field name="<Field Name>" prefer="local|remote"` children; the
 * package's `remote` is read as `server`, the add-in's one word for Siebel's side (docs/glossary.md).
 * A typo here could silently overwrite someone's data, so any rule the add-in cannot read makes
 * the whole type fall back to asking the user about every conflict (with a warning).
 */
export function readConflictRules(
  d: Diagnostics,
  synchronizer: XmlNode | undefined,
  object: ObjectType | undefined,
): ConflictRules {
  const node = synchronizer ? childNamed(synchronizer, 'conflict_resolution') : undefined;
  if (!node) return ASK_USER;
  d.checkKnown(FILE, node, { attributes: ['default'], children: ['field'] });
  const faults: { path: string; message: string }[] = [];
  const written = node.attributes.default?.trim();
  let fallback: ConflictRules['default'] = 'ask';
  if (written !== undefined && written !== '') {
    const preference = written === 'ask' ? 'ask' : preferenceOf(written);
    if (preference) fallback = preference;
    else
      faults.push({
        path: node.path,
        message: `conflict_resolution default "${written}" is not one of ask, local, remote`,
      });
  }
  const fields: Record<string, ConflictPreference> = {};
  for (const field of childrenNamed(node, 'field')) {
    d.checkKnown(FILE, field, { attributes: ['name', 'prefer'] });
    const name = field.attributes.name?.trim() ?? '';
    const prefer = field.attributes.prefer?.trim() ?? '';
    const preference = preferenceOf(prefer);
    if (!preference) {
      faults.push({
        path: field.path,
        message: `conflict_resolution prefer "${prefer}" of field "${name}" is neither local nor remote`,
      });
    } else if (object && !fieldByName(object, name)) {
      faults.push({
        path: field.path,
        message: `conflict_resolution field "${name}" is not a field of object "${object.typeId}"`,
      });
    } else if (Object.hasOwn(fields, name)) {
      faults.push({ path: field.path, message: `conflict_resolution lists field "${name}" more than once` });
    } else {
      fields[name] = preference;
    }
  }
  const who = object ? `"${object.typeId}"` : 'this type';
  for (const fault of faults)
    d.warn(FILE, fault.path, `${fault.message}; every conflict of ${who} is left to the user`);
  return faults.length > 0 ? ASK_USER : { default: fallback, fields };
}
