import { Body1, Spinner } from '@fluentui/react-components';
import { useMemo } from 'react';
import { findObject, formatRecordName, type CustomizationPackage } from '../../../metadata';
import type { DataDatabase, FieldValue } from '../../../store';
import { createRecord, updateRecord } from '../../../sync';
import { useDisplayText } from '../../hooks/useDisplayText';
import { useLocale } from '../records/useLocale';
import type { RecordRef } from '../records/RecordRef';
import { useAsync } from '../records/useAsync';
import { editPlan } from './editPlan';
import { RecordForm } from './RecordForm';

/** Props of {@link RecordEditor}. */
export interface RecordEditorProps {
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  readonly typeId: string;
  /** The record to edit; `null` creates a new one. */
  readonly recordId: string | null;
  /** After a successful save, with the record as stored (a new one has its local id). */
  readonly onSaved: (ref: RecordRef) => void;
  readonly onCancel: () => void;
}

/** Creates or edits one record with the package's form and rules, saving it locally as a pending change. */
export function RecordEditor({ db, pkg, typeId, recordId, onSaved, onCancel }: RecordEditorProps) {
  const text = useDisplayText(pkg);
  const locale = useLocale();
  const object = findObject(pkg, typeId);
  const groups = useMemo(() => editPlan(pkg, typeId), [pkg, typeId]);
  const loaded = useAsync(
    () => (recordId === null ? Promise.resolve(null) : db.get(typeId, recordId).then((r) => r ?? undefined)),
    [db, typeId, recordId],
  );
  if (!object)
    return <Body1 role="alert">{typeId} records cannot be edited: the package does not describe them.</Body1>;
  if (loaded.status === 'loading') return <Spinner size="small" label="Loading the record" />;
  if (loaded.status === 'failed')
    return (
      <Body1 role="alert">Reading the record failed: {(loaded.error as Error)?.message ?? String(loaded.error)}</Body1>
    );
  const record = loaded.value;
  if (record === undefined)
    return <Body1 role="alert">This record is no longer in your local data, so it cannot be edited.</Body1>;
  // The locale makes the package's validation messages come back in Outlook's language.
  const ctx = { db, pkg, locale };
  const save = async (values: Readonly<Record<string, FieldValue>>) => {
    // Nothing changed: nothing to store or send.
    if (recordId !== null && Object.keys(values).length === 0) return onSaved({ typeId, id: recordId });
    const saved =
      recordId === null ? await createRecord(ctx, typeId, values) : await updateRecord(ctx, typeId, recordId, values);
    onSaved({ typeId, id: String(saved[object.primaryKey] ?? recordId) });
  };
  const title =
    record === null ? `New ${text(object.label)}` : `Edit ${formatRecordName(pkg, typeId, record) || recordId}`;
  return <RecordForm db={db} pkg={pkg} groups={groups} record={record} title={title} save={save} onCancel={onCancel} />;
}
