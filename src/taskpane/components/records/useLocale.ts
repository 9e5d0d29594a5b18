import { useAppServices } from '../../hooks/useAppServices';

/**
 * Outlook's display language (BCP 47): the language the package's own texts are chosen in (labels,
 * pick-list values, validation messages), as `useDisplayText` does. Not for formatting: dates,
 * numbers and money follow the translator's `formattingLocale` (`useTranslator().format`).
 */
export function usePackageLocale(): string {
  return useAppServices().host.displayLanguage;
}
