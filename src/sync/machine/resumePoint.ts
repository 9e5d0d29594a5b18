/** Progress of one type's initial download, written with every batch (the store's `Checkpoint`). */
export interface TypeCheckpoint {
  /** StartRowNum of the first page not yet written. */
  readonly startRowNum: number;
  /** The query the rows were counted in; positions are only meaningful for the same query. */
  readonly querySignature: string;
  /** The last page was written. */
  readonly done: boolean;
}

/** Where a type's initial download starts. */
export interface ResumePlan {
  /** Nothing to download: a previous attempt finished this type with the same query. */
  readonly skip: boolean;
  readonly startRowNum: number;
  /** Rows from a different query are in the database: clear the type before starting at 0. */
  readonly clearFirst: boolean;
}

/**
 * Turns a stored checkpoint into the next request. Positions stay valid across sessions
 * because the query is sorted by Id; a changed query (filter, fields, view mode) starts over.
 */
export function resumePoint(checkpoint: TypeCheckpoint | undefined, querySignature: string): ResumePlan {
  if (!checkpoint) return { skip: false, startRowNum: 0, clearFirst: false };
  if (checkpoint.querySignature !== querySignature) return { skip: false, startRowNum: 0, clearFirst: true };
  if (checkpoint.done) return { skip: true, startRowNum: checkpoint.startRowNum, clearFirst: false };
  return { skip: false, startRowNum: checkpoint.startRowNum, clearFirst: false };
}

/** A stable text naming a query: same text ⇔ same rows in the same order. */
export function querySignature(parts: {
  intObjName: string;
  searchSpec: string;
  sortSpec: string;
  viewMode: string;
  fields: readonly string[];
}): string {
  return JSON.stringify([parts.intObjName, parts.searchSpec, parts.sortSpec, parts.viewMode, parts.fields]);
}
