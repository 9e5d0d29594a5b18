import type { SimObject } from '../../metadata/parseMetaInfo';
import { badBatch, tooManyCommands, unknownIntegrationObject } from '../../soap/faultCatalog';
import { listArgument } from '../../wire/listArgument';
import { childText, type XmlElement } from '../../xml/XmlElement';

/** Operations a `SyncCommand` may carry. */
export type SyncOperation = 'Insert' | 'Update' | 'Delete';
const OPERATIONS: readonly SyncOperation[] = ['Insert', 'Update', 'Delete'];

/** One command of a batch, read far enough to run it; its record's elements are checked when it runs. */
export interface SyncCommandInput {
  readonly commandId: string;
  readonly operation: SyncOperation;
  readonly object: SimObject;
  /** The command's collection element, direct or inside a SiebelMessage (its name is checked per command). */
  readonly collection: XmlElement;
  /** The one record element inside it. */
  readonly record: XmlElement;
}

// The arguments of a SyncCommand; any other child is its record list (direct shape).
const COMMAND_ARGUMENTS = new Set(['CommandId', 'Operation', 'IntObjName']);

/**
 * Reads `ListOfSyncCommand/SyncCommand*` of an ExecuteBatch input, each list directly in its parent
 * or inside a `SiebelMessage` (both shapes are read whatever the server writes). Everything that
 * makes the batch as a whole unusable is a SOAP fault, raised before any command runs: no command
 * list, more commands than the package's `max_commands_per_batch`, a missing or repeated CommandId,
 * an unknown Operation, an integration object the package does not define, not exactly one record.
 */
export function readSyncCommands(
  input: XmlElement,
  operationName: string,
  objects: readonly SimObject[],
  maxCommands: number,
): SyncCommandInput[] {
  const list = listArgument(input, (child) => child.local === 'ListOfSyncCommand');
  if (!list || list.local !== 'ListOfSyncCommand')
    throw badBatch(operationName, 'The request holds no ListOfSyncCommand element.');
  const elements = list.children.filter((child) => child.local === 'SyncCommand');
  if (elements.length > maxCommands) throw tooManyCommands(operationName, elements.length, maxCommands);
  const seen = new Set<string>();
  return elements.map((element, index) => {
    const commandId = childText(element, 'CommandId') ?? '';
    if (commandId === '' || seen.has(commandId)) {
      throw badBatch(
        operationName,
        `Command ${index + 1} has ${commandId === '' ? 'no CommandId' : `the CommandId '${commandId}' of an earlier command`}; give every command a unique CommandId.`,
      );
    }
    seen.add(commandId);
    const operation = childText(element, 'Operation') ?? '';
    if (!(OPERATIONS as readonly string[]).includes(operation)) {
      throw badBatch(
        operationName,
        `Command ${commandId} has the Operation '${operation}'; use Insert, Update or Delete.`,
      );
    }
    const intObjName = childText(element, 'IntObjName') ?? '';
    const object = objects.find((candidate) => candidate.intObjName === intObjName);
    if (!object) throw unknownIntegrationObject(operationName, intObjName, 'IntObjName');
    const collection = listArgument(element, (child) => !COMMAND_ARGUMENTS.has(child.local));
    const records = collection?.children ?? [];
    if (!collection || records.length !== 1) {
      throw badBatch(
        operationName,
        `Command ${commandId} carries ${records.length} records; a command carries exactly one record.`,
      );
    }
    return { commandId, operation: operation as SyncOperation, object, collection, record: records[0] };
  });
}
