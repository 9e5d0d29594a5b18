import type { RuleExpression } from './types';

/** The field Names a rule expression reads, each once, in order of appearance. */
export function ruleFields(expression: RuleExpression): string[] {
  const names = expression.kind === 'compare' ? [expression.field] : expression.items.flatMap(ruleFields);
  return [...new Set(names)];
}
