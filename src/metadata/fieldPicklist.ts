import { fieldByName } from './fieldByName';
import { findObject } from './findObject';
import type { CustomizationPackage, PicklistValue } from './types';

/** One comparison a source record must pass, on its stored property (IOElemName). */
export interface PicklistRecordCondition {
  readonly property: string;
  readonly op: '=' | '<>';
  readonly value: string;
}

/**
 * Where a field's pick-list values come from: written in the package, or the local records of a
 * synchronized object. Property names are IOElemNames, as the local store keys records.
 */
export type FieldPicklist =
  | { readonly kind: 'values'; readonly picklistTypeId: string; readonly values: readonly PicklistValue[] }
  | {
      readonly kind: 'records';
      readonly picklistTypeId: string;
      readonly objectTypeId: string;
      /** Records must pass all of these: the list-of-values type (`PicklistCollectionType`) and the master filter. */
      readonly conditions: readonly PicklistRecordCondition[];
      readonly valueProperty: string;
      readonly labelProperty: string;
      readonly languageProperty?: string;
    };

/**
 * The pick-list of a field: the one its `PicklistTypeId` names, else the one a form combobox names
 * as its source (`formPicklist`, e.g. `AccountTypePicklist`). `undefined` when there is none the
 * add-in can use (then the field takes free text), including a pick-list whose source object the
 * package does not synchronize.
 *
 * @example
 * const picklist = fieldPicklist(pkg, 'Opportunity', 'Sales Stage', formField.picklist);
 * if (picklist?.kind === 'values') offer(picklist.values);
 */
export function fieldPicklist(
  pkg: CustomizationPackage,
  typeId: string,
  fieldName: string,
  formPicklist?: string,
): FieldPicklist | undefined {
  const owner = findObject(pkg, typeId);
  const field = owner && fieldByName(owner, fieldName);
  if (!field) return undefined;
  const picklists = pkg.picklists ?? [];
  const picklist =
    (field.picklistTypeId !== undefined ? picklists.find((p) => p.typeId === field.picklistTypeId) : undefined) ??
    (formPicklist !== undefined ? picklists.find((p) => p.typeId === formPicklist) : undefined);
  if (!picklist) return undefined;
  if (!picklist.source) return { kind: 'values', picklistTypeId: picklist.typeId, values: picklist.values ?? [] };
  const source = picklist.source;
  const object = findObject(pkg, source.objectTypeId);
  if (!object || !pkg.syncedTypes.some((t) => t.typeId === source.objectTypeId)) return undefined;
  const property = (name: string) => fieldByName(object, name)?.ioElemName;
  const conditions: PicklistRecordCondition[] = [];
  if (source.collectionTypeField !== undefined && field.picklistCollectionType !== undefined) {
    conditions.push({
      property: property(source.collectionTypeField) ?? '',
      op: '=',
      value: field.picklistCollectionType,
    });
  }
  for (const c of source.masterConditions ?? [])
    conditions.push({ property: property(c.field) ?? '', op: c.op, value: c.value });
  const languageProperty = source.languageField !== undefined ? property(source.languageField) : undefined;
  return {
    kind: 'records',
    picklistTypeId: picklist.typeId,
    objectTypeId: source.objectTypeId,
    conditions,
    valueProperty: property(source.valueField) ?? '',
    labelProperty: property(source.labelField) ?? '',
    ...(languageProperty ? { languageProperty } : {}),
  };
}
