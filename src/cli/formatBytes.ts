import type { Translator } from '../i18n';
import { ENGLISH } from './cliLanguage';

/** A byte count for people: `812 B`, `4.2 KB`, `25.3 MB` (powers of 1,024, one decimal, the translator's decimal sign). */
export function formatBytes(bytes: number, translator: Translator = ENGLISH): string {
  if (bytes < 1024) return translator.t('cli.bytes.B', { value: String(bytes) });
  const units = ['cli.bytes.KB', 'cli.bytes.MB', 'cli.bytes.GB'] as const;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const decimal = translator.format.formatNumber(value, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    useGrouping: false,
  });
  return translator.t(units[unit], { value: decimal });
}
