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
export { fieldByName } from './fieldByName';
export { searchableFields } from './searchableFields';
export { referenceFields } from './referenceFields';
export { defaultPreset } from './defaultPreset';
export { formForType } from './formForType';

/* Model */
export type {
  CustomizationPackage,
  FieldDefinition,
  FilterCondition,
  FilterGroup,
  FilterPreset,
  FormDefinition,
  FormField,
  FormGroup,
  ObjectType,
  PackageFile,
  PackageProblem,
  PackageWarning,
  ParsePackageOptions,
  SiebelDataType,
  SyncedType,
  TypeMapping,
  ValidationRule,
} from './types';
export type { ReferenceField } from './referenceFields';
