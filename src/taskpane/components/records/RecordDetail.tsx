import { Body1, Caption1, makeStyles, Spinner, Subtitle2, Title3, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, type ReactNode } from 'react';
import { findObject, formatRecordName, type CustomizationPackage, type ObjectType } from '../../../metadata';
import { isLocalId, type DataDatabase, type StoredRecord } from '../../../store';
import { useDisplayText } from '../../hooks/useDisplayText';
import { useTranslator } from '../../language/TranslatorContext';
import { PendingBadge } from '../edit/PendingBadge';
import { DetailField } from './DetailField';
import { detailLayout, type DetailItem } from './detailLayout';
import { FailureNote } from './FailureNote';
import { currencyCodeOf, formatFieldValue } from './formatFieldValue';
import type { RecordRef } from './RecordRef';
import { ReferenceValue } from './ReferenceValue';
import { RelatedRecords } from './RelatedRecords';
import { useAsync } from './useAsync';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  groupTitle: { margin: 0 },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: 'none',
  },
  list: { display: 'grid', gap: tokens.spacingVerticalS, margin: 0 },
  badge: { display: 'flex' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

/** Props of {@link RecordDetail}. */
export interface RecordDetailProps {
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  readonly target: RecordRef;
  readonly dataVersion: number;
  readonly onOpen: (ref: RecordRef) => void;
  /** The record now has another id (a sync gave the new record its Siebel Id): show it under that one. */
  readonly onMoved?: (ref: RecordRef) => void;
  /** The record has a local change not yet sent to Siebel. */
  readonly pending?: boolean;
  /** Buttons for the record (edit, delete), given the record and its display name. */
  readonly actions?: (record: StoredRecord, name: string) => ReactNode;
}

/** One record laid out by its package form, with links to referenced and related records. */
export function RecordDetail({
  db,
  pkg,
  target,
  dataVersion,
  onOpen,
  onMoved,
  pending = false,
  actions,
}: RecordDetailProps) {
  const styles = useStyles();
  const { t } = useTranslator();
  const text = useDisplayText(pkg);
  const groups = useMemo(() => detailLayout(pkg, target.typeId), [pkg, target.typeId]);
  const state = useAsync(() => db.get(target.typeId, target.id), [db, target.typeId, target.id, dataVersion]);
  const object = findObject(pkg, target.typeId);
  const gone = state.status === 'done' && !state.value;
  useEffect(() => {
    // A new record open while a synchronization sends it: follow it to its Siebel Id.
    if (!gone || !onMoved || !isLocalId(target.id)) return;
    let live = true;
    void db.currentId(target.typeId, target.id).then(
      (id) => live && id !== target.id && onMoved({ typeId: target.typeId, id }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [gone, onMoved, db, target.typeId, target.id]);
  if (state.status === 'loading') return <Spinner size="small" label={t('records.detail.loading')} />;
  if (state.status === 'failed') return <FailureNote lead={t('records.detail.readFailed')} error={state.error} />;
  const record = state.value;
  if (!record || !object) {
    // A new record's local id is replaced by its Siebel Id once a synchronization sent it.
    return (
      <Body1 role="alert">{t(isLocalId(target.id) ? 'records.detail.goneSent' : 'records.detail.goneRemoved')}</Body1>
    );
  }
  const name = formatRecordName(pkg, target.typeId, record) || target.id;
  return (
    <article className={styles.root} aria-labelledby="record-detail-title">
      <header className={styles.header}>
        <Caption1>{text(object.label)}</Caption1>
        <Title3 as="h2" id="record-detail-title" className={styles.heading}>
          {name}
        </Title3>
        {pending && (
          <span className={styles.badge}>
            <PendingBadge />
          </span>
        )}
        {actions && <div className={styles.actions}>{actions(record, name)}</div>}
      </header>
      {groups.map((group) => (
        <section key={group.title} className={styles.group} aria-label={text(group.title)}>
          <Subtitle2 as="h3" className={styles.groupTitle}>
            {text(group.title)}
          </Subtitle2>
          <dl className={styles.list}>
            {group.items.map((item) => (
              <DetailField key={item.field.name} label={text(item.label)}>
                <FieldValue db={db} pkg={pkg} object={object} item={item} record={record} onOpen={onOpen} />
              </DetailField>
            ))}
          </dl>
        </section>
      ))}
      <RelatedRecords db={db} pkg={pkg} target={target} dataVersion={dataVersion} onOpen={onOpen} />
    </article>
  );
}

interface FieldValueProps {
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  readonly object: ObjectType;
  readonly item: DetailItem;
  readonly record: StoredRecord;
  readonly onOpen: (ref: RecordRef) => void;
}

function FieldValue({ db, pkg, object, item, record, onOpen }: FieldValueProps) {
  const translator = useTranslator();
  const value = record[item.field.ioElemName];
  if (item.referenceTypeId && typeof value === 'string' && value !== '') {
    return <ReferenceValue db={db} pkg={pkg} target={{ typeId: item.referenceTypeId, id: value }} onOpen={onOpen} />;
  }
  const currency = item.field.dataType === 'DTYPE_CURRENCY' ? currencyCodeOf(object, record) : undefined;
  return <>{formatFieldValue(value, item.field.dataType, translator, currency ? { currency } : {})}</>;
}
