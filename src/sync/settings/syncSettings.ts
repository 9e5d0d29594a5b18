import { DeploymentSettingsError } from '../errors/DeploymentSettingsError';

/** The `sync` section of the deployment file: how the synchronization loads the Siebel Server. */
export interface SyncSettings {
  /**
   * Hours between two full Id listings of a type (its hard-deletion check, docs/sync.md
   * "Incremental changes and deletions"); 0 = on every incremental run. Between two listings a
   * rotating slice of the local Ids is checked on every run.
   */
  readonly deletionCheckHours: number;
}

/** A day: the README's Decisions explain the choice. */
export const DEFAULT_SYNC_SETTINGS: SyncSettings = Object.freeze({ deletionCheckHours: 24 });

/** More than a month between listings would keep a deleted record on a rep's machine longer than anyone expects. */
const MAX_DELETION_CHECK_HOURS = 24 * 31;

const KNOWN_KEYS = ['deletionCheckHours', '$comment'];

/**
 * Validates the deployment file's `sync` section (absent = the defaults), every problem at once.
 *
 * @example
 * parseSyncSettings({ deletionCheckHours: 12 }, 'deployment.json'); // { deletionCheckHours: 12 }
 * @throws DeploymentSettingsError naming the file and each bad setting
 */
export function parseSyncSettings(input: unknown, source: string): SyncSettings {
  if (input === undefined || input === null) return DEFAULT_SYNC_SETTINGS;
  if (typeof input !== 'object' || Array.isArray(input))
    throw new DeploymentSettingsError(
      ['the "sync" section must be a JSON object such as {"deletionCheckHours": 24}'],
      source,
    );
  const record = input as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(record))
    if (!KNOWN_KEYS.includes(key)) problems.push(`"${key}" is not a sync setting (known: deletionCheckHours)`);
  const hours = record.deletionCheckHours;
  let deletionCheckHours = DEFAULT_SYNC_SETTINGS.deletionCheckHours;
  if (hours !== undefined) {
    if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0 || hours > MAX_DELETION_CHECK_HOURS) {
      problems.push(
        `deletionCheckHours must be a number of hours from 0 (check on every synchronization) to ${MAX_DELETION_CHECK_HOURS}, not ${JSON.stringify(hours)}`,
      );
    } else deletionCheckHours = hours;
  }
  if (problems.length > 0) throw new DeploymentSettingsError(problems, source);
  return Object.freeze({ deletionCheckHours });
}
