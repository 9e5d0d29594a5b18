import { displayText } from './displayText';
import { findObject } from './findObject';
import { formForType } from './formForType';
import { ruleFields } from './ruleFields';
import { checkFieldValue } from './internal/checkFieldValue';
import { validationMessage, type ValidationMessageKey } from './internal/validationMessages';
import type { CustomizationPackage, FieldDefinition, ObjectType, RecordValue, RuleExpression } from './types';

/** Options of {@link validateRecordValues}. */
export interface ValidateRecordOptions {
  /** The user's language for the messages (`de-DE`); the package's default strings otherwise. */
  readonly locale?: string;
  /** `insert` (default): `values` is the whole new record. `update`: only the fields being changed. */
  readonly operation: 'insert' | 'update';
}

/**
 * Checks what a user entered for a record of `typeId` against the package, without side effects:
 * unknown fields; fields the user cannot set (primary key, timestamp, `IsReadonly`); the data type
 * of every value (as the store keeps it: text, number, boolean, ISO 8601 date `YYYY-MM-DD` and
 * date-time `YYYY-MM-DDTHH:MM[:SS][Z]`); the form's validation rules that the add-in can read; and
 * `IsRequired` fields. `values` are keyed by ioElemName; `null` and '' are empty. On an update a
 * field not in `values` is unchanged and not checked, and a rule is checked only when every field
 * it reads is in `values`.
 *
 * Returns one message per ioElemName ('' for a rule about the whole record) in the user's
 * language; an empty object means the values are acceptable.
 *
 * @example
 * const problems = validateRecordValues(pkg, 'Contact', { FirstName: 'Ada', LastName: '' }, { operation: 'insert', locale: 'en-US' });
 * // { LastName: "Enter the contact's last name." }
 */
export function validateRecordValues(
  pkg: CustomizationPackage,
  typeId: string,
  values: Readonly<Record<string, RecordValue | undefined>>,
  options: ValidateRecordOptions = { operation: 'insert' },
): Record<string, string> {
  const { locale, operation } = options;
  const object = findObject(pkg, typeId);
  const typeName = object ? displayText(pkg, object.label, locale) : typeId;
  if (!object) return { '': validationMessage('unknownType', locale, { type: typeName }) };
  const labels = fieldLabels(pkg, object, locale);
  const problems: Record<string, string> = {};
  const report = (key: string, message: string) => {
    if (!Object.hasOwn(problems, key)) problems[key] = message;
  };
  const fieldMessage = (key: ValidationMessageKey, field: FieldDefinition) =>
    validationMessage(key, locale, { label: labels.get(field.name), type: typeName });

  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const empty = value === null || value === '';
    const field = object.fields.find((f) => f.ioElemName === key);
    if (!field) {
      report(key, validationMessage('unknownField', locale, { label: key, type: typeName }));
    } else if (!empty && !isUserSettable(field)) {
      report(key, fieldMessage('notEditable', field));
    } else if (value !== null && !empty) {
      const problem = checkFieldValue(field.dataType, value);
      if (problem) report(key, fieldMessage(problem, field));
    }
  }
  const typeProblems = new Set(Object.keys(problems));
  for (const rule of formForType(pkg, typeId)?.validationRules ?? []) {
    if (!rule.condition) continue;
    // A value of the wrong type already has its own message; the rule's would only confuse.
    const reads = ruleFields(rule.condition).map(
      (name) => object.fields.find((f) => f.name === name)?.ioElemName ?? '',
    );
    if (reads.some((key) => typeProblems.has(key)) || evaluate(rule.condition, object, values, operation) !== false)
      continue;
    const message = displayText(pkg, rule.message, locale);
    const keys = rule.fields.flatMap((name) => object.fields.find((f) => f.name === name)?.ioElemName ?? []);
    for (const key of keys.length > 0 ? keys : ['']) report(key, message);
  }
  for (const field of object.fields) {
    if (!field.isRequired || !isUserSettable(field)) continue;
    const present = values[field.ioElemName] !== undefined;
    if ((operation === 'insert' || present) && isEmpty(values[field.ioElemName]))
      report(field.ioElemName, fieldMessage('required', field));
  }
  return problems;
}

function isEmpty(value: RecordValue | undefined): boolean {
  return value === undefined || value === null || value === '';
}

/** The server owns the key and the timestamp; `IsReadonly` fields are computed there. */
function isUserSettable(field: FieldDefinition): boolean {
  return !field.isPrimaryKey && !field.isTimestamp && !field.isReadonly;
}

/** Field Name → label shown to the user: the form's label where the field is on the form. */
function fieldLabels(pkg: CustomizationPackage, object: ObjectType, locale: string | undefined): Map<string, string> {
  const formLabels = new Map(
    (formForType(pkg, object.typeId)?.groups ?? []).flatMap((g) => g.fields.map((f) => [f.field, f.label] as const)),
  );
  return new Map(object.fields.map((f) => [f.name, displayText(pkg, formLabels.get(f.name) ?? f.label, locale)]));
}

/** The rule's truth; `undefined` on an update that leaves a field it reads unchanged. */
function evaluate(
  expression: RuleExpression,
  object: ObjectType,
  values: Readonly<Record<string, RecordValue | undefined>>,
  operation: 'insert' | 'update',
): boolean | undefined {
  if (expression.kind === 'compare') {
    const key = object.fields.find((f) => f.name === expression.field)?.ioElemName ?? '';
    const value = values[key];
    if (value === undefined && operation === 'update') return undefined;
    const equal = asRuleText(value) === expression.value;
    return expression.op === '==' ? equal : !equal;
  }
  const results = expression.items.map((item) => evaluate(item, object, values, operation));
  if (results.includes(undefined)) return undefined;
  return expression.kind === 'and' ? results.every(Boolean) : results.some(Boolean);
}

/** How a form script sees a value: text, booleans as Siebel's Y/N. */
function asRuleText(value: RecordValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'Y' : 'N';
  return String(value);
}
