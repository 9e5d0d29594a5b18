/**
 * The typed, immutable model of a customization package (see docs/customization-package.md).
 * Produced by `parsePackage` from the files `DownloadMetadataFiles` returns; everything the
 * add-in does with metadata (the local schema, the sync rules, the task pane's forms) reads this.
 *
 * Names: `name` is always the Siebel field Name ("First Name"), `ioElemName` the element name in
 * the Siebel message ("FirstName"), which is also the property name of the field in the local store.
 * Display texts are kept raw (`#key` or literal) and resolved with `displayText(pkg, raw, locale)`.
 */

export type {
  FilterCollection,
  FilterCondition,
  FilterConditionName,
  FilterGroup,
  FilterPreset,
  FilterScalarType,
} from './filterTypes';
export type { PicklistDefinition, PicklistSource, PicklistValue } from './picklistTypes';
import type { FilterPreset } from './filterTypes';
import type { PicklistDefinition } from './picklistTypes';

/** Siebel data types the add-in understands; a field with any other `DataType` is kept as read-only text (a warning). */
export type SiebelDataType =
  | 'DTYPE_ID'
  | 'DTYPE_TEXT'
  | 'DTYPE_NOTE'
  | 'DTYPE_PHONE'
  | 'DTYPE_BOOL'
  | 'DTYPE_INTEGER'
  | 'DTYPE_NUMBER'
  | 'DTYPE_CURRENCY'
  | 'DTYPE_DATE'
  | 'DTYPE_DATETIME'
  | 'DTYPE_UTCDATETIME';

/** A field value as the local store keeps it (the store's `FieldValue`): what `validateRecordValues` checks. */
export type RecordValue = string | number | boolean | null;

/** One `<field>` of an `<object>` in siebel_meta_info.xml. */
export interface FieldDefinition {
  readonly name: string;
  readonly ioElemName: string;
  /** Raw label: `#key` into package_res.xml, or literal text. */
  readonly label: string;
  readonly dataType: SiebelDataType;
  readonly isPrimaryKey: boolean;
  readonly isTimestamp: boolean;
  readonly isPartOfUserKey: boolean;
  /** Searchable in the task pane (and so indexed locally). */
  readonly isFilterable: boolean;
  readonly isHidden: boolean;
  readonly isRequired: boolean;
  readonly isReadonly: boolean;
  readonly isNullable: boolean;
  readonly hasPicklist: boolean;
  /** For a foreign key (`IsRefObjId`): the TypeId it points to (`RefObjTypeId`). */
  readonly refObjTypeId?: string;
  /** `PicklistTypeId`: the `picklist` of siebel_meta_info.xml that holds this field's values. */
  readonly picklistTypeId?: string;
  /** `PicklistCollectionType`: the list of values (LOV type, e.g. `ACCOUNT_STATUS`) inside that pick-list. */
  readonly picklistCollectionType?: string;
}

/** One `<object>` of siebel_meta_info.xml: an object type and how it travels on the wire. */
export interface ObjectType {
  readonly typeId: string;
  readonly label: string;
  readonly labelPlural: string;
  /** `IntObjName`: the integration object (`OutputIntObjectName` of QueryPage). */
  readonly intObjName: string;
  /** `SiebMsgXmlElemName`: each record's element. */
  readonly recordElemName: string;
  /** `SiebMsgXmlCollectionElemName`: the list element inside `SiebelMessage`. */
  readonly collectionElemName: string;
  /** `viewmodes/@General`, else `@ViewMode`. */
  readonly viewMode: string;
  /**
   * `viewmodes/@Dedup`, else {@link viewMode}: the visibility of the natural-key queries that look
   * for duplicates before an insert. Always set by `parsePackage`; absent only in hand-built models
   * (then use `viewMode`).
   */
  readonly dedupViewMode?: string;
  /**
   * `viewmodes/@QBID`, else {@link viewMode}: the visibility of queries by a set of ids (the server
   * version of records about to be updated or deleted). Always set by `parsePackage`; absent only in
   * hand-built models (then use `viewMode`).
   */
  readonly queryByIdViewMode?: string;
  /** `SyncFrequency` in seconds; 0 = every synchronization. */
  readonly syncFrequencySeconds: number;
  readonly isTopLevel: boolean;
  readonly isAssociation: boolean;
  readonly fields: readonly FieldDefinition[];
  /** ioElemName of the `IsPrimaryKey` field (Siebel's `Id`). */
  readonly primaryKey: string;
  /** ioElemName of the `IsTimestamp` field (Siebel's `Updated`), if any. */
  readonly timestampField?: string;
}

/** connector_configuration.xml `types/type`: a synchronized type and its rules. */
export interface SyncedType {
  readonly typeId: string;
  /** `synchronizer/@name_format`, e.g. `:[:(Name):] (:[:(Location):])`. */
  readonly nameFormat: string;
  /** Field Names of `links/link`. */
  readonly links: readonly string[];
  /** OR between keys, AND between the field Names of one key. */
  readonly naturalKeys: readonly (readonly string[])[];
  /**
   * How a record changed both locally and on the server is resolved (`synchronizer/conflict_resolution`).
   * Always set by `parsePackage`; absent only in hand-built models: read it through `conflictRulesOf`.
   */
  readonly conflictRules?: ConflictRules;
}

