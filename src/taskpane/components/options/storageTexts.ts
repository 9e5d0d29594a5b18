import type { StoragePersistence, StorageStatus } from '../../../host';

/** Whether the browser keeps the data, in the user's words. */
export function persistenceLabel(persistence: StoragePersistence): string {
  switch (persistence) {
    case 'persistent':
      return 'Kept until you remove it';
    case 'best-effort':
      return 'The browser may clear it when space runs low';
    default:
      return 'This Outlook does not say whether it keeps it';
  }
}

/** What the persistence means for the data and for changes not yet sent to Siebel. */
export function persistenceMeaning(persistence: StoragePersistence): string {
  const wiped =
    "Clearing the Office cache or the browser's data for this site deletes it anyway, with any changes not yet sent to Siebel.";
  if (persistence === 'persistent') return `The browser does not delete it to free space. ${wiped}`;
  return `When the disk runs low, the browser may delete it without asking: your CRM data can be downloaded again, but changes not yet sent to Siebel would be lost. ${wiped}`;
}

/** The sentence about unsent changes; `null` while they are not counted. */
export function unsentChangesText(pending: number | null): string | null {
  if (pending === null) return null;
  if (pending === 0) return 'Every change you made here has been sent to Siebel.';
  const changes = pending === 1 ? '1 change exists' : `${pending} changes exist`;
  return `${changes} only on this computer until the next synchronization sends ${pending === 1 ? 'it' : 'them'} to Siebel.`;
}

const UNITS = [
  { unit: 'gigabyte', size: 1e9 },
  { unit: 'megabyte', size: 1e6 },
  { unit: 'kilobyte', size: 1e3 },
] as const;

/** `12.3 MB` in `locale`: decimal units, as disks and browsers count them; kB below that. */
export function formatBytes(bytes: number, locale: string): string {
  const { unit, size } = UNITS.find((u) => bytes >= u.size) ?? UNITS[UNITS.length - 1];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(
    bytes / size,
  );
}

/** "12.3 MB used of 2.1 GB the browser allows", or `null` when the browser did not tell. */
export function spaceText(status: StorageStatus, locale: string): string | null {
  if (status.usageBytes === null) return null;
  const used = `${formatBytes(status.usageBytes, locale)} used`;
  return status.quotaBytes === null ? used : `${used} of ${formatBytes(status.quotaBytes, locale)} the browser allows`;
}
