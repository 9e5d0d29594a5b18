import type { QueryPageRequest } from '../../../../src/siebel';

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

/** The cached ids and hash of the metadata goldens. */
export const cachedMetadata = { packageId: '1-PKG-SALES', responsibilityId: '1-RESP-SALES', hashValue: '5f1c0a9e2b7d4c3a' };
