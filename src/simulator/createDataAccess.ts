import type { DataSet } from './data/DataSet';
import { deleteRecord } from './data/deleteRecord';
import { ownerOfNewRecord } from './data/ownerOfNewRecord';
import { DATA_TYPES, DEMO_REP, type DataTypeId } from './data/DataLayout';
import { visibleOwners } from './data/visibleOwners';
import type { ServerState } from './ServerState';
import type { SimRecord, SimulatorData } from './types';

// Field Names of the generated records, to map IOElemNames ("MainPhoneNumber") back to Names.
const FIELD_NAMES: Record<DataTypeId, readonly string[]> = {
  Account: [
    'Id',
    'Created',
    'Updated',
    'Name',
    'Location',
    'Main Phone Number',
    'Type',
    'Account Status',
    'Industry',
    'Industry Code',
  ],
  Contact: [
    'Id',
    'Created',
    'Updated',
    'First Name',
    'Last Name',
    'Job Title',
    'Email Address',
    'Work Phone #',
    'Account Id',
  ],
  Opportunity: [
    'Id',
    'Created',
    'Updated',
    'Name',
    'Account Id',
    'Sales Stage',
    'Primary Revenue Close Date',
    'Description',
    'Revenue',
    'Primary Revenue Win Probability',
  ],
  Action: [
    'Id',
    'Created',
    'Updated',
    'Description',
    'Type',
    'Planned',
    'Planned Completion',
    'Status',
    'Account Id',
    'Primary Contact Id',
    'Opportunity Id',
    'Comment',
    'CRMD Share Key',
  ],
  ActionContact: ['Id', 'Created', 'Updated', 'Activity Id', 'Contact Id'],
};

const squash = (name: string) => name.replace(/[^A-Za-z0-9_]/g, '').toLowerCase();

/** `simulator.data`: record access for tests and the demo, keyed by Siebel field Name (IOElemNames accepted). */
export function createDataAccess(state: ServerState): SimulatorData {
  const data: DataSet = state.data;
  const typeOf = (typeId: string): DataTypeId => {
    if (!data.isDataType(typeId))
      throw new Error(`Unknown simulator object type "${typeId}" — use one of ${DATA_TYPES.join(', ')}`);
    return typeId;
  };
  const byName = (type: DataTypeId, fields: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(fields).map(([key, value]) => [
        FIELD_NAMES[type].find((name) => name === key || squash(name) === squash(key)) ?? key,
        value,
      ]),
    );
  const ownersFor = (type: DataTypeId, userName?: string, viewMode?: string) => {
    if (userName === undefined) return 'all' as const;
    const user = state.users.find((candidate) => candidate.userName === userName);
    const mode =
      viewMode ??
      state.catalog.objectsFor(user?.responsibilityIds ?? []).find((o) => o.typeId === type)?.viewMode ??
      'Sales Rep';
    return visibleOwners(state.users, userName, mode);
  };
  // Refs visible to a user; needs no record, so counting a million records stays cheap.
  function* visibleRefs(type: DataTypeId, userName?: string, viewMode?: string): Generator<number> {
    const owners = ownersFor(type, userName, viewMode);
    const total = data.refCount(type);
    for (let ref = 0; ref < total; ref += 1) {
      if (data.isDeleted(type, ref) || (owners !== 'all' && !owners.has(data.ownerAt(type, ref)))) continue;
      yield ref;
    }
  }
  function* visible(typeId: string, userName?: string, viewMode?: string): Generator<SimRecord> {
    const type = typeOf(typeId);
    for (const ref of visibleRefs(type, userName, viewMode)) yield data.recordAt(type, ref)!;
  }
  return {
    create: (typeId, fields, options) => {
      const type = typeOf(typeId);
      const named = byName(type, fields);
      return data.create(
        type,
        named,
        options?.owner ?? ownerOfNewRecord(data, type, named, DEMO_REP),
        state.serverClock.wallNow(),
      );
    },
    update: (typeId, id, fields) =>
      data.update(typeOf(typeId), id, byName(typeOf(typeId), fields), state.serverClock.wallNow()),
    delete: (typeId, id) => {
      deleteRecord(data, typeOf(typeId), id);
    },
    rejectNext: (rejection) => {
      state.rejections.push({ rule: rejection, left: rejection.times ?? 1 });
    },
    get: (typeId, id) => data.get(typeOf(typeId), id),
    ownerOf: (typeId, id) => {
      const ref = data.findRef(typeOf(typeId), id);
      return ref === undefined ? undefined : data.ownerAt(typeOf(typeId), ref);
    },
    count: (typeId, userName, viewMode) => {
      let count = 0;
      for (const _ of visibleRefs(typeOf(typeId), userName, viewMode)) count += 1;
      return count;
    },
    list: (typeId, userName, viewMode) => visible(typeId, userName, viewMode),
  };
}
