// The model of siebel_meta_info.xml's `picklist` elements (see docs/customization-package.md, "Pick-lists").

/** One value of a pick-list: what is stored and sent, and what the user reads. */
export interface PicklistValue {
  readonly value: string;
  /** Raw label (`#key` or literal); the value itself when the package gives none. */
  readonly label: string;
}

/**
 * Where a pick-list object takes its values from (Oracle's `picklist` attributes): the records of
 * `objectTypeId` whose `collectionTypeField` equals the field's `PicklistCollectionType`.
 * Field Names, as everywhere in the model.
 */
export interface PicklistSource {
  /** `SrcObjectTypeId`. */
  readonly objectTypeId: string;
  /** `CollectionTypeFldName` (e.g. `Type`). */
  readonly collectionTypeField?: string;
  /** `ValueFldName` (e.g. `Value`). */
  readonly valueField: string;
  /** `LabelFldName`; defaults to the value field. */
  readonly labelField: string;
  /** `LangFldName`: records in another language than the user's are left out. */
  readonly languageField?: string;
  /** `master_filter_expr` as written (a Siebel search specification). */
  readonly masterFilter?: string;
  /**
   * `master_filter_expr` read as `[Field] = 'v'` comparisons joined by AND (the form Oracle's example
   * uses), to apply to the local records; absent when it has another form (then not applied locally).
   */
  readonly masterConditions?: readonly { readonly field: string; readonly op: '=' | '<>'; readonly value: string }[];
}

/** A `picklist` of siebel_meta_info.xml: a list of values a field can take. */
export interface PicklistDefinition {
  /** `TypeId`: what `field/@PicklistTypeId` (or a form combobox's `source/@type`) names. */
  readonly typeId: string;
  /** Values written in the package (`value` children, ours): the list is complete without any download. */
  readonly values?: readonly PicklistValue[];
  /** Oracle's pick-list object: values come from synchronized records of another object. */
  readonly source?: PicklistSource;
}