/** Which side wins a conflicting field: the user's change (`local`) or Siebel's (`server`; the package writes `remote`). */
export type ConflictPreference = 'local' | 'server';

/**
 * The package's declarative replacement for Siebel's autoresolver.js (our format, not Oracle's):
 * a field listed in `fields` is resolved by its preference, any other field by `default`
 * (`ask` = the user chooses).
 */
export interface ConflictRules {
  readonly default: 'ask' | ConflictPreference;
  /** Field Name → preference. */
  readonly fields: Readonly<Record<string, ConflictPreference>>;
}

/** A field shown on a form. */
export interface FormField {
  /** Field Name. */
  readonly field: string;
  readonly control: 'edit' | 'combobox';
  /** Raw label of the `static` that precedes the control, else the field's label. */
  readonly label: string;
  readonly valueKind: 'string' | 'datetime';
  /** A combobox whose source type is an object type: a lookup of that type. */
  readonly referenceTypeId?: string;
  /** A combobox whose source is a pick list (e.g. `SalesStagePicklist`). */
  readonly picklist?: string;
}

/** A named block of fields on a form (`stack/@group`). */
export interface FormGroup {
  /** package_res key of the group's title (no `#`). */
  readonly key: string;
  readonly fields: readonly FormField[];
}

/**
 * A rule expression in the grammar the add-in evaluates: `item['<Field Name>'] == '<text>'` (or
 * `!=`), joined by `&&` and `||`, with parentheses.
 */
export type RuleExpression =
  | { readonly kind: 'compare'; readonly field: string; readonly op: '==' | '!='; readonly value: string }
  | { readonly kind: 'and' | 'or'; readonly items: readonly RuleExpression[] };

/** A `validation_rules/rule`. */
export interface ValidationRule {
  /** Raw message. */
  readonly message: string;
  readonly expression: string;
  /** `expression` parsed; absent when it is outside the grammar (warned about and not checked). */
  readonly condition?: RuleExpression;
  /** Field Names the rule asserts (from `asserted_control` ids mapped to fields). */
  readonly fields: readonly string[];
}

/** A detail form of forms_xx.xml, bound to an object type through siebel_basic_mapping.xml. */
export interface FormDefinition {
  readonly id: string;
  readonly typeId: string;
  readonly groups: readonly FormGroup[];
  readonly validationRules: readonly ValidationRule[];
}

/** siebel_basic_mapping.xml `types/type`. */
export interface TypeMapping {
  readonly typeId: string;
  /** Raw display name (form `display_name`, else type `display_name`). */
  readonly displayName: string;
  readonly formId?: string;
}

/** A metadata file as downloaded (content decoded to text). */
export interface PackageFile {
  readonly name: string;
  readonly type: string;
  readonly content: string;
}

/** The whole customization package, immutable. */
export interface CustomizationPackage {
  readonly info: {
    readonly name: string;
    readonly version: string;
    readonly minClientVersion?: string;
    readonly maxClientVersion?: string;
  };
  /** `null` = no limit. */
  readonly commonSettings: {
    readonly maxCommandsPerBatch: number | null;
    readonly maxIdsPerCommand: number | null;
  };
  /** Every object of siebel_meta_info.xml. */
  readonly objects: readonly ObjectType[];
  /** The object types that synchronize, in sync order (referenced types first). */
  readonly syncedTypes: readonly SyncedType[];
  readonly filterPresets: readonly FilterPreset[];
  readonly deletionConfirmation: boolean;
  readonly mappings: readonly TypeMapping[];
  readonly forms: readonly FormDefinition[];
  /** Display strings: `default` from package_res.xml, others by locale (`de_DE`) from package_res.xx_YY.xml. */
  readonly strings: {
    readonly default: Readonly<Record<string, string>>;
    readonly byLocale: Readonly<Record<string, Readonly<Record<string, string>>>>;
  };
  /**
   * The pick-lists of siebel_meta_info.xml by TypeId. Always set by `parsePackage`; absent only in
   * hand-built models (then no field has values to choose from).
   */
  readonly picklists?: readonly PicklistDefinition[];
  /**
   * Everything the parser ignored or degraded (also passed to `onWarning`), for the sync log and
   * the task pane. Left out of both fingerprints. Always set by `parsePackage`; absent only in
   * hand-built models: read it through `packageWarnings`.
   */
  readonly warnings?: readonly PackageWarning[];
  /** The files as received, kept to persist the package and recompute fingerprints. */
  readonly files: readonly PackageFile[];
  /** Fingerprint of all file contents (sent back as `hashValue` when the server gives none). */
  readonly contentHash: string;
  /** Fingerprint of only what shapes stored data: objects, fields, types, keys. */
  readonly schemaFingerprint: string;
}

/**
 * One reason a package cannot be used. `path` is an element path inside `file`, e.g.
 * `SiebelMetaInfo/object[@TypeId='Contact']/field[@Name='Account Id']` (`/` = the file as a whole).
 */
export interface PackageProblem {
  readonly file: string;
  readonly path: string;
  readonly message: string;
}

/** Something in a package that was ignored or looks wrong but does not stop its use. */
export type PackageWarning = PackageProblem;

/** Options of `parsePackage`. */
export interface ParsePackageOptions {
  /** Called once per warning (unknown element or attribute, missing display string, …). */
  readonly onWarning?: (warning: PackageWarning) => void;
}
