// What the `record-edit` chunk holds (loaded by lazyEdit.ts).
export { DeleteRecordDialog } from './DeleteRecordDialog';
export { RecordEditor } from './RecordEditor';
