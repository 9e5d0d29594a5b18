import {
  fieldPicklist,
  formForType,
  type CustomizationPackage,
  type FieldDefinition,
  type FieldPicklist,
  type PicklistValue,
} from '../../../metadata';
import { detailLayout } from '../records/detailLayout';

/** How one field is edited. */
export type EditControl =
  'text' | 'textarea' | 'number' | 'bool' | 'date' | 'datetime' | 'utcdatetime' | 'reference' | 'picklist';

/** One field of the edit form. */
export interface EditItem {
  /** Raw label (`#key` or literal). */
  readonly label: string;
  readonly field: FieldDefinition;
  readonly control: EditControl;
  /** Shown, but the user cannot change it (`IsReadonly` in the package). */
  readonly readOnly: boolean;
  /** For `reference`: the type whose local records the picker searches. */
  readonly referenceTypeId?: string;
  /**
   * For `picklist`: the values the package lists. Empty when they come from local records (see
   * `recordsPicklist`) or when the package has none for the field (free text then).
   */
  readonly choices: readonly PicklistValue[];
  /** For `picklist`: the pick-list whose values are the local records of a synchronized list-of-values object. */
  readonly recordsPicklist?: Extract<FieldPicklist, { kind: 'records' }>;
}

/** A titled block of the edit form. */
export interface EditGroup {
  readonly title: string;
  readonly items: readonly EditItem[];
}

/**
 * The edit form of a type: the package form's groups and fields (as the detail view shows them),
 * each with the control its data type and form control call for. Keys, timestamps and hidden
 * fields that are not references never appear: the user has no way to know what to put there.
 * A group holding a single text field is a text block (description, comment): a multi-line box.
 * A field with a pick-list (named by its `PicklistTypeId` or by its form combobox) is a choice of
 * the package's values, or of the local records of the list-of-values object the package names;
 * a `HasPicklist` field without one takes free text, which Siebel checks on upload.
 */
export function editPlan(pkg: CustomizationPackage, typeId: string): EditGroup[] {
  const formPicklists = new Map(
    (formForType(pkg, typeId)?.groups ?? []).flatMap((g) =>
      g.fields.flatMap((f) => (f.picklist ? [[f.field, f.picklist] as const] : [])),
    ),
  );
  return detailLayout(pkg, typeId)
    .map((group) => {
      const items = group.items.filter(
        (item) => !item.field.isPrimaryKey && !item.field.isTimestamp && (!item.field.isHidden || item.referenceTypeId),
      );
      const textBlock = items.length === 1 && isText(items[0].field);
      return {
        title: group.title,
        items: items.map((item): EditItem => {
          const picklist = item.referenceTypeId
            ? undefined
            : fieldPicklist(pkg, typeId, item.field.name, formPicklists.get(item.field.name));
          const control = item.referenceTypeId
            ? 'reference'
            : picklist
              ? 'picklist'
              : controlFor(item.field, textBlock);
          return {
            label: item.label,
            field: item.field,
            control,
            readOnly: item.field.isReadonly,
            ...(item.referenceTypeId ? { referenceTypeId: item.referenceTypeId } : {}),
            choices: picklist?.kind === 'values' ? picklist.values : [],
            ...(picklist?.kind === 'records' ? { recordsPicklist: picklist } : {}),
          };
        }),
      };
    })
    .filter((group) => group.items.length > 0);
}

function isText(field: FieldDefinition): boolean {
  return field.dataType === 'DTYPE_TEXT' || field.dataType === 'DTYPE_NOTE';
}

function controlFor(field: FieldDefinition, textBlock: boolean): EditControl {
  switch (field.dataType) {
    case 'DTYPE_NOTE':
      return 'textarea';
    case 'DTYPE_BOOL':
      return 'bool';
    case 'DTYPE_INTEGER':
    case 'DTYPE_NUMBER':
    case 'DTYPE_CURRENCY':
      return 'number';
    case 'DTYPE_DATE':
      return 'date';
    case 'DTYPE_DATETIME':
      return 'datetime';
    case 'DTYPE_UTCDATETIME':
      return 'utcdatetime';
    default:
      if (field.hasPicklist) return 'picklist';
      return textBlock ? 'textarea' : 'text';
  }
}
