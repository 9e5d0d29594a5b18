import type { QueryPageRequest, SyncCommand } from '../../../../src/siebel';

/** The account query of the QueryPage goldens (test/fixtures/soap/data/QueryPage.first.request.xml). */
export const accountQuery: QueryPageRequest = {
  intObjName: 'CRMDesktopAccountIO',
  collectionElemName: 'ListOfAccount',
  recordElemName: 'Account',
  fields: ['Id', 'Updated', 'Name', 'Location'],
  searchSpec: "[Account.Updated] >= '01/31/2024 10:00:00' AND [Account.Name] <> 'O''Brien & Sons'",
  sortSpec: 'Id',
  viewMode: 'Sales Rep',
  pageSize: 100,
  startRowNum: 0,
  newQuery: true,
};

/** The same query as the default wire profile sends it: criteria in a `searchspec` attribute, `[Field Name]` references. */
export const attributeAccountQuery: QueryPageRequest = {
  ...accountQuery,
  searchSpec: "[Updated] >= '01/31/2024 10:00:00' AND [Name] <> 'O''Brien & Sons'",
};

/** The cached ids and hash of the metadata goldens. */
export const cachedMetadata = {
  packageId: '1-PKG-SALES',
  responsibilityId: '1-RESP-SALES',
  hashValue: '5f1c0a9e2b7d4c3a',
};

/** The three commands of the upload goldens (test/fixtures/soap/upload/ExecuteBatch.request.xml). */
export const uploadBatch: readonly SyncCommand[] = [
  {
    commandId: 1,
    operation: 'Insert',
    intObjName: 'CRMDesktopAccountIO',
    collectionElemName: 'ListOfAccount',
    recordElemName: 'Account',
    record: { Name: 'Müller & Söhne', Location: 'Köln', Type: 'Customer' },
  },
  {
    commandId: 2,
    operation: 'Update',
    intObjName: 'CRMDesktopContactIO',
    collectionElemName: 'ListOfContact',
    recordElemName: 'Contact',
    record: { Id: '1-2000001', Updated: '02/02/2024 16:05:10', JobTitle: 'VP Sales', WorkPhone: '' },
  },
  {
    commandId: 3,
    operation: 'Delete',
    intObjName: 'CRMDesktopOpportunityIO',
    collectionElemName: 'ListOfOpportunity',
    recordElemName: 'Opportunity',
    record: { Id: '1-3000002', Updated: '02/03/2024 08:30:00' },
  },
];
