import type { DataDatabase, DeletionCheckState } from '../../store';
import type { DeletionPlan } from './deletions/deletionSchedule';

/** A type's deletion check as planned for this run, with what the plan was made from. */
export interface PlannedCheck {
  readonly plan: DeletionPlan;
  readonly state: DeletionCheckState | undefined;
  readonly filterKey: string;
  readonly nowMs: number;
}

/** The Id listing of one type, started ahead of its deletion check. */
export interface IdListing {
  readonly planned: Promise<PlannedCheck>;
  /** The Ids the plan lists (empty for `none`). */
  readonly ids: Promise<Set<string>>;
}

/**
 * One type's incremental download, handed from the download effect to the deletion check that
 * follows it. It owns the two reads the check needs, which start early to overlap the network:
 *
 * - the type's local keys, read when the download starts, before its first write (IndexedDB orders
 *   a read after the writes created before it). Read at the check itself, the ~33,000 keys of a
 *   large type took 100–200 ms with the session idle; read here, they overlap the changes query.
 *   What the download then adds or removes is tracked, so the check sees the keys as they are;
 * - the Id listing, started when the download's last page has arrived, so its requests overlap the
 *   writes of the last batch (one request at a time: a session caches one paged result).
 */
export class TypeDownload {
  /** The local keys when the download started. */
  readonly keysAtStart: Promise<string[]>;
  /** Ids the download wrote for the first time. */
  readonly added = new Set<string>();
  /** Ids the download removed (changed records that left the preset's filter, `filterExits`). */
  readonly removed = new Set<string>();
  private listing: IdListing | null = null;

  constructor(
    readonly typeId: string,
    db: DataDatabase,
  ) {
    this.keysAtStart = db.primaryKeys(typeId);
    // A failed read is reported by the deletion check that awaits it; a run failing earlier drops it.
    this.keysAtStart.catch(() => undefined);
  }

  /** Starts the Id listing with `start`, once; its rejections are taken by whoever settles it. */
  startIdListing(start: () => IdListing): void {
    this.listing ??= start();
  }

  /** The listing the download started, if it got that far. */
  get idListing(): IdListing | null {
    return this.listing;
  }

  /** The type's local keys now: those at the start, minus what the download removed, plus what it added. */
  async localKeys(): Promise<string[]> {
    const keys = await this.keysAtStart;
    const kept = this.removed.size === 0 ? keys : keys.filter((id) => !this.removed.has(id));
    if (this.added.size === 0) return kept;
    return [...new Set([...kept, ...this.added])];
  }

  /**
   * Waits until the listing no longer uses the session, whatever its outcome: a failed run must not
   * send its logoff while a listing request is still in flight.
   */
  async settle(): Promise<void> {
    await this.listing?.ids.catch(() => undefined);
  }
}
