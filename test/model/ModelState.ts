/**
 * What the model remembers between commands: the local changes the user made that Siebel has not
 * been seen to hold yet, the shares, and which login and guarantees are in force. What the server
 * holds is read from the simulator itself (it is the server); the model keeps the user's intent,
 * which is exactly what a sync engine may lose.
 */

/** A local create, edit or delete not yet seen on the server. */
export interface TrackedChange {
  readonly typeId: string;
  readonly op: 'create' | 'edit' | 'delete';
  /**
   * create: the record's unique label (its Name / LastName), which survives the local id's remap.
   * delete: set instead of `id` for a never-sent record deleted while a sync ran (its insert may
   * have reached the server already; then the server's copy must go too, see `mayRemain`).
   */
  readonly label?: string;
  /** The ioElemName holding `label` when it is not the type's LABEL_FIELD (a namesake contact is found by its e-mail). */
  readonly labelField?: string;
  /** edit/delete: the server Id it was made on. */
  readonly id?: string;
  /** ioElemName → value the server must end with (create and edit). */
  readonly fields: Record<string, string>;
  /**
   * Fields the package resolves "remote wins" in a conflict (Opportunity Sales Stage), with the
   * value the local edit started from: if the server changed the field since, its value wins and
   * the local one is dropped by design (docs/local-changes.md, conflicts).
   */
  remoteWins?: Record<string, string>;
  /**
   * delete by label: the client may never learn that the insert reached the server (an answer lost
   * to a fault or a crash), so a server copy without local work is allowed then (the documented
   * edge of "a never-sent record deleted: nothing left to send", docs/local-changes.md).
   */
  mayRemain?: boolean;
}

/** One Outlook item shared by the user. */
export interface TrackedShare {
  readonly key: string;
  readonly subject: string;
  /**
   * The share created a new local activity: if the server already held one with this key, the
   * upload links to it and the server's values win (docs/local-changes.md, "Share identity"), so
   * only "exactly one activity with the key" is expected, not the subject.
   */
  readonly created: boolean;
}

export class ModelState {
  /** Unsettled local changes; settled ones (seen on the server) are dropped. */
  changes: TrackedChange[] = [];
  shares = new Map<string, TrackedShare>();
  /** Every share key used, for the "never two activities" check. */
  readonly shareKeys = new Set<string>();
  /** An active database exists (a first sync completed). */
  hasDatabase = false;
  /**
   * An answer may have been lost on its way to the client (a fault was injected, a run was aborted
   * or crashed): a never-sent record deleted since may stay on the server (`mayRemain`).
   */
  answerMayBeLost = false;
  /**
   * The server's clock was moved since the last successful sync. A real server's clock steps once
   * (daylight saving time, a correction), not back and forth within minutes; two moves between two
   * syncs can hide a change from both query windows (docs/sync.md, "A server clock that goes back").
   */
  serverClockMovedSinceSync = false;
  /**
   * A run crashed since the last run started: it may have died between its count of unsent changes
   * and its swap, leaving the database closed for edits until the next run starts
   * (`DataDatabase.closeForEdits`). A save refused with `EditsClosedError` is then an error the user
   * sees, not a loss.
   */
  editsMayBeClosed = false;
  /** Counter for unique labels and share subjects. */
  next = 0;
  /** What ran, for the failure message. */
  readonly trace: string[] = [];

  label(prefix: string): string {
    this.next += 1;
    return `${prefix}${this.next}`;
  }
}
