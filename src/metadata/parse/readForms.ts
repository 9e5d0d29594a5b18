import type { Diagnostics } from '../internal/Diagnostics';
import { childNamed, childrenNamed, type XmlNode } from '../internal/XmlNode';
import type { FormDefinition, FormField, FormGroup, ObjectType, RuleExpression, ValidationRule } from '../types';
import { ruleFields } from '../ruleFields';
import { fieldByName } from '../fieldByName';
import type { ObjectIndex } from './ObjectIndex';
import { parseRuleExpression } from './parseRuleExpression';
import type { MappingEntry } from './readBasicMapping';

/** Layout elements and the attributes we know of them; their other children are walked through. */
const LAYOUT: Readonly<Record<string, readonly string[]>> = {
  page: ['id', 'tag', 'min_height', 'min_width'],
  cell: ['size'],
  stack: ['layout', 'spacing', 'padding', 'group'],
  static: ['id', 'tab_order'],
  control: ['class', 'id', 'tab_order', 'allow_negative', 'caption', 'type', 'view_id'],
  combobox: ['id', 'tab_order'],
};

interface WalkState {
  readonly file: string;
  readonly object: ObjectType | undefined;
  /** Every TypeId of siebel_meta_info.xml. */
  readonly knownTypes: ReadonlySet<string>;
  readonly groups: { key: string; fields: FormField[]; implicit?: boolean }[];
  /** Control id → field Name, for `asserted_control`. */
  readonly controls: Map<string, string>;
}

/**
 * Reads the forms file: for every form a type is mapped to, its field groups (`stack[@group]`, our
 * attribute) in document order, the fields bound by `edit` and `combobox` controls, and its rules.
 */
export function readForms(
  d: Diagnostics,
  file: string,
  root: XmlNode,
  mappings: readonly MappingEntry[],
  objects: ObjectIndex,
): FormDefinition[] {
  d.checkKnown(file, root, { children: ['form'] });
  const byId = new Map<string, XmlNode>();
  for (const form of childrenNamed(root, 'form')) {
    const id = form.attributes.id?.trim();
    if (!id) d.warn(file, form.path, 'a form without an id cannot be assigned to a type and is ignored');
    else if (!byId.has(id)) byId.set(id, form);
  }
  return mappings.flatMap(({ mapping, formPath }): FormDefinition[] => {
    if (mapping.formId === undefined) return [];
    const node = byId.get(mapping.formId);
    if (!node) {
      d.warn(
        'siebel_basic_mapping.xml',
        formPath ?? '/',
        `form id "${mapping.formId}" names no form of ${file}; "${mapping.typeId}" is shown with its fields in one block`,
      );
      return [];
    }
    const object = objects?.get(mapping.typeId);
    const state: WalkState = {
      file,
      object,
      knownTypes: new Set(objects?.keys() ?? []),
      groups: [],
      controls: new Map(),
    };
    return [readForm(d, node, mapping.formId, mapping.typeId, state)];
  });
}

function readForm(d: Diagnostics, node: XmlNode, id: string, typeId: string, state: WalkState): FormDefinition {
  const file = state.file;
  d.checkKnown(file, node, {
    attributes: ['id', 'on_open', 'on_saving', 'on_saved'],
    children: ['validation_rules', 'page', 'script', 'info_bar'],
  });
  for (const page of childrenNamed(node, 'page')) walk(d, page, state, undefined, { label: undefined });
  const groups: FormGroup[] = state.groups
    .filter((g) => g.fields.length > 0)
    .map((g) => ({ key: g.key, fields: g.fields }));
  return { id, typeId, groups, validationRules: readRules(d, file, childNamed(node, 'validation_rules'), state) };
}

function walk(
  d: Diagnostics,
  node: XmlNode,
  state: WalkState,
  group: WalkState['groups'][number] | undefined,
  slot: { label: string | undefined },
): void {
  const known = LAYOUT[node.name];
  // The parent's check has already warned about an unknown element.
  if (!known) return;
  d.checkKnown(state.file, node, { attributes: known, children: knownChildren(node.name) });
  if (node.name === 'static') {
    slot.label = childNamed(node, 'text')?.text ?? slot.label;
    return;
  }
  if (node.name === 'control' || node.name === 'combobox') {
    const field = readControl(d, node, state, slot.label);
    slot.label = undefined;
    if (!field) return;
    (group ?? ungrouped(state)).fields.push(field);
    return;
  }
  let innerGroup = group;
  // A label belongs to the controls of its own stack, so each stack starts without one.
  let innerSlot = slot;
  if (node.name === 'stack') {
    innerSlot = { label: undefined };
    const key = node.attributes.group?.trim();
    if (key) {
      innerGroup = { key, fields: [] };
      state.groups.push(innerGroup);
    }
  }
  for (const child of node.children) walk(d, child, state, innerGroup, innerSlot);
}

/**
 * The group of the controls outside any `stack[@group]`: Oracle's forms have no named groups (the
 * attribute is ours), so their fields land here, titled with the type's label, where the first
 * such control appears.
 */
function ungrouped(state: WalkState): WalkState['groups'][number] {
  const existing = state.groups.find((g) => g.implicit);
  if (existing) return existing;
  const label = state.object?.label ?? '';
  // FormGroup.key is shown as `#key`: a literal label becomes a key that resolves to itself.
  const created = { key: label.startsWith('#') ? label.slice(1) : label, fields: [] as FormField[], implicit: true };
  state.groups.push(created);
  return created;
}

