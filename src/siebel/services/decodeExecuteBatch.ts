import { decodeSoapReply, type SoapReply } from '../soap/decodeSoapReply';
import { requireText, shapeError } from '../soap/shapeError';
import type { SyncCommand, SyncCommandResult, WireRecord } from '../types';
import { childrenNamed, findChild, type XmlElement } from '../xml/XmlElement';
import { operationName, outputElement } from '../profile/operationNames';
import { DEFAULT_WIRE_PROFILE, type WireProfile } from '../profile/WireProfile';
import { findObjectList } from '../soap/objectList';
import { requireOutput } from '../soap/requireOutput';
import { readWireRecord } from './readWireRecord';
import { SYNC_BATCH, SYNC_STATUS } from './wireNames';

const SOURCE = SYNC_BATCH.operation;
const SIEBEL_CODE = /SBL-[A-Z]{3}-\d{5}/;

/**
 * Decodes an `ExecuteBatch` answer for the `commands` that were sent: exactly one
 * `SyncCommandResult` per command, matched by `CommandId` and returned in the order of `commands`.
 * A successful Insert or Update must carry its one record (empty element → ''); a successful
 * Delete gives `record: null`. An Error without `ErrorCode` takes the `SBL-…` code of its message.
 *
 * @throws ProtocolError `UnexpectedSoapShape` when a result is missing, unknown, repeated or
 * malformed, plus the envelope errors of {@link decodeSoapReply}
 */
export function decodeExecuteBatch(
  xml: string,
  commands: readonly SyncCommand[],
  profile: WireProfile = DEFAULT_WIRE_PROFILE,
): SoapReply<SyncCommandResult[]> {
  return decodeSoapReply(xml, SOURCE, (output) => readOutput(output, commands, profile));
}

function readOutput(output: XmlElement, commands: readonly SyncCommand[], profile: WireProfile): SyncCommandResult[] {
  requireOutput(output, outputElement(operationName(profile, 'executeBatch')), profile.operationNamespace, SOURCE);
  // Read in both shapes (straight in the output, or inside SiebelMessage); a missing list means no
  // results, which the per-command check below reports by name.
  const list = findObjectList(output, SYNC_BATCH.commandList);
  const byId = new Map(commands.map((command) => [command.commandId, command]));
  const results = new Map<number, SyncCommandResult>();
  for (const element of list ? childrenNamed(list, SYNC_BATCH.result) : []) {
    const result = readResult(element, byId);
    if (results.has(result.commandId))
      throw shapeError(SOURCE, `command ${result.commandId} has more than one <${SYNC_BATCH.result}>`);
    results.set(result.commandId, result);
  }
  return commands.map((command) => {
    const result = results.get(command.commandId);
    if (!result)
      throw shapeError(
        SOURCE,
        `command ${command.commandId} (${command.operation} ${command.recordElemName}) has no <${SYNC_BATCH.result}>`,
      );
    return result;
  });
}

function readResult(element: XmlElement, byId: ReadonlyMap<number, SyncCommand>): SyncCommandResult {
  const idText = requireText(element, SYNC_BATCH.commandId, SOURCE).trim();
  const command = /^\d+$/.test(idText) ? byId.get(Number(idText)) : undefined;
  if (!command) throw shapeError(SOURCE, `<${SYNC_BATCH.commandId}> "${idText}" names no command of the request`);
  const commandId = command.commandId;
  const status = requireText(element, SYNC_BATCH.status, SOURCE).trim();
  if (status === SYNC_STATUS.error) {
    const errorMessage = (findChild(element, SYNC_BATCH.errorMessage)?.text ?? '').trim();
    const written = (findChild(element, SYNC_BATCH.errorCode)?.text ?? '').trim();
    return {
      commandId,
      status: 'Error',
      errorCode: written || (SIEBEL_CODE.exec(errorMessage)?.[0] ?? ''),
      errorMessage,
    };
  }
  if (status !== SYNC_STATUS.success)
    throw shapeError(
      SOURCE,
      `<${SYNC_BATCH.status}> of command ${commandId} is "${status}", expected Success or Error`,
    );
  // The server's answer to a delete carries nothing worth keeping.
  if (command.operation === 'Delete') return { commandId, status: 'Success', record: null };
  return { commandId, status: 'Success', record: readRecord(element, command) };
}

function readRecord(element: XmlElement, command: SyncCommand): WireRecord {
  const what = `the ${command.operation} of command ${command.commandId}`;
  const list = findObjectList(element, command.collectionElemName);
  if (!list)
    throw shapeError(SOURCE, `${what} succeeded without returning the record (no <${command.collectionElemName}>)`);
  const records = list.children;
  if (records.length !== 1 || records[0].local !== command.recordElemName) {
    throw shapeError(
      SOURCE,
      `${what} returned ${records.length} elements in <${command.collectionElemName}>, expected one <${command.recordElemName}>`,
    );
  }
  return readWireRecord(records[0]);
}
