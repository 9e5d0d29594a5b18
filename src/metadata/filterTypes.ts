// The model of connector_configuration.xml's `filter_presets` (see docs/customization-package.md, "Filter presets").

/** The comparisons of a preset filter (`binary/@condition`); `in` and `not in` compare with a list of values. */
export type FilterConditionName = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le' | 'like' | 'in' | 'not in';

/** The type of a scalar `value` (`value/@type`); `array` holds typed scalars. */
export type FilterScalarType = 'string' | 'integer' | 'function';

/** A comparison of a preset filter (connector_configuration.xml `binary`). */
export interface FilterCondition {
  readonly kind: 'condition';
  /** Field Name. */
  readonly field: string;
  readonly condition: FilterConditionName;
  readonly valueType: FilterScalarType | 'array';
  /** The literal; for `function`, its name (e.g. `today`); for `array`, the items' texts. */
  readonly value: string | readonly string[];
  /** For `array`: each item's type, in order (absent in hand-built models: every item is a string). */
  readonly itemTypes?: readonly FilterScalarType[];
}

/**
 * A `collection` of a preset filter: records of a dependent type (an attachment) restricted by
 * their own fields (`primary_restriction`) and by the record they belong to (`container_restriction`,
 * on `container_type`, joined through the `foreign_key` field). Kept in the model; the add-in cannot
 * translate it into one Siebel search specification, so a preset using it is unavailable.
 */
export interface FilterCollection {
  readonly kind: 'collection';
  readonly containerType: string;
  /** Field Name of the dependent type that holds the container's Id. */
  readonly foreignKey: string;
  readonly primary?: FilterGroup;
  readonly container?: FilterGroup;
}

/** A `group` of a preset filter: conditions joined by `link`. */
export interface FilterGroup {
  readonly kind: 'group';
  readonly link: 'and' | 'or';
  readonly items: readonly (FilterCondition | FilterGroup | FilterCollection)[];
}

/** A `filter_presets/preset`: a named sync filter, per object type. */
export interface FilterPreset {
  /** The raw `name` attribute (often `#key`). */
  readonly name: string;
  /** Marked `default="true"` (only the first so marked keeps it); see `defaultPreset` for the effective default. */
  readonly isDefault: boolean;
  /** TypeId → the filter of that type; a type not listed is not filtered. */
  readonly filters: Readonly<Record<string, FilterGroup>>;
  /**
   * Why the add-in cannot apply this preset (an unknown condition or function, a field its object
   * lacks, a construct with no search-specification form); absent when it can. An unavailable
   * preset is shown but never used: `usablePreset` falls back to another one.
   */
  readonly unavailable?: string;
}
