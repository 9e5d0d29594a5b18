import type { Clock } from '../../shared';
import type { SyncKind, SyncPhase, SyncProgress } from '../machine/types';

/**
 * Throttles progress reports to one per `intervalMs`; `flush` always reports the latest, so a
 * listener never misses the final numbers.
 */
export class ProgressReporter {
  private current: SyncProgress;
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
    };
  }

  /** A new phase or type: counters restart; reported at once. */
  enter(phase: SyncPhase, kind: SyncKind | null, typeId: string | null = null): void {
    this.current = {
      phase,
      kind,
      typeId,
      recordsWritten: 0,
      pages: 0,
      recordsExpected: null,
      elapsedMs: this.elapsed(),
    };
    this.send();
  }

  /** Adds written records and pages to the current type; reported when the interval allows. */
  advance(records: number, pages: number, recordsExpected: number | null = null): void {
    this.current = {
      ...this.current,
      recordsWritten: this.current.recordsWritten + records,
      pages: this.current.pages + pages,
      recordsExpected: recordsExpected ?? this.current.recordsExpected,
      elapsedMs: this.elapsed(),
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

  private elapsed(): number {
    return this.clock.now() - this.startedAt;
  }

  private send(): void {
    this.unsent = false;
    this.lastSentAt = this.clock.now();
    try {
      this.listener?.({ ...this.current, elapsedMs: this.elapsed() });
    } catch {
      // A failing listener (e.g. a closed task pane) must not stop the synchronization.
    }
  }
}
