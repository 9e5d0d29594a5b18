import { useCallback } from 'react';
import { findObject, formatRecordName, type CustomizationPackage } from '../../../../metadata';
import type { StoredRecord } from '../../../../store';
import { useDisplayText } from '../../../hooks/useDisplayText';

/** How a record is named in the home's rows: its formatted name (or id) and its type's label. */
export function useRecordTitle(
  pkg: CustomizationPackage,
): (typeId: string, id: string, record: StoredRecord) => { name: string; type: string } {
  const text = useDisplayText(pkg);
  return useCallback(
    (typeId, id, record) => ({
      name: formatRecordName(pkg, typeId, record) || id,
      type: text(findObject(pkg, typeId)?.label ?? typeId),
    }),
    [pkg, text],
  );
}
