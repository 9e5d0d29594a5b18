import type { SiebelSession } from '../session/SiebelSession';
import type { SyncCommand, SyncCommandResult } from '../types';
import { decodeExecuteBatch } from './decodeExecuteBatch';
import { encodeExecuteBatch } from './encodeExecuteBatch';
import { operationName } from '../profile/operationNames';

/**
 * Sends one batch of write commands through `PIM Client Sync Service.ExecuteBatch` and returns one
 * result per command, in the order of `commands`. Each command succeeds or fails on its own (its
 * `errorCode` says why, see `SYNC_ERROR_CODES`); only a fault for the whole call throws. Keep a batch
 * within the package's `max_commands_per_batch`; an empty batch is not sent.
 *
 * @example
 * const [result] = await executeBatch(session, [{ commandId: 1, operation: 'Insert', intObjName: 'CRMDesktopAccountIO',
 *   collectionElemName: 'ListOfAccount', recordElemName: 'Account', record: { Name: 'Globex', Location: 'Berlin' } }]);
 * if (result.status === 'Success') console.log(result.record?.Id);
 * @throws SiebelFaultError, SessionError, TransportError, ProtocolError
 */
export async function executeBatch(
  session: SiebelSession,
  commands: readonly SyncCommand[],
  options: { readonly signal?: AbortSignal } = {},
): Promise<SyncCommandResult[]> {
  if (commands.length === 0) return [];
  const { profile } = session;
  const body = encodeExecuteBatch(commands, profile);
  return session.call(
    {
      kind: 'executeBatch',
      operation: operationName(profile, 'executeBatch'),
      body,
      decode: (xml) => decodeExecuteBatch(xml, commands, profile),
    },
    options.signal,
  );
}
