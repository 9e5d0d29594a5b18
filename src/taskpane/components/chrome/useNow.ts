import { useAppServices } from '../../hooks/useAppServices';
import { useTicker } from './useTicker';

/** How often relative times ("5 min. ago") are brought up to date. */
export const NOW_REFRESH_MS = 30_000;

/** The time now, from the add-in's clock (tests inject one), read again every {@link NOW_REFRESH_MS}. */
export function useNow(): number {
  const { clock } = useAppServices();
  useTicker(NOW_REFRESH_MS);
  return clock?.now() ?? Date.now();
}
