/* Parsing and validation */
export { parsePackage } from './parsePackage';
export { PackageError } from './errors/PackageError';

/* Fingerprints */
export { computeContentHash } from './computeContentHash';
export { computeSchemaFingerprint } from './computeSchemaFingerprint';

/* Display */
export { displayText } from './displayText';
export { formatRecordName } from './formatRecordName';

/* Lookups */
export { findObject } from './findObject';
export { primaryKeyName } from './primaryKeyName';
export { fieldByName } from './fieldByName';
export { searchableFields } from './searchableFields';
export { referenceFields } from './referenceFields';
export { referenceFieldsTo } from './referenceFieldsTo';
export { ruleFields } from './ruleFields';
export { defaultPreset } from './defaultPreset';
export { usablePreset } from './usablePreset';
export { formForType } from './formForType';
export { conflictRulesOf } from './conflictRulesOf';

/* Pick-lists */
export { fieldPicklist } from './fieldPicklist';
export type { FieldPicklist, PicklistRecordCondition } from './fieldPicklist';
export { picklistValuesFromRecords } from './picklistValuesFromRecords';

/* Warnings (what the parser ignored or degraded) */
export { packageWarnings } from './packageWarnings';

/* Validation of user input */
export { validateRecordValues } from './validateRecordValues';
export type { ValidateRecordOptions } from './validateRecordValues';

/* Model */
export type {
  ConflictPreference,
  ConflictRules,
  CustomizationPackage,
  FieldDefinition,
  FilterCollection,
  FilterCondition,
  FilterConditionName,
  FilterGroup,
  FilterPreset,
  FilterScalarType,
  FormDefinition,
  FormField,
  FormGroup,
  ObjectType,
  PackageFile,
  PackageProblem,
  PackageWarning,
  ParsePackageOptions,
  PicklistDefinition,
  PicklistSource,
  PicklistValue,
  RecordValue,
  RuleExpression,
  SiebelDataType,
  SyncedType,
  TypeMapping,
  ValidationRule,
} from './types';
export type { ReferenceField } from './referenceFields';
export type { IncomingReference } from './referenceFieldsTo';
