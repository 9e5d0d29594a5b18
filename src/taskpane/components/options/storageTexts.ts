import type { StoragePersistence, StorageStatus } from '../../../host';
import type { Translator } from '../../../i18n';

/** Whether the browser keeps the data, in the user's words. */
export function persistenceLabel({ t }: Translator, persistence: StoragePersistence): string {
  switch (persistence) {
    case 'persistent':
      return t('options.storage.persistent');
    case 'best-effort':
      return t('options.storage.bestEffort');
    default:
      return t('options.storage.unknown');
  }
}

/** What the persistence means for the data and for changes not yet sent to Siebel. */
export function persistenceMeaning({ t }: Translator, persistence: StoragePersistence): string {
  return persistence === 'persistent' ? t('options.storage.meaning.persistent') : t('options.storage.meaning.other');
}

/** The sentence about unsent changes; `null` while they are not counted. */
export function unsentChangesText({ t }: Translator, pending: number | null): string | null {
  if (pending === null) return null;
  if (pending === 0) return t('options.storage.unsent.none');
  return t('options.storage.unsent', { count: pending });
}

const UNITS = [
  { unit: 'gigabyte', size: 1e9 },
  { unit: 'megabyte', size: 1e6 },
  { unit: 'kilobyte', size: 1e3 },
] as const;

/** `12.3 MB` in the translator's formatting locale: decimal units, as disks and browsers count them; kB below that. */
export function formatBytes({ format }: Translator, bytes: number): string {
  const { unit, size } = UNITS.find((u) => bytes >= u.size) ?? UNITS[UNITS.length - 1];
  return format.formatNumber(bytes / size, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
}

/** "12.3 MB used of 2.1 GB the browser allows", or `null` when the browser did not tell. */
export function spaceText(translator: Translator, status: StorageStatus): string | null {
  if (status.usageBytes === null) return null;
  const used = formatBytes(translator, status.usageBytes);
  return status.quotaBytes === null
    ? translator.t('options.storage.used', { used })
    : translator.t('options.storage.usedOfQuota', { used, quota: formatBytes(translator, status.quotaBytes) });
}
