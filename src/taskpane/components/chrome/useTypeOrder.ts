import { useMemo } from 'react';
import { useActiveDatabaseHandle } from '../../hooks/useActiveDatabaseHandle';

/** The synchronized types of the active database in the order a run downloads them; empty before the first sync. */
export function useTypeOrder(): readonly string[] {
  const { database } = useActiveDatabaseHandle();
  return useMemo(() => database?.layout.types.map((type) => type.typeId) ?? [], [database]);
}
