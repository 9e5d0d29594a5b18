import { unknownFieldElement } from './commandErrors';
import type { SyncCommandInput } from './readSyncCommands';

/**
 * The fields of a command's record by Siebel field Name (text trimmed; an empty element is ''),
 * in document order. A collection, record or field element the integration object does not
 * define fails this command with SBL-EAI-04127, as the same element fails a QueryPage.
 */
export function readCommandFields(command: SyncCommandInput): Record<string, string> {
  const { object, collection, record } = command;
  if (collection.local !== object.collectionElemName) throw unknownFieldElement(collection.local, object.intObjName);
  if (record.local !== object.recordElemName) throw unknownFieldElement(record.local, object.intObjName);
  const fields: Record<string, string> = {};
  for (const child of record.children) {
    const field = object.fields.find((candidate) => candidate.ioElemName === child.local);
    if (!field) throw unknownFieldElement(child.local, object.recordElemName);
    fields[field.name] = child.text.trim();
  }
  return fields;
}
