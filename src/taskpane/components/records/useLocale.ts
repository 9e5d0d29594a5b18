import { useAppServices } from '../../hooks/useAppServices';

/** Outlook's display language (BCP 47), used to format numbers and dates. */
export function useLocale(): string {
  return useAppServices().host.displayLanguage;
}
