import type { CustomizationPackage, FieldDefinition, ObjectType, SyncedType } from '../../../../src/metadata/types';
import type { InstalledPackage } from '../../../../src/store';

/** A field with every flag off; `overrides` sets what a test cares about. */
export function field(name: string, ioElemName: string, overrides: Partial<FieldDefinition> = {}): FieldDefinition {
  return {
    name,
    ioElemName,
    label: name,
    dataType: 'DTYPE_TEXT',
    isPrimaryKey: false,
    isTimestamp: false,
    isPartOfUserKey: false,
    isFilterable: false,
    isHidden: false,
    isRequired: false,
    isReadonly: false,
    isNullable: true,
    hasPicklist: false,
    ...overrides,
  };
}

/** An object type with an `Id` primary key and an `Updated` timestamp in front of `fields`. */
export function objectType(typeId: string, fields: readonly FieldDefinition[]): ObjectType {
  return {
    typeId,
    label: typeId,
    labelPlural: `${typeId}s`,
    intObjName: `CRMDesktop${typeId}IO`,
    recordElemName: typeId,
    collectionElemName: `ListOf${typeId}`,
    viewMode: 'Sales Rep',
    syncFrequencySeconds: 0,
    isTopLevel: true,
    isAssociation: false,
    fields: [
      field('Id', 'Id', { dataType: 'DTYPE_ID', isPrimaryKey: true, isNullable: false }),
      field('Updated', 'Updated', { dataType: 'DTYPE_DATETIME', isTimestamp: true }),
      ...fields,
    ],
    primaryKey: 'Id',
    timestampField: 'Updated',
  };
}

const account = objectType('Account', [
  field('Name', 'Name', { isFilterable: true, isPartOfUserKey: true }),
  field('Location', 'Location', { isFilterable: true, isPartOfUserKey: true }),
  field('Main Phone Number', 'MainPhoneNumber', { dataType: 'DTYPE_PHONE' }),
  field('Type', 'Type', { isFilterable: true, hasPicklist: true }),
]);

const contact = objectType('Contact', [
  field('First Name', 'FirstName', { isFilterable: true }),
  field('Last Name', 'LastName', { isFilterable: true }),
  field('Email Address', 'EmailAddress', { isFilterable: true }),
  field('Work Phone #', 'WorkPhone', { dataType: 'DTYPE_PHONE' }),
  field('Birth Date', 'BirthDate', { dataType: 'DTYPE_DATE', isFilterable: true }),
  field('Account Id', 'AccountId', { dataType: 'DTYPE_ID', refObjTypeId: 'Account' }),
]);

const synced: readonly SyncedType[] = [
  { typeId: 'Account', nameFormat: ':[:(Name):]', links: [], naturalKeys: [['Name', 'Location']] },
  {
    typeId: 'Contact',
    nameFormat: ':[:(First Name):] :[:(Last Name):]',
    links: ['Account Id'],
    naturalKeys: [['First Name', 'Last Name'], ['Email Address']],
  },
];

/** A small sales package (Account, Contact); `overrides` replaces top-level parts. */
export function samplePackage(overrides: Partial<CustomizationPackage> = {}): CustomizationPackage {
  return {
    info: { name: 'Sales', version: '1.0' },
    commonSettings: { maxCommandsPerBatch: 50, maxIdsPerCommand: 50 },
    objects: [account, contact],
    syncedTypes: synced,
    filterPresets: [],
    deletionConfirmation: false,
    mappings: [],
    forms: [],
    strings: { default: {}, byLocale: {} },
    files: [
      { name: 'siebel_meta_info.xml', type: 'XML', content: '<SiebelMetaInfo/>' },
      { name: 'package_res.xml', type: 'XML', content: '<res_root/>' },
    ],
    contentHash: 'content-v1',
    schemaFingerprint: 'schema-v1',
    ...overrides,
  };
}

/** `samplePackage` as installed by the sync layer. */
export function installed(pkg: CustomizationPackage = samplePackage(), packageId = 'PKG-1'): InstalledPackage {
  return {
    pkg,
    packageId,
    responsibilityId: 'RESP-1',
    hashValue: `hash-${pkg.contentHash}`,
    installedAt: 1_700_000_000_000,
  };
}

/** The identity most tests synchronize as. */
export const JSMITH = { userName: 'JSMITH', serverUrl: 'https://crm.example.com/siebel/app/eai/enu/swe' } as const;
