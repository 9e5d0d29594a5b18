import { DEFAULT_WIRE_PROFILE, parseWireProfile, WireProfileError, type WireProfile } from '../siebel';
import type { SyncEngine } from './createSyncEngine';

/**
 * What a company deploys with the add-in (`deployment.json` beside the task pane, or the CLI's
 * `--deployment` file), documented in docs/protocol.md. Today it holds the Siebel wire profile.
 */
export interface Deployment {
  readonly wire: WireProfile;
}

/** No deployment file: Siebel-generated services, as the embedded simulator publishes them. */
export const DEFAULT_DEPLOYMENT: Deployment = Object.freeze({ wire: DEFAULT_WIRE_PROFILE });

const SECTIONS = ['wire'];

/**
 * Validates a deployment file's JSON (`null` = no file: the defaults). Every problem is reported
 * at once, before anything is sent to a server.
 *
 * @example
 * const deployment = parseDeployment(JSON.parse(text), 'deployment.json');
 * @throws WireProfileError (`InvalidWireProfile`) naming the file and each bad setting
 */
export function parseDeployment(json: unknown, source: string): Deployment {
  if (json === null || json === undefined) return DEFAULT_DEPLOYMENT;
  if (typeof json !== 'object' || Array.isArray(json)) throw new WireProfileError(['the file must hold a JSON object such as {"wire": {…}}'], source);
  const unknown = Object.keys(json).filter((key) => !SECTIONS.includes(key) && key !== '$comment');
  if (unknown.length > 0) throw new WireProfileError(unknown.map((key) => `"${key}" is not a section of the deployment file (known: ${SECTIONS.join(', ')})`), source);
  return { wire: parseWireProfile((json as { wire?: unknown }).wire, source) };
}

/**
 * The engine with the deployment's wire profile on every run whose connection names none: the
 * composition roots (task pane, ribbon) wrap their engine once instead of every caller adding it.
 */
export function withDeployment(engine: SyncEngine, deployment: Deployment): SyncEngine {
  return {
    ...engine,
    synchronize: (options) => engine.synchronize({ ...options, connection: { wireProfile: deployment.wire, ...options.connection } }),
  };
}
