import { DEFAULT_WIRE_PROFILE, parseWireProfile, WireProfileError, type WireProfile } from '../../siebel';
import type { SyncEngine } from '../createSyncEngine';
import { DEFAULT_ADMIN_SETTINGS, parseAdminSettings, throttleAt, type AdminSettings } from './adminSettings';
import { DEFAULT_SHARE_SETTINGS, parseShareSettings, type ShareSettings } from './shareSettings';
import { DEFAULT_SYNC_SETTINGS, parseSyncSettings, type SyncSettings } from './syncSettings';

/**
 * What a company deploys with the add-in (`deployment.json` beside the task pane, or the CLI's
 * `--deployment` file): the Siebel wire profile (docs/protocol.md) and the synchronization settings
 * (docs/sync.md).
 */
export interface Deployment {
  readonly wire: WireProfile;
  /** Absent in deployments built before the section existed: {@link DEFAULT_SYNC_SETTINGS}. */
  readonly sync?: SyncSettings;
  /** Absent in deployments built before the section existed: {@link DEFAULT_SHARE_SETTINGS}. */
  readonly share?: ShareSettings;
  /** Absent in deployments built before the section existed: {@link DEFAULT_ADMIN_SETTINGS}. */
  readonly admin?: AdminSettings;
}

/** No deployment file: Siebel-generated services, as the embedded simulator publishes them. */
export const DEFAULT_DEPLOYMENT: Deployment = Object.freeze({
  wire: DEFAULT_WIRE_PROFILE,
  sync: DEFAULT_SYNC_SETTINGS,
  share: DEFAULT_SHARE_SETTINGS,
  admin: DEFAULT_ADMIN_SETTINGS,
});

const SECTIONS = ['wire', 'sync', 'share', 'admin'];

/**
 * Validates a deployment file's JSON (`null` = no file: the defaults). Every problem is reported
 * at once, before anything is sent to a server.
 *
 * @example
 * const deployment = parseDeployment(JSON.parse(text), 'deployment.json');
 * @throws WireProfileError (`InvalidWireProfile`) naming the file and each bad setting
 * @throws DeploymentSettingsError (same code) for a bad `sync`, `share` or `admin` section
 */
export function parseDeployment(json: unknown, source: string): Deployment {
  if (json === null || json === undefined) return DEFAULT_DEPLOYMENT;
  if (typeof json !== 'object' || Array.isArray(json))
    throw new WireProfileError(['the file must hold a JSON object such as {"wire": {…}}'], source);
  const unknown = Object.keys(json).filter((key) => !SECTIONS.includes(key) && key !== '$comment');
  if (unknown.length > 0)
    throw new WireProfileError(
      unknown.map((key) => `"${key}" is not a section of the deployment file (known: ${SECTIONS.join(', ')})`),
      source,
    );
  const sections = json as { wire?: unknown; sync?: unknown; share?: unknown; admin?: unknown };
  return {
    wire: parseWireProfile(sections.wire, source),
    sync: parseSyncSettings(sections.sync, source),
    share: parseShareSettings(sections.share, source),
    admin: parseAdminSettings(sections.admin, source),
  };
}

/**
 * The engine with the deployment's wire profile on every run whose connection names none, its
 * sync settings on every run that sets none, and the administrator's delay between requests when a
 * throttling window holds the run's start (`now`, the computer's local time): the composition roots
 * (task pane, ribbon, CLI) wrap their engine once instead of every caller adding them.
 */
export function withDeployment(engine: SyncEngine, deployment: Deployment, now = () => new Date()): SyncEngine {
  const deletionCheckHours = (deployment.sync ?? DEFAULT_SYNC_SETTINGS).deletionCheckHours;
  const shareKeyField = (deployment.share ?? DEFAULT_SHARE_SETTINGS).keyField;
  return {
    ...engine,
    synchronize: (options) =>
      engine.synchronize({
        deletionCheckHours,
        shareKeyField,
        ...options,
        connection: {
          wireProfile: deployment.wire,
          requestDelayMs: throttleAt(deployment.admin ?? DEFAULT_ADMIN_SETTINGS, now()).delayBetweenRequestsMs,
          ...options.connection,
        },
      }),
  };
}
