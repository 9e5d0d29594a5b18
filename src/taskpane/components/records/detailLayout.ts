import {
  fieldByName,
  findObject,
  formForType,
  referenceFields,
  type CustomizationPackage,
  type FieldDefinition,
} from '../../../metadata';

/** One field of the detail view. */
export interface DetailItem {
  /** Raw label (`#key` or literal). */
  readonly label: string;
  readonly field: FieldDefinition;
  /** Set when the value is the id of a record of this type: shown as a link. */
  readonly referenceTypeId?: string;
}

/** A titled block of the detail view. */
export interface DetailGroup {
  /** Raw title (`#key` or literal). */
  readonly title: string;
  readonly items: readonly DetailItem[];
}

/**
 * The detail view of a type as its package form lays it out: the form's groups in order, each
 * field with the form's label. A form field the object does not define is left out (the package
 * parser already warned). A type without a form shows its visible fields and its references in
 * one group titled with the type's label.
 */
export function detailLayout(pkg: CustomizationPackage, typeId: string): DetailGroup[] {
  const object = findObject(pkg, typeId);
  if (!object) return [];
  const form = formForType(pkg, typeId);
  if (!form) {
    const references = new Set(referenceFields(object).map((f) => f.name));
    const fields = object.fields.filter((f) => !f.isHidden || references.has(f.name));
    return [{ title: object.label, items: fields.map((field) => item(field, field.label, field.refObjTypeId)) }];
  }
  return form.groups.map((group) => ({
    title: `#${group.key}`,
    items: group.fields.flatMap((formField) => {
      const field = fieldByName(object, formField.field);
      return field ? [item(field, formField.label, formField.referenceTypeId ?? field.refObjTypeId)] : [];
    }),
  }));
}

function item(field: FieldDefinition, label: string, referenceTypeId: string | undefined): DetailItem {
  return referenceTypeId ? { label, field, referenceTypeId } : { label, field };
}
