import { ProtocolError } from '../errors/ProtocolError';
import type { SyncCommand } from '../types';
import { xmlElement, type XmlSpec } from '../xml/writeXml';
import { collectionNamespace, SYNC_BATCH, SYNC_BATCH_NS } from './wireNames';

/**
 * The `ExecuteBatch_Input` element: a Siebel message listing the commands, each with its
 * correlation number, operation, integration object and a Siebel message holding its one record.
 * Record fields are written in the order given; an Insert leaves empty values out (the wire
 * contract: a new record carries only the fields that have a value), an Update writes them as empty
 * elements (which clears the field on the server).
 *
 * @throws ProtocolError `XmlEncode` for an empty batch, a command id that is not a whole number or
 * is used twice, a name that is not an XML name, or a value XML cannot carry
 */
export function encodeExecuteBatch(commands: readonly SyncCommand[]): XmlSpec {
  checkCommandIds(commands);
  return xmlElement(SYNC_BATCH.input, [
    xmlElement(SYNC_BATCH.siebelMessage, [xmlElement(SYNC_BATCH.commandList, commands.map(encodeCommand), { xmlns: SYNC_BATCH_NS })]),
  ]);
}

function encodeCommand(command: SyncCommand): XmlSpec {
  const fields = Object.entries(command.record)
    .filter(([, value]) => command.operation !== 'Insert' || value !== '')
    .map(([name, value]) => xmlElement(name, value));
  return xmlElement(SYNC_BATCH.command, [
    xmlElement(SYNC_BATCH.commandId, String(command.commandId)),
    xmlElement(SYNC_BATCH.operationName, command.operation),
    xmlElement(SYNC_BATCH.commandIntObjName, command.intObjName),
    xmlElement(SYNC_BATCH.siebelMessage, [
      xmlElement(command.collectionElemName, [xmlElement(command.recordElemName, fields)], { xmlns: collectionNamespace(command.intObjName) }),
    ]),
  ]);
}

function checkCommandIds(commands: readonly SyncCommand[]): void {
  if (commands.length === 0) {
    throw new ProtocolError('XmlEncode', 'Cannot write an ExecuteBatch request without commands: a batch needs at least one — send nothing when there is nothing to upload');
  }
  const seen = new Set<number>();
  for (const { commandId } of commands) {
    if (!Number.isSafeInteger(commandId) || commandId < 0) {
      throw new ProtocolError('XmlEncode', `Cannot write CommandId ${commandId} into an ExecuteBatch request: it must be a whole number of at least 0 — number the commands of a batch 1, 2, 3…`);
    }
    if (seen.has(commandId)) {
      throw new ProtocolError('XmlEncode', `Cannot write CommandId ${commandId} twice into one ExecuteBatch request: the answers are matched by it — give every command of a batch its own number`);
    }
    seen.add(commandId);
  }
}
