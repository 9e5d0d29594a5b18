import type { DataLayout, DataTypeId } from './DataLayout';
import { generatedStamps } from './generateRecord';

/** The record fields the data set keeps an index of (generated values, in ms). */
export type StampField = 'Created' | 'Updated';

/**
 * The generated `Created` or `Updated` stamp (ms) of every generated record of a type, by index.
 * Arithmetic only (two random draws per record, no strings), so 100,000 records take a few ms:
 * what lets "changed since T" skip building records, as a database index on the column would.
 */
export function buildStampIndex(layout: DataLayout, type: DataTypeId, epoch: number, field: StampField): Float64Array {
  const stamps = new Float64Array(layout.count(type));
  for (let index = 0; index < stamps.length; index += 1) {
    const { created, updated } = generatedStamps(layout, type, index, epoch);
    stamps[index] = field === 'Created' ? created : updated;
  }
  return stamps;
}
