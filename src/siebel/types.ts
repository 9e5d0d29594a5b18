import type { WireProfile } from './profile/WireProfile';

/**
 * Public types of the Siebel wire layer (the contract `sync` and the task pane code against).
 * Nothing here knows about React, Office, Dexie or the customization package model: callers pass
 * plain wire names (taken from the package by the sync layer).
 */

/** How to reach and log in to a Siebel Server. */
export interface SiebelConnectionOptions {
  /** The EAI endpoint, e.g. `https://crm.example.com/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1`. */
  readonly endpointUrl: string;
  readonly userName: string;
  /** Kept in memory only; never logged, never in an error message. */
  readonly password: string;
  /** Per-request timeout in milliseconds (default 60 000). */
  readonly timeoutMs?: number;
  /** Largest response body read, in bytes (default 64 MiB); larger answers are refused unread. */
  readonly maxResponseBytes?: number;
  /** Injected for tests; defaults to the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** How the deployment's services are published; `DEFAULT_WIRE_PROFILE` when absent. */
  readonly wireProfile?: WireProfile;
}

/** Arguments and answer of `PIM Client Metadata Service` / `DownloadMetadataFiles`. */
export interface MetadataRequest {
  /** Empty strings on the first call (nothing cached). */
  readonly packageId: string;
  readonly responsibilityId: string;
  readonly hashValue: string;
}

/** One metadata file of the answer, its base64 content decoded to UTF-8 text. */
export interface MetadataFile {
  readonly name: string;
  readonly type: string;
  readonly content: string;
}

/** The answer of `DownloadMetadataFiles`. `files` is empty when `containsFiles` is false. */
export interface MetadataAnswer {
  readonly containsFiles: boolean;
  readonly packageId: string;
  readonly responsibilityId: string;
  readonly hashValue: string;
  readonly files: readonly MetadataFile[];
}

/** One QueryPage call of the EAI Siebel Adapter (see shared/spec/data-sync.md §3). */
export interface QueryPageRequest {
  /** `IntObjName` of the object (`OutputIntObjectName`). */
  readonly intObjName: string;
  /** `SiebMsgXmlCollectionElemName`, e.g. `ListOfAccount`. */
  readonly collectionElemName: string;
  /** `SiebMsgXmlElemName`, e.g. `Account`; also names the operation (`AccountQueryPage_Input`). */
  readonly recordElemName: string;
  /** IOElemNames of the fields to return (the query-by-example instance). */
  readonly fields: readonly string[];
  readonly searchSpec: string;
  readonly sortSpec: string;
  readonly viewMode: string;
  readonly pageSize: number;
  readonly startRowNum: number;
  readonly newQuery: boolean;
}

/** A record of a page: IOElemName → text ('' for an empty element). */
export type WireRecord = Readonly<Record<string, string>>;

/** One page of a QueryPage answer. */
export interface QueryPageResult {
  readonly records: readonly WireRecord[];
  readonly lastPage: boolean;
  readonly numOutputObjects: number;
}

/** One entry of a Siebel fault's error stack (`siebdetail/errorstack/error`), outermost first. */
export interface SiebelErrorEntry {
  /** `SBL-XXX-NNNNN`, parentheses stripped; '' when the server gave none. */
  readonly code: string;
  /** e.g. `IDS_EAI_ERR_INTOBJHIER_ELEM_UNKN`; often ''. */
  readonly symbol: string;
  readonly message: string;
}

/** A SOAP 1.1 fault as read from the wire. */
export interface SoapFault {
  /** `faultcode` as written, e.g. `SOAP-ENV:Server`. */
  readonly faultCode: string;
  readonly faultString: string;
  readonly errors: readonly SiebelErrorEntry[];
}

/** Counters of one {@link SiebelSession}'s life, for logs, reports and tests. */
export interface SiebelSessionStats {
  /** Requests that carried the user name and password. */
  readonly logins: number;
  /** Logoff requests sent. */
  readonly logoffs: number;
  /** Service calls made (a retried call counts once). */
  readonly calls: number;
  /** Calls repeated after a fresh login because the session token was refused. */
  readonly retries: number;
  /** Logins that opened a session (the answer was not a fault); a refused login opens none. */
  readonly opened: number;
  /** HTTP POSTs sent: every call, login, re-login and logoff. */
  readonly requests: number;
  /** Request bodies sent (UTF-8 bytes of the envelopes). */
  readonly bytesSent: number;
  /** Response bodies read, in bytes. */
  readonly bytesReceived: number;
}

/** The operation of one `SyncCommand` of `ExecuteBatch` (see test/fixtures/soap/upload/). */
export type SyncOperation = 'Insert' | 'Update' | 'Delete';

/**
 * One write command: exactly one record of one object type. For `Insert`, `record` has no `Id`;
 * for `Update`, `Id`, the `Updated` last seen and the changed fields ('' clears a field); for
 * `Delete`, `Id` and the `Updated` last seen.
 */
export interface SyncCommand {
  /** Correlation number, unique within the batch; echoed by the answer. */
  readonly commandId: number;
  readonly operation: SyncOperation;
  readonly intObjName: string;
  readonly collectionElemName: string;
  readonly recordElemName: string;
  /** IOElemName → text, written in this order. */
  readonly record: WireRecord;
}

/** The answer to one command: the record as the server now holds it, or that command's error. */
export type SyncCommandResult =
  | { readonly commandId: number; readonly status: 'Success'; readonly record: WireRecord | null }
  | { readonly commandId: number; readonly status: 'Error'; readonly errorCode: string; readonly errorMessage: string };
