import { preloadable } from '../../preloadable';

// The record editor (its fields: combobox, textarea, date inputs, the reference picker with its
// popup) and the delete question (a dialog) are the `record-edit` chunk: the records list and a
// record's detail show without them. The chunk is fetched when the page is idle after the list
// showed, or as soon as the pointer or the focus reaches New, Edit or Delete — before the click
// (docs/performance.md, "First screen").
const editChunk = preloadable(() => import(/* webpackChunkName: "record-edit" */ './editChunk'));

/** Loaders of the `record-edit` chunk, for `usePreloadWhenIdle`. */
export const EDIT_CHUNK = [editChunk.load];

/** Starts fetching the editor's code (on hover or focus of a button that opens it); a failure shows when it opens. */
export function preloadRecordEditing(): void {
  editChunk.load().catch(() => undefined);
}

/** `RecordEditor` (RecordEditor.tsx), loaded on first use: render it inside a `Suspense`. */
export const RecordEditor = editChunk.lazy((m) => m.RecordEditor);

/** `DeleteRecordDialog` (DeleteRecordDialog.tsx), loaded on first use: render it inside a `Suspense`. */
export const DeleteRecordDialog = editChunk.lazy((m) => m.DeleteRecordDialog);
