import type { DataSet } from '../../data/DataSet';
import type { DataTypeId } from '../../data/DataLayout';
import { deleteRecord } from '../../data/deleteRecord';
import { ownerOfNewRecord } from '../../data/ownerOfNewRecord';
import { serverDefaults } from '../../data/serverDefaults';
import { parseSiebelDate } from '../../data/siebelDate';
import { findUserKeyMatch, USER_KEYS } from '../../data/userKeys';
import { visibleOwners } from '../../data/visibleOwners';
import type { SimObject } from '../../metadata/parseMetaInfo';
import type { SimRecord } from '../../types';
import { duplicateUserKey, noStorage, noSuchRecord, recordChanged, requiredField } from './commandErrors';
import { readCommandFields } from './readCommandFields';
import type { SyncCommandInput } from './readSyncCommands';
import { validateFields, type ValidationScope } from './validateFields';

/** What one command runs against: the writer, the data, the time of the call. */
export interface CommandScope extends ValidationScope {
  readonly now: number;
}

// System fields: the server sets them; on Update/Delete, Id and Updated identify the version.
const SYSTEM_FIELDS = new Set(['Id', 'Created', 'Updated']);

/**
 * Runs one write command with Siebel's semantics and returns the record as the server now holds it
 * (`null` after a Delete). Throws `CommandError` for a failure of this command only.
 */
export function runCommand(scope: CommandScope, command: SyncCommandInput): SimRecord | null {
  const fields = readCommandFields(command);
  const type = command.object.typeId;
  if (!scope.data.isDataType(type)) throw noStorage(type);
  switch (command.operation) {
    case 'Insert':
      return insert(scope, command.object, type, fields);
    case 'Update':
      return update(scope, command.object, type, fields);
    case 'Delete': {
      const { id } = currentVersion(scope, command.object, type, fields);
      deleteRecord(scope.data, type, id);
      return null;
    }
  }
}

function insert(scope: CommandScope, object: SimObject, type: DataTypeId, fields: Record<string, string>): SimRecord {
  const written = withoutSystemFields(fields);
  const record = { ...serverDefaults(type, written, scope.now), ...written };
  validateFields(scope, object, record, record);
  checkUserKey(scope.data, type, record);
  return scope.data.create(type, record, ownerOfNewRecord(scope.data, type, record, scope.user.userName), scope.now);
}

function update(scope: CommandScope, object: SimObject, type: DataTypeId, fields: Record<string, string>): SimRecord {
  const { id, current } = currentVersion(scope, object, type, fields);
  const written = withoutSystemFields(fields);
  const result = { ...current, ...written };
  validateFields(scope, object, written, result);
  if (USER_KEYS[type]?.some((name) => name in written)) checkUserKey(scope.data, type, result, id);
  // Writing the values the record already has changes nothing, so it keeps its stamp.
  if (Object.entries(written).every(([name, value]) => (current[name] ?? '') === value)) return current;
  return scope.data.update(type, id, written, scope.now);
}

/**
 * The live record an Update or Delete names, visible to the writer under the object's view mode
 * (else SBL-EAI-04403), still at the version the client read: its `Updated` when the command
 * carries one (else SBL-DAT-00523).
 */
function currentVersion(
  scope: CommandScope,
  object: SimObject,
  type: DataTypeId,
  fields: Record<string, string>,
): { id: string; current: SimRecord } {
  const id = fields.Id ?? '';
  if (id === '') throw requiredField('Id');
  const { data } = scope;
  const ref = data.findRef(type, id);
  const owners = visibleOwners(scope.users, scope.user.userName, object.viewMode);
  const current = ref === undefined ? undefined : data.recordAt(type, ref);
  if (ref === undefined || !current || (owners !== 'all' && !owners.has(data.ownerAt(type, ref))))
    throw noSuchRecord(object.recordElemName, id);
  const seen = fields.Updated;
  if (seen !== undefined && seen !== '' && !sameStamp(seen, current.Updated ?? '')) throw recordChanged();
  return { id, current };
}

function sameStamp(a: string, b: string): boolean {
  const [ms1, ms2] = [parseSiebelDate(a), parseSiebelDate(b)];
  return ms1 !== undefined && ms2 !== undefined ? ms1 === ms2 : a === b;
}

function checkUserKey(data: DataSet, type: DataTypeId, record: SimRecord, exceptId?: string): void {
  if (findUserKeyMatch(data, type, record, exceptId)) throw duplicateUserKey(USER_KEYS[type] ?? []);
}

function withoutSystemFields(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([name]) => !SYSTEM_FIELDS.has(name)));
}
