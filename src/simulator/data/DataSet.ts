import type { DataSetOptions, SimRecord } from '../types';
import { buildStampIndex, type StampField } from './buildStampIndex';
import { DATA_TYPES, DataLayout, DEMO_REP, type DataTypeId } from './DataLayout';
import { generateRecord } from './generateRecord';
import { formatSiebelDateTime, parseSiebelDate } from './siebelDate';

interface Overlay {
  /** Current values of changed generated records, by index. */
  readonly updated: Map<number, SimRecord>;
  /** Deleted refs (generated index or created ref). */
  readonly deleted: Set<number>;
  readonly created: Array<{ record: SimRecord; owner: string }>;
  readonly createdById: Map<string, number>;
}

/**
 * The CRM data: generated records (never materialised as a whole: record i is computed on demand)
 * plus an overlay of creations, updates and deletions. A "ref" numbers every record of a type:
 * 0..generated-1 are generated indices, the rest are created records in creation order.
 * Every time here (`epoch`, `now`) is a wall-time ms of the server's zone (`clock/wallTime`), so
 * stamps, the stamp index and criteria literals all compare as the texts the server writes.
 */
export class DataSet {
  readonly layout: DataLayout;
  private overlays = new Map<DataTypeId, Overlay>();
  private createdCount = 0;
  // Generated stamps never change (updates live in the overlay), so each index is built once.
  private readonly stampIndexes = new Map<string, Float64Array>();

  constructor(
    options: DataSetOptions,
    private readonly epoch: number,
  ) {
    this.layout = new DataLayout(options);
    this.reset();
  }

  /** Drops every mutation: back to the generated data. */
  reset(): void {
    this.overlays = new Map(
      DATA_TYPES.map((type) => [type, { updated: new Map(), deleted: new Set(), created: [], createdById: new Map() }]),
    );
  }

  /** Whether the data set knows a type (packages may define others; they have no data). */
  isDataType(type: string): type is DataTypeId {
    return (DATA_TYPES as readonly string[]).includes(type);
  }

  /** Number of refs of a type (deleted ones included). */
  refCount(type: DataTypeId): number {
    return this.layout.count(type) + this.overlay(type).created.length;
  }

  /** Current record of a ref, or `undefined` when deleted. */
  recordAt(type: DataTypeId, ref: number): SimRecord | undefined {
    const overlay = this.overlay(type);
    if (overlay.deleted.has(ref)) return undefined;
    const generated = this.layout.count(type);
    if (ref >= generated) return overlay.created[ref - generated]?.record;
    return overlay.updated.get(ref) ?? generateRecord(this.layout, type, ref, this.epoch);
  }

  /** Id of a live ref without building the record (`undefined` when deleted). */
  idAt(type: DataTypeId, ref: number): string | undefined {
    const overlay = this.overlay(type);
    if (overlay.deleted.has(ref)) return undefined;
    const generated = this.layout.count(type);
    // An update never changes the Id, so a generated ref's id is arithmetic.
    return ref >= generated ? overlay.created[ref - generated]?.record.Id : this.layout.idOf(type, ref);
  }

  /** Whether a ref's record may differ from its generated values (updated or created). */
  isOverlaid(type: DataTypeId, ref: number): boolean {
    return ref >= this.layout.count(type) || this.overlay(type).updated.has(ref);
  }

  /**
   * Refs (ascending, deleted ones included) whose `field` may be at least `minMs`: generated
   * records whose generated stamp is, plus every updated or created one. A superset: the caller
   * still applies its predicate to each record.
   */
  refsStampedSince(type: DataTypeId, field: StampField, minMs: number): Int32Array {
    const key = `${type}\u0000${field}`;
    let stamps = this.stampIndexes.get(key);
    if (!stamps) this.stampIndexes.set(key, (stamps = buildStampIndex(this.layout, type, this.epoch, field)));
    const overlay = this.overlay(type);
    const refs: number[] = [];
    for (let ref = 0; ref < stamps.length; ref += 1) {
      if (stamps[ref] >= minMs || overlay.updated.has(ref)) refs.push(ref);
    }
    for (let i = 0; i < overlay.created.length; i += 1) refs.push(stamps.length + i);
    return Int32Array.from(refs);
  }

  /** Whether a ref is deleted (cheap: no record is built). */
  isDeleted(type: DataTypeId, ref: number): boolean {
    return this.overlay(type).deleted.has(ref);
  }

  /** Owner login of a ref. */
  ownerAt(type: DataTypeId, ref: number): string {
    const generated = this.layout.count(type);
    return ref >= generated
      ? (this.overlay(type).created[ref - generated]?.owner ?? '')
      : this.layout.ownerOf(type, ref);
  }

  /** Whether every ref is still in id order (true until a record is created), which lets queries skip sorting. */
  refsInIdOrder(type: DataTypeId): boolean {
    return this.overlay(type).created.length === 0;
  }

  /** Ref of a live or deleted record by id. */
  findRef(type: DataTypeId, id: string): number | undefined {
    const created = this.overlay(type).createdById.get(id);
    return created !== undefined ? this.layout.count(type) + created : this.layout.indexOf(type, id);
  }

  create(type: DataTypeId, fields: Record<string, string>, owner = DEMO_REP, now: number): SimRecord {
    const overlay = this.overlay(type);
    const id = fields.Id || `1-9${(++this.createdCount).toString(36).toUpperCase().padStart(6, '0')}`;
    const existing = this.findRef(type, id);
    if (existing !== undefined && !this.isDeleted(type, existing)) {
      throw new Error(`Cannot create ${type} "${id}": a record with this id exists — omit Id to get a new one`);
    }
    const stamp = formatSiebelDateTime(now);
    const record: SimRecord = { Created: stamp, Updated: stamp, ...fields, Id: id };
    overlay.createdById.set(id, overlay.created.length);
    overlay.created.push({ record, owner });
    return record;
  }

  /**
   * Changes fields of a live record. `Updated` becomes `now`, but always at least one second after
   * the previous stamp: Siebel stamps have whole seconds, and two changes in one second (or under a
   * test clock that stands still) must still look different to a client comparing stamps.
   */
  update(type: DataTypeId, id: string, fields: Record<string, string>, now: number): SimRecord {
    const ref = this.liveRef(type, id);
    const current = this.recordAt(type, ref)!;
    const previous = parseSiebelDate(current.Updated ?? '');
    const stamp = previous === undefined ? now : Math.max(now, previous + 1000);
    const record: SimRecord = { ...current, Updated: formatSiebelDateTime(stamp), ...fields, Id: id };
    const overlay = this.overlay(type);
    const generated = this.layout.count(type);
    if (ref >= generated) overlay.created[ref - generated].record = record;
    else overlay.updated.set(ref, record);
    return record;
  }

  /** Deletes one live record (no cascade: see `deleteRecord`). */
  delete(type: DataTypeId, id: string): void {
    this.overlay(type).deleted.add(this.liveRef(type, id));
  }

  get(type: DataTypeId, id: string): SimRecord | undefined {
    const ref = this.findRef(type, id);
    return ref === undefined ? undefined : this.recordAt(type, ref);
  }

  private liveRef(type: DataTypeId, id: string): number {
    const ref = this.findRef(type, id);
    if (ref === undefined || this.isDeleted(type, ref)) {
      throw new Error(`No ${type} with id "${id}" in the simulator — check the id (deleted records cannot be changed)`);
    }
    return ref;
  }

  private overlay(type: DataTypeId): Overlay {
    return this.overlays.get(type)!;
  }
}
