import type { DataSet } from '../data/DataSet';
import type { PackageCatalog } from '../metadata/PackageCatalog';
import type { ServerState } from '../ServerState';
import type { Session } from '../session/SessionStore';
import type { SimulatorUser, SimulatorWire } from '../types';
import type { XmlElement } from '../xml/XmlElement';

/** What an operation sees: the logged-in user and session, and the server's state. */
export interface OperationContext {
  readonly user: SimulatorUser;
  readonly session: Session;
  readonly users: readonly SimulatorUser[];
  readonly catalog: PackageCatalog;
  readonly data: DataSet;
  readonly maxCachedQueries: number;
  /** Sort spec per data type for queries that name none; absent type = by Id. */
  readonly defaultSort: Readonly<Record<string, string>>;
  /** How the services are published: names, namespace, shapes (in force for this call). */
  readonly wire: SimulatorWire;
  /** The object manager's `MaximumPageSize`. */
  readonly maximumPageSize: number;
  /** Set by a `shortPage` fault rule: a QueryPage answers at most this many rows. */
  readonly pageRows?: number;
  /** The operation element (`..._Input`). */
  readonly input: XmlElement;
  /** Its name without `_Input`, e.g. `AccountQueryPage`. */
  readonly operationName: string;
  /** The request's `SOAPAction` header without quotes, if it sent one. */
  readonly soapAction?: string;
  /**
   * Server time of the call as wall-time ms in the server's zone (see `clock/wallTime`): the
   * `Created`/`Updated` stamp of records it writes, once formatted.
   */
  readonly now: number;
  /** Counters the write operations add to. */
  readonly counters: ServerState['counters'];
  /** Refusals set by tests (`simulator.data.rejectNext`). */
  readonly rejections: ServerState['rejections'];
}

/** Qualified name and namespace declaration of the `…_Output` element, in the service's namespace. */
export function outputElement(context: Pick<OperationContext, 'wire' | 'operationName'>): {
  name: string;
  namespace: Record<string, string>;
} {
  return { name: `ns:${context.operationName}_Output`, namespace: { 'xmlns:ns': context.wire.operationNamespace } };
}