function knownChildren(name: string): readonly string[] {
  if (name === 'static') return ['text'];
  if (name === 'control' || name === 'combobox') return ['field', 'source', 'items'];
  return Object.keys(LAYOUT);
}

/**
 * The control classes that edit one field; the guide documents more (buttons, panels, lists of
 * related records, …), which have no place in the task pane's form.
 */
const FIELD_CONTROLS = ['edit', 'combobox', 'checkbox', 'datetime'];

function readControl(
  d: Diagnostics,
  node: XmlNode,
  state: WalkState,
  label: string | undefined,
): FormField | undefined {
  const kind = node.name === 'combobox' ? 'combobox' : (node.attributes.class?.trim() ?? '');
  if (!FIELD_CONTROLS.includes(kind)) {
    // Without a class, the id names one of Outlook's own controls, which a web add-in does not have.
    const what = kind === '' ? `Outlook control "${node.attributes.id ?? ''}" (no class)` : `control class "${kind}"`;
    d.warn(state.file, node.path, `${what} is not supported and is not shown`);
    return undefined;
  }
  const fieldNode = childNamed(node, 'field');
  if (!fieldNode || fieldNode.text === '') {
    d.warn(state.file, node.path, 'control names no <field> and is not shown');
    return undefined;
  }
  d.checkKnown(state.file, fieldNode, { attributes: ['value'] });
  const name = fieldNode.text;
  const definition = state.object && fieldByName(state.object, name);
  if (state.object && !definition) {
    d.warn(
      state.file,
      fieldNode.path,
      `form field "${name}" is not a field of object "${state.object.typeId}" and is not shown`,
    );
    return undefined;
  }
  const id = node.attributes.id?.trim();
  if (id) state.controls.set(id, name);
  const field: FormField = {
    field: name,
    control: kind === 'combobox' ? 'combobox' : 'edit',
    label: label ?? definition?.label ?? name,
    valueKind: fieldNode.attributes.value?.trim() === 'datetime' || kind === 'datetime' ? 'datetime' : 'string',
  };
  return kind === 'combobox' ? withSource(d, node, state, field, definition?.refObjTypeId) : field;
}

/**
 * A source that names an object is a lookup; a foreign key or an `Id` source must name one. The
 * sorted form `items/source type="auto" name="<type>"` names its type in `name`.
 */
function withSource(
  d: Diagnostics,
  node: XmlNode,
  state: WalkState,
  field: FormField,
  refObjTypeId: string | undefined,
): FormField | undefined {
  const items = childNamed(node, 'items');
  if (items)
    d.checkKnown(state.file, items, {
      attributes: ['format', 'value_column', 'has_null_item'],
      children: ['source', 'order_by'],
    });
  const source = childNamed(items ?? node, 'source');
  if (source) d.checkKnown(state.file, source, { attributes: ['type', 'field', 'format', 'name'] });
  const written = source?.attributes.type?.trim();
  const type = written === 'auto' ? source?.attributes.name?.trim() : written;
  if (!source || !type) return field;
  // Without the object list (meta info unusable) a source cannot be told apart; read it as a pick list.
  if (state.object === undefined) return { ...field, picklist: type };
  const looksLikeObject = source.attributes.field?.trim() === 'Id' || refObjTypeId !== undefined;
  if (state.knownTypes.has(type)) return { ...field, referenceTypeId: type };
  if (looksLikeObject) {
    d.warn(
      state.file,
      source.path,
      `combobox source type "${type}" names no object of siebel_meta_info.xml; the lookup is not shown`,
    );
    return undefined;
  }
  return { ...field, picklist: type };
}

function readRules(d: Diagnostics, file: string, node: XmlNode | undefined, state: WalkState): ValidationRule[] {
  if (!node) return [];
  d.checkKnown(file, node, { children: ['rule'] });
  return childrenNamed(node, 'rule').map((rule) => {
    d.checkKnown(file, rule, { attributes: ['message', 'expression'], children: ['asserted_control', 'expression'] });
    const fields = childrenNamed(rule, 'asserted_control').flatMap((asserted) => {
      d.checkKnown(file, asserted, { attributes: ['id'] });
      const id = asserted.attributes.id?.trim() ?? '';
      const name = state.controls.get(id);
      if (name === undefined)
        d.warn(file, asserted.path, `asserted_control id "${id}" names no field control of this form`);
      return name ?? [];
    });
    // The guide writes an expression as the attribute or as an <expression> child holding CDATA.
    const expression = rule.attributes.expression ?? childNamed(rule, 'expression')?.text ?? '';
    const condition = readCondition(d, file, rule, expression, state.object);
    return { message: rule.attributes.message ?? '', expression, fields, ...(condition ? { condition } : {}) };
  });
}

/** The rule's expression parsed, or a warning: a rule the add-in cannot read is not checked. */
function readCondition(
  d: Diagnostics,
  file: string,
  rule: XmlNode,
  expression: string,
  object: ObjectType | undefined,
): RuleExpression | undefined {
  const parsed = parseRuleExpression(expression);
  if (!parsed.ok) {
    d.warn(
      file,
      rule.path,
      `rule expression "${expression}" is outside the grammar the add-in checks (${parsed.reason}); the rule is ignored`,
    );
    return undefined;
  }
  const unknown = ruleFields(parsed.expression).find((name) => object !== undefined && !fieldByName(object, name));
  if (unknown !== undefined) {
    d.warn(
      file,
      rule.path,
      `rule expression reads "${unknown}", which is not a field of object "${object?.typeId}"; the rule is ignored`,
    );
    return undefined;
  }
  return parsed.expression;
}
