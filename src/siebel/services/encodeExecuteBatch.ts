import { ProtocolError } from '../errors/ProtocolError';
import type { SyncCommand } from '../types';
import { inputElement, operationName } from '../profile/operationNames';
import { DEFAULT_WIRE_PROFILE, type WireProfile } from '../profile/WireProfile';
import { objectArgument } from '../soap/objectList';
import { xmlElement, type XmlSpec } from '../xml/writeXml';
import { collectionNamespace, SYNC_BATCH, SYNC_BATCH_NS } from './wireNames';

/**
 * The `ExecuteBatch_Input` element: the command list, each command with its correlation number,
 * operation, integration object and its one record, every integration-object argument in the wire
 * profile's shape (the list itself, or wrapped in `SiebelMessage`).
 * Record fields are written in the order given; an Insert leaves empty values out (the wire
 * contract: a new record carries only the fields that have a value), an Update writes them as empty
 * elements (which clears the field on the server).
 *
 * @throws ProtocolError `XmlEncode` for an empty batch, a command id that is not a whole number or
 * is used twice, a name that is not an XML name, or a value XML cannot carry
 */
export function encodeExecuteBatch(
  commands: readonly SyncCommand[],
  profile: WireProfile = DEFAULT_WIRE_PROFILE,
): XmlSpec {
  checkCommandIds(commands);
  return xmlElement(inputElement(operationName(profile, 'executeBatch')), [
    objectArgument(
      profile,
      xmlElement(
        SYNC_BATCH.commandList,
        commands.map((command) => encodeCommand(command, profile)),
        { xmlns: SYNC_BATCH_NS },
      ),
    ),
  ]);
}

function encodeCommand(command: SyncCommand, profile: WireProfile): XmlSpec {
  const fields = Object.entries(command.record)
    .filter(([, value]) => command.operation !== 'Insert' || value !== '')
    .map(([name, value]) => xmlElement(name, value));
  return xmlElement(SYNC_BATCH.command, [
    xmlElement(SYNC_BATCH.commandId, String(command.commandId)),
    xmlElement(SYNC_BATCH.operationName, command.operation),
    xmlElement(SYNC_BATCH.commandIntObjName, command.intObjName),
    objectArgument(
      profile,
      xmlElement(command.collectionElemName, [xmlElement(command.recordElemName, fields)], {
        xmlns: collectionNamespace(command.intObjName),
      }),
    ),
  ]);
}

function checkCommandIds(commands: readonly SyncCommand[]): void {
  if (commands.length === 0) {
    throw new ProtocolError(
      'XmlEncode',
      'Cannot write an ExecuteBatch request without commands: a batch needs at least one — send nothing when there is nothing to upload',
    );
  }
  const seen = new Set<number>();
  for (const { commandId } of commands) {
    if (!Number.isSafeInteger(commandId) || commandId < 0) {
      throw new ProtocolError(
        'XmlEncode',
        `Cannot write CommandId ${commandId} into an ExecuteBatch request: it must be a whole number of at least 0 — number the commands of a batch 1, 2, 3…`,
      );
    }
    if (seen.has(commandId)) {
      throw new ProtocolError(
        'XmlEncode',
        `Cannot write CommandId ${commandId} twice into one ExecuteBatch request: the answers are matched by it — give every command of a batch its own number`,
      );
    }
    seen.add(commandId);
  }
}
