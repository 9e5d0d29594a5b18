import { ASK_USER } from './parse/readConflictRules';
import type { ConflictRules, CustomizationPackage } from './types';

/**
 * The conflict rules of a synchronized type; "ask the user about every field" when the package
 * gives none (or the type is not synchronized).
 *
 * @example
 * const rules = conflictRulesOf(pkg, 'Contact');
 * const winner = rules.fields['Work Phone #'] ?? rules.default; // 'local' | 'server' | 'ask'
 */
export function conflictRulesOf(pkg: Pick<CustomizationPackage, 'syncedTypes'>, typeId: string): ConflictRules {
  return pkg.syncedTypes.find((type) => type.typeId === typeId)?.conflictRules ?? ASK_USER;
}
