import type { SimObject } from '../../metadata/parseMetaInfo';
import type { ServerState } from '../../ServerState';
import { CommandError } from './CommandError';
import type { SyncCommandInput } from './readSyncCommands';

/**
 * The refusal a test asked for (`simulator.data.rejectNext`) that this command matches, consumed
 * once per matching command; `undefined` when none matches.
 */
export function matchRejection(
  rejections: ServerState['rejections'],
  command: SyncCommandInput,
  fields: Readonly<Record<string, string>>,
): CommandError | undefined {
  const index = rejections.findIndex(
    ({ rule }) =>
      (rule.typeId === undefined || rule.typeId === command.object.typeId) &&
      (rule.operation === undefined || rule.operation === command.operation) &&
      (rule.field === undefined || fields[fieldName(command.object, rule.field)] === (rule.value ?? '')),
  );
  if (index < 0) return undefined;
  const entry = rejections[index];
  entry.left -= 1;
  if (entry.left <= 0) rejections.splice(index, 1);
  return new CommandError(
    entry.rule.code ?? 'SBL-EAI-04376',
    entry.rule.message ?? 'The simulated server refused this command (a rejection set by a test).',
  );
}

function fieldName(object: SimObject, nameOrElement: string): string {
  return object.fields.find((field) => field.ioElemName === nameOrElement)?.name ?? nameOrElement;
}
