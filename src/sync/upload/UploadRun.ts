import { conflictRulesOf, type ConflictRules, type CustomizationPackage, type ObjectType } from '../../metadata';
import type { DataDatabase, LocalIssue, LocalIssueKind, LocalMutation, PendingChange, StoredRecord } from '../../store';
import type { SyncIssue } from '../machine/types';
import { objectOf } from '../download/typeQuery';
import type { Workspace } from '../run/Workspace';

/** What an issue adds to its pending change's record (see `LocalIssue`). */
export type IssueDetails = Pick<LocalIssue, 'message'> &
  Partial<Pick<LocalIssue, 'code' | 'server' | 'fields' | 'matches'>>;

/** The shared state of one upload phase: database, package, counters and the issues already open. */
export class UploadRun {
  readonly counts = { inserted: 0, updated: 0, deleted: 0, issues: 0 };
  /** Issues opened or renewed in this run, as the report and the sync log list them. */
  readonly reportIssues: SyncIssue[] = [];

  constructor(
    readonly ws: Workspace,
    readonly db: DataDatabase,
    readonly pkg: CustomizationPackage,
    private readonly openIssues: Map<string, LocalIssue>,
  ) {}

  now(): number {
    return this.ws.runtime.clock.now();
  }

  object(typeId: string): ObjectType {
    return objectOf(this.pkg, typeId);
  }

  /** The type's conflict rules (connector_configuration.xml); none = ask the user. */
  rules(typeId: string): ConflictRules {
    return conflictRulesOf(this.pkg, typeId);
  }

  /**
   * Opens (or renews) the change's issue and updates the pending change in one transaction:
   * `blocked` waits for the user, `ready` is sent again on the next run.
   */
  async raise(
    change: PendingChange,
    kind: LocalIssueKind,
    details: IssueDetails,
    pending: { state: 'ready' | 'blocked'; failed: boolean },
    extra: LocalMutation = {},
  ): Promise<void> {
    const id = `${change.typeId}:${change.recordId}`;
    const now = this.now();
    const issue: LocalIssue = {
      id,
      typeId: change.typeId,
      recordId: change.recordId,
      kind,
      operation: change.operation,
      ...details,
      createdAt: this.openIssues.get(id)?.createdAt ?? now,
      updatedAt: now,
    };
    const updated: PendingChange = {
      ...change,
      state: pending.state,
      attempts: change.attempts + (pending.failed ? 1 : 0),
      updatedAt: now,
    };
    if (
      !(await this.db.applyLocal({
        ...extra,
        expect: [expectedRevision(change)],
        pending: { put: [updated] },
        issues: { put: [issue] },
      }))
    )
      return;
    this.openIssues.set(id, issue);
    this.counts.issues++;
    this.reportIssues.push({ typeId: change.typeId, recordId: change.recordId, message: details.message });
  }

  /** Drops a pending change (and its issue) that has nothing left to send, writing `record` when given. */
  async drop(change: PendingChange, record: StoredRecord | null): Promise<void> {
    const id = `${change.typeId}:${change.recordId}`;
    const dropped = await this.db.applyLocal({
      expect: [expectedRevision(change)],
      ...(record ? { puts: [{ typeId: change.typeId, record }] } : {}),
      pending: { delete: [{ typeId: change.typeId, recordId: change.recordId }] },
      issues: { delete: [id] },
    });
    if (dropped) this.openIssues.delete(id);
  }
}

/**
 * The precondition of every write of the upload: the change is still the one, at the revision, that
 * was read (its `changeId` too: a discard and a new edit restart the revision).
 * The task pane saves while a run in the worker uploads; a newer edit is left alone (checked in the
 * write's own transaction) and goes out with the next run.
 */
export function expectedRevision(change: PendingChange) {
  const { typeId, recordId, revision, changeId } = change;
  return { typeId, recordId, revision, changeId };
}
