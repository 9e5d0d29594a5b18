import type { Clock } from '../../shared';
import type { SyncKind, SyncPhase, SyncProgress, TypeProgress } from '../machine/types';

/**
 * Throttles progress reports to one per `intervalMs`; `flush` always reports the latest, so a
 * listener never misses the final numbers. Keeps every downloaded type's numbers for the run
 * (`types`), so a listener that joins late (the task pane following the ribbon) still sees them all.
 */
export class ProgressReporter {
  private current: SyncProgress;
  private types: readonly TypeProgress[] = [];
  private typeStartedMs = 0;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private unsent = false;

  constructor(
    private readonly clock: Clock,
    private readonly startedAt: number,
    private readonly intervalMs: number,
    private readonly listener: ((progress: SyncProgress) => void) | undefined,
  ) {
    this.current = {
      phase: 'idle',
      kind: null,
      typeId: null,
      recordsWritten: 0,
      pages: 0,
      recordsExpected: null,
      elapsedMs: 0,
      types: [],
    };
  }

  /** A new phase or type: counters restart; reported at once. */
  enter(phase: SyncPhase, kind: SyncKind | null, typeId: string | null = null): void {
    this.finishTypes();
    // Only downloads count per type: a deletion check's numbers are Ids listed, not records received.
    if (phase === 'downloading' && typeId !== null) this.startType(typeId);
    this.current = {
      phase,
      kind,
      typeId,
      recordsWritten: 0,
      pages: 0,
      recordsExpected: null,
      elapsedMs: this.elapsed(),
      types: this.types,
    };
    this.send();
  }

  /** Adds written records and pages to the current type; reported when the interval allows. */
  advance(records: number, pages: number, recordsExpected: number | null = null): void {
    if (this.current.phase === 'downloading' && this.current.typeId !== null)
      this.updateType(this.current.typeId, (type) => ({
        ...type,
        recordsWritten: type.recordsWritten + records,
        // Records without pages are rows a resumed download already held: not received in this run.
        recordsResumed: type.recordsResumed + (pages === 0 ? records : 0),
        recordsExpected: recordsExpected ?? type.recordsExpected,
        activeMs: this.elapsed() - this.typeStartedMs,
      }));
    this.current = {
      ...this.current,
      recordsWritten: this.current.recordsWritten + records,
      pages: this.current.pages + pages,
      recordsExpected: recordsExpected ?? this.current.recordsExpected,
      elapsedMs: this.elapsed(),
      types: this.types,
    };
    this.unsent = true;
    if (this.clock.now() - this.lastSentAt >= this.intervalMs) this.send();
  }

  /** Reports the latest numbers if they were held back. */
  flush(): void {
    if (this.unsent) this.send();
  }

  /** The latest numbers, sent or not. */
  snapshot(): SyncProgress {
    return this.current;
  }

  private startType(typeId: string): void {
    this.typeStartedMs = this.elapsed();
    const fresh: TypeProgress = {
      typeId,
      recordsWritten: 0,
      recordsResumed: 0,
      recordsExpected: null,
      activeMs: 0,
      finished: false,
    };
    // A type entered again in the same run (not expected, but harmless) restarts in its place.
    this.types = this.types.some((type) => type.typeId === typeId)
      ? this.types.map((type) => (type.typeId === typeId ? fresh : type))
      : [...this.types, fresh];
  }

  private finishTypes(): void {
    if (!this.types.some((type) => !type.finished)) return;
    const now = this.elapsed();
    this.types = this.types.map((type) =>
      type.finished ? type : { ...type, activeMs: now - this.typeStartedMs, finished: true },
    );
  }

  private updateType(typeId: string, change: (type: TypeProgress) => TypeProgress): void {
    this.types = this.types.map((type) => (type.typeId === typeId ? change(type) : type));
  }

  private elapsed(): number {
    return this.clock.now() - this.startedAt;
  }

  private send(): void {
    this.unsent = false;
    this.lastSentAt = this.clock.now();
    try {
      const elapsedMs = this.elapsed();
      // The type in progress counts until now, not until its last page.
      const types = this.types.map((type) =>
        type.finished ? type : { ...type, activeMs: elapsedMs - this.typeStartedMs },
      );
      this.listener?.({ ...this.current, elapsedMs, types });
    } catch {
      // A failing listener (e.g. a closed task pane) must not stop the synchronization.
    }
  }
}
