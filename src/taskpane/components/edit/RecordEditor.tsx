import { Body1, Spinner } from '@fluentui/react-components';
import { useMemo, type ReactNode } from 'react';
import { findObject, formatRecordName, type CustomizationPackage } from '../../../metadata';
import type { DataDatabase, FieldValue } from '../../../store';
import { createRecord, updateRecord } from '../../../sync';
import { useDisplayText } from '../../hooks/useDisplayText';
import { useTranslator } from '../../language/TranslatorContext';
import { FailureNote } from '../records/FailureNote';
import { usePackageLocale } from '../records/useLocale';
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
  /**
   * The starting values of a new record by ioElemName (e.g. a contact made from an e-mail address);
   * saved like typed ones. Ignored when editing an existing record.
   */
  readonly initialValues?: Readonly<Record<string, FieldValue>>;
  /** Shown under the form's heading: where prefilled values came from. */
  readonly intro?: ReactNode;
  /** Keeps Save and Cancel in view at the bottom of the pane (see `RecordForm`). */
  readonly stickyActions?: boolean;
}

/** Creates or edits one record with the package's form and rules, saving it locally as a pending change. */
export function RecordEditor({
  db,
  pkg,
  typeId,
  recordId,
  onSaved,
  onCancel,
  initialValues,
  intro,
  stickyActions = false,
}: RecordEditorProps) {
  const { t } = useTranslator();
  const text = useDisplayText(pkg);
  const locale = usePackageLocale();
  const object = findObject(pkg, typeId);
  const groups = useMemo(() => editPlan(pkg, typeId), [pkg, typeId]);
  const loaded = useAsync(
    () => (recordId === null ? Promise.resolve(null) : db.get(typeId, recordId).then((r) => r ?? undefined)),
    [db, typeId, recordId],
  );
  if (!object) return <Body1 role="alert">{t('edit.notDescribed', { type: typeId })}</Body1>;
  if (loaded.status === 'loading') return <Spinner size="small" label={t('records.detail.loading')} />;
  if (loaded.status === 'failed') return <FailureNote lead={t('records.detail.readFailed')} error={loaded.error} />;
  const record = loaded.value;
  if (record === undefined) return <Body1 role="alert">{t('edit.gone')}</Body1>;
  // The locale makes the package's validation messages come back in Outlook's language, like its labels.
  const ctx = { db, pkg, locale };
  const save = async (values: Readonly<Record<string, FieldValue>>) => {
    // Nothing changed: nothing to store or send.
    if (recordId !== null && Object.keys(values).length === 0) return onSaved({ typeId, id: recordId });
    const saved =
      recordId === null ? await createRecord(ctx, typeId, values) : await updateRecord(ctx, typeId, recordId, values);
    onSaved({ typeId, id: String(saved[object.primaryKey] ?? recordId) });
  };
  const title =
    record === null
      ? t('edit.title.new', { type: text(object.label) })
      : t('edit.title.edit', { name: formatRecordName(pkg, typeId, record) || String(recordId) });
  return (
    <RecordForm
      db={db}
      pkg={pkg}
      groups={groups}
      record={record}
      {...(record === null && initialValues ? { initialValues } : {})}
      intro={intro}
      stickyActions={stickyActions}
      title={title}
      save={save}
      onCancel={onCancel}
    />
  );
}
