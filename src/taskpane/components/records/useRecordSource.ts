import { useMemo } from 'react';
import type { DataDatabase } from '../../../store';
import type { ListPlan } from './listPlan';
import type { PagedSource } from './usePagedRecords';

/**
 * The rows of one type: the whole table sorted by the plan's field when `searchText` is empty
 * (total from `count`), else a prefix search over the type's searchable fields (through their
 * indexes; the total is unknown, so the list grows page by page).
 */
export function useRecordSource(
  db: DataDatabase,
  typeId: string,
  plan: ListPlan,
  searchText: string,
  dataVersion: number,
): PagedSource {
  const text = searchText.trim();
  return useMemo<PagedSource>(() => {
    const key = `${db.name}|${typeId}|${plan.orderBy ?? ''}|${dataVersion}|${text}`;
    if (text === '') {
      return {
        key,
        fetchPage: (offset, limit) =>
          db.list(typeId, { ...(plan.orderBy ? { orderBy: plan.orderBy } : {}), offset, limit }),
        count: () => db.count(typeId),
      };
    }
    return {
      key,
      fetchPage: (offset, limit) => db.search(typeId, { text, offset, limit }),
      count: async () => null,
    };
  }, [db, typeId, plan.orderBy, dataVersion, text]);
}
