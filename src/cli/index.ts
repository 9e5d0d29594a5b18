/* The crm-desktop-sync command */
export { main } from './main';
export type { CliIo } from './main';
export { parseCliArgs, CliUsageError, USAGE } from './parseCliArgs';
export type { CliArgs } from './parseCliArgs';

/* Keeping fake-indexeddb databases in files */
export { loadDataDirectory, saveDataDirectory } from './dataDirectory';
