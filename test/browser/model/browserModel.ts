import { isLocalId } from '../../../src/store';
import type { TrackedChange } from '../../model/ModelState';
import { BROWSER_TYPES, type BrowserType, type LocalSnapshot } from './browserWorld';

/**
 * What a browser schedule remembers between commands. As in the Node suite (test/model/ModelState.ts)
 * it keeps the user's intent: the local creates and edits made in the task pane that the server has
 * not been seen to hold yet. The server cannot be listed through the simulator's admin API, so the
 * model also keeps which records the server shows the user (`visible`: the initial data, plus server
 * creates and uploaded local creates, minus server deletes) and which ones a command changed
 * (`touched`: compared field by field after every successful sync).
 */
export class BrowserModel {
  /** Unsettled local changes (ioElemName → value); settled ones (seen on the server) are dropped. */
  changes: TrackedChange[] = [];
  /** Server Ids per type the user sees (JSMITH's records; Accounts and Contacts are all in the preset's filter). */
  readonly visible: Record<BrowserType, Set<string>> = { Account: new Set(), Contact: new Set() };
  /** Records changed on either side: compared field by field with the server after each successful sync. */
  readonly touched: Record<BrowserType, Set<string>> = { Account: new Set(), Contact: new Set() };
  /** Records created in the task pane, per type: the server must never have counted more inserts. */
  readonly localCreates: Record<BrowserType, number> = { Account: 0, Contact: 0 };
  /**
   * A latency rule on ExecuteBatch (see browserCommands, edits while a sync uploads) the run it was
   * meant for did not use: it holds the next upload, and counts as an injected fault there.
   */
  lingeringUploadLatency = false;
  /** Counter for unique labels and values. */
  next = 0;
  /** What ran, for the failure message. */
  readonly trace: string[] = [];
  /** Set when replaying a seed: prints each step and what it left. */
  log?: (line: string) => void;

  /** The visible set is what the first (initial) sync stored: every record has a server Id. */
  constructor(first: LocalSnapshot) {
    for (const typeId of BROWSER_TYPES) {
      for (const record of first.records[typeId]) {
        const id = String(record.Id);
        if (isLocalId(id)) throw new Error(`the initial sync left a ${typeId} with the local id ${id}`);
        this.visible[typeId].add(id);
      }
    }
  }

  label(prefix: string): string {
    this.next += 1;
    return `${prefix}${this.next}`;
  }

  /**
   * Merges a UI edit into the model: into the unsettled create of the record (found by its label:
   * never sent, or sent while an edit made during that upload kept it pending, when it already has
   * its server Id), else into the record's edit.
   */
  trackEdit(typeId: BrowserType, id: string, label: string, fields: Record<string, string>): void {
    const create = this.changes.find((c) => c.op === 'create' && c.typeId === typeId && c.label === label);
    if (create) {
      Object.assign(create.fields, fields);
      return;
    }
    if (isLocalId(id)) throw new Error(`edited the never-sent ${typeId} ${label}, which the model did not create`);
    const edit = this.changes.find((c) => c.op === 'edit' && c.typeId === typeId && c.id === id);
    if (edit) Object.assign(edit.fields, fields);
    else this.changes.push({ op: 'edit', typeId, id, fields: { ...fields } });
  }
}
