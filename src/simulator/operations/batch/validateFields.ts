import type { DataSet } from '../../data/DataSet';
import { parseSiebelDate } from '../../data/siebelDate';
import { listOfValues } from '../../data/listsOfValues';
import { visibleOwners } from '../../data/visibleOwners';
import type { SimObject } from '../../metadata/parseMetaInfo';
import type { SimRecord, SimulatorUser } from '../../types';
import { badDate, notInPicklist, requiredField, unknownReference } from './commandErrors';

/** Fields a record of a type must hold (Siebel's required fields of these business components). */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  Account: ['Name'],
  Contact: ['Last Name'],
  Opportunity: ['Name'],
  Action: ['Type', 'Description'],
  ActionContact: ['Activity Id', 'Contact Id'],
};

/** Who writes, and what the server knows: enough to check values and references. */
export interface ValidationScope {
  readonly data: DataSet;
  readonly user: SimulatorUser;
  readonly users: readonly SimulatorUser[];
  /** Objects of the user's package: a referenced type's view mode decides what the user may link to. */
  readonly objects: readonly SimObject[];
}

/**
 * Checks a write as the server's business component would, in this order: required fields of the
 * resulting record (SBL-DAT-00498), then each written value: bounded picklists (SBL-EAI-04401),
 * date formats (SBL-DAT-00359) and references to live records the user may see (SBL-EAI-04397).
 * Only written values are checked: what the server already holds is trusted.
 */
export function validateFields(
  scope: ValidationScope,
  object: SimObject,
  written: Readonly<Record<string, string>>,
  result: SimRecord,
): void {
  for (const name of REQUIRED[object.typeId] ?? []) {
    if (object.fields.some((field) => field.name === name) && (result[name] ?? '') === '') throw requiredField(name);
  }
  for (const field of object.fields) {
    const value = written[field.name];
    if (value === undefined || value === '' || field.name === 'Id' || field.name === 'Updated') continue;
    const allowed = field.hasPicklist ? listOfValues(object.typeId, field.name) : undefined;
    if (allowed && !allowed.includes(value)) throw notInPicklist(object.recordElemName, field.name, value);
    checkDate(field.name, field.dataType, value);
    if (field.refObjTypeId !== undefined) checkReference(scope, field.name, field.refObjTypeId, value);
  }
}

function checkDate(name: string, dataType: string, value: string): void {
  if (dataType === 'DTYPE_DATE') {
    if (!/^\d{2}\/\d{2}\/\d{4}$/.test(value) || parseSiebelDate(value) === undefined)
      throw badDate(name, value, 'MM/DD/YYYY');
  } else if (dataType === 'DTYPE_DATETIME' || dataType === 'DTYPE_UTCDATETIME') {
    const match = /^\d{2}\/\d{2}\/\d{4} (\d{2}):(\d{2}):(\d{2})$/.exec(value);
    const inRange = match !== null && Number(match[1]) < 24 && Number(match[2]) < 60 && Number(match[3]) < 60;
    if (!inRange || parseSiebelDate(value) === undefined) throw badDate(name, value, 'MM/DD/YYYY HH:MM:SS');
  }
}

function checkReference(scope: ValidationScope, name: string, typeId: string, id: string): void {
  const { data } = scope;
  if (!data.isDataType(typeId)) return;
  const ref = data.findRef(typeId, id);
  if (ref === undefined || data.isDeleted(typeId, ref)) throw unknownReference(name, typeId, id);
  const target = scope.objects.find((candidate) => candidate.typeId === typeId);
  // A type outside the user's package has no view mode for him: existence is all we can check.
  if (!target) return;
  const owners = visibleOwners(scope.users, scope.user.userName, target.viewMode);
  if (owners !== 'all' && !owners.has(data.ownerAt(typeId, ref))) throw unknownReference(name, typeId, id);
}
