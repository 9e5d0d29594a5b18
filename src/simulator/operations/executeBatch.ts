import { element, textElement } from '../xml/xmlWriter';
import type { SimRecord, SimulatorWire } from '../types';
import { integrationObjectNamespace, writeListArgument } from '../wire/listArgument';
import { CommandError } from './batch/CommandError';
import { matchRejection } from './batch/matchRejection';
import { readCommandFields } from './batch/readCommandFields';
import { readSyncCommands, type SyncCommandInput } from './batch/readSyncCommands';
import { runCommand } from './batch/runCommand';
import { outputElement, type OperationContext } from './OperationContext';

const COMMANDS_NAMESPACE = 'http://www.siebel.com/xml/CRM%20Desktop%20Sync%20Command';

/**
 * `PIM Client Sync Service` / `ExecuteBatch` (reconstructed; test/fixtures/soap/upload/): runs the
 * batch's write commands in order, each on its own (one EAI Siebel Adapter call per record, so one
 * bad record fails alone), and answers one `SyncCommandResult` per command in request order.
 * Problems of the whole batch are SOAP faults, raised before any command runs.
 */
export function executeBatch(context: OperationContext): string {
  const objects = context.catalog.objectsFor(context.user.responsibilityIds);
  const { maxCommandsPerBatch } = context.catalog.settingsFor(context.user.responsibilityIds);
  const commands = readSyncCommands(context.input, context.operationName, objects, maxCommandsPerBatch);
  const scope = { data: context.data, user: context.user, users: context.users, objects, now: context.now };
  const results = commands.map((command) => {
    try {
      const rejection = matchRejection(context.rejections, command, safeFields(command));
      if (rejection) throw rejection;
      const record = runCommand(scope, command);
      count(context, command);
      return success(context.wire, command, record);
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      context.counters.rejectedCommands += 1;
      return failure(command, error);
    }
  });
  const output = outputElement(context);
  return element(
    output.name,
    output.namespace,
    writeListArgument(context.wire, element('ListOfSyncCommand', { xmlns: COMMANDS_NAMESPACE }, results.join(''))),
  );
}

// A rejection filters on field values; a record that cannot be read fails in runCommand anyway.
function safeFields(command: SyncCommandInput): Record<string, string> {
  try {
    return readCommandFields(command);
  } catch {
    return {};
  }
}

function count(context: OperationContext, command: SyncCommandInput): void {
  const kind = command.operation === 'Insert' ? 'inserts' : command.operation === 'Update' ? 'updates' : 'deletes';
  const perType = (context.counters.writes[command.object.typeId] ??= { inserts: 0, updates: 0, deletes: 0 });
  perType[kind] += 1;
  context.counters[kind] += 1;
}

/** A successful command: the record as the server now holds it (none after a Delete), in the profile's message shape. */
function success(wire: SimulatorWire, command: SyncCommandInput, record: SimRecord | null): string {
  const { object } = command;
  const list =
    record === null
      ? ''
      : writeListArgument(
          wire,
          element(
            object.collectionElemName,
            { xmlns: integrationObjectNamespace(object.intObjName) },
            element(
              object.recordElemName,
              {},
              object.fields.map((field) => textElement(field.ioElemName, record[field.name] ?? '')).join(''),
            ),
          ),
        );
  return element(
    'SyncCommandResult',
    {},
    textElement('CommandId', command.commandId) + textElement('Status', 'Success') + list,
  );
}

function failure(command: SyncCommandInput, error: CommandError): string {
  return element(
    'SyncCommandResult',
    {},
    textElement('CommandId', command.commandId) +
      textElement('Status', 'Error') +
      textElement('ErrorCode', error.code) +
      textElement('ErrorMessage', error.message),
  );
}
