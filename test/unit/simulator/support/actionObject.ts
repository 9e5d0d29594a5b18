import type { SimObject } from '../../../../src/simulator/metadata/parseMetaInfo';

/** A field of a test object: its IOElemName is its name without spaces. */
const field = (name: string, dataType = 'DTYPE_TEXT') => ({
  name,
  ioElemName: name.replace(/ /g, ''),
  dataType,
});

/** The simulator's `Action` object, cut down to what search specifications of activities name. */
export const ACTION: SimObject = {
  typeId: 'Action',
  intObjName: 'CRMDesktopActionIO',
  recordElemName: 'Action',
  collectionElemName: 'ListOfCRMDesktopActionIO',
  viewMode: 'Sales Rep',
  fields: [
    field('Id', 'DTYPE_ID'),
    field('Status'),
    field('Created', 'DTYPE_UTCDATETIME'),
    field('Updated', 'DTYPE_UTCDATETIME'),
  ],
};
