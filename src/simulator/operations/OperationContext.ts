import type { DataSet } from '../data/DataSet';
import type { PackageCatalog } from '../metadata/PackageCatalog';
import type { ServerState } from '../ServerState';
import type { Session } from '../session/SessionStore';
import type { SimulatorUser } from '../types';
import type { XmlElement } from '../xml/XmlElement';

/** What an operation sees: the logged-in user and session, and the server's state. */
export interface OperationContext {
  readonly user: SimulatorUser;
  readonly session: Session;
  readonly users: readonly SimulatorUser[];
  readonly catalog: PackageCatalog;
  readonly data: DataSet;
  readonly maxCachedQueries: number;
  /** The operation element (`..._Input`). */
  readonly input: XmlElement;
  /** Its name without `_Input`, e.g. `AccountQueryPage`. */
  readonly operationName: string;
  /** Server time of the call (ms): the `Created`/`Updated` stamp of records it writes. */
  readonly now: number;
  /** Counters the write operations add to. */
  readonly counters: ServerState['counters'];
  /** Refusals set by tests (`simulator.data.rejectNext`). */
  readonly rejections: ServerState['rejections'];
}

/** Qualified name and namespace of the output element that mirrors the input element. */
export function outputElement(input: XmlElement): { name: string; namespace: Record<string, string> } {
  const local = input.local.replace(/_Input$/, '_Output');
  return input.uri === '' ? { name: local, namespace: {} } : { name: `ns:${local}`, namespace: { 'xmlns:ns': input.uri } };
}
