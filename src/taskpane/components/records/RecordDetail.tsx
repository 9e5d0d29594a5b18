import {
  Body1,
  Caption1,
  makeStyles,
  Skeleton,
  SkeletonItem,
  Subtitle2,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, type ReactNode } from 'react';
import { findObject, formatRecordName, type CustomizationPackage, type ObjectType } from '../../../metadata';
import { isLocalId, type DataDatabase, type StoredRecord } from '../../../store';
import { useDisplayText } from '../../hooks/useDisplayText';
import { useTranslator } from '../../language/TranslatorContext';
import { PendingBadge } from '../edit/PendingBadge';
import { ContactValue } from './actions/ContactValue';
import { contactPointKind } from './actions/contactPointKind';
import { QuickActions } from './actions/QuickActions';
import { useNewMessage, type NewMessage } from './actions/useNewMessage';
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
  skeleton: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  skeletonRow: { display: 'flex', gap: tokens.spacingHorizontalS },
  short: { width: '35%' },
  long: { width: '75%' },
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
  /** The administrator's "Open in Siebel" link of the record, one of its quick actions; absent: none. */
  readonly siebelUrl?: string | null;
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
  siebelUrl = null,
}: RecordDetailProps) {
  const styles = useStyles();
  const { t } = useTranslator();
  const text = useDisplayText(pkg);
  const groups = useMemo(() => detailLayout(pkg, target.typeId), [pkg, target.typeId]);
  const state = useAsync(() => db.get(target.typeId, target.id), [db, target.typeId, target.id, dataVersion]);
  const object = findObject(pkg, target.typeId);
  const message = useNewMessage();
  const fields = useMemo(
    () => [...new Set([...groups.flatMap((g) => g.items.map((i) => i.field)), ...(object?.fields ?? [])])],
    [groups, object],
  );
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
  if (state.status === 'loading') return <RecordSkeleton label={t('records.detail.loading')} />;
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
        <QuickActions
          db={db}
          pkg={pkg}
          object={object}
          record={record}
          id={target.id}
          name={name}
          fields={fields}
          siebelUrl={siebelUrl}
          message={message}
        />
      </header>
      {groups.map((group) => (
        <section key={group.title} className={styles.group} aria-label={text(group.title)}>
          <Subtitle2 as="h3" className={styles.groupTitle}>
            {text(group.title)}
          </Subtitle2>
          <dl className={styles.list}>
            {group.items.map((item) => (
              <DetailField key={item.field.name} label={text(item.label)}>
                <FieldValue
                  db={db}
                  pkg={pkg}
                  object={object}
                  item={item}
                  record={record}
                  onOpen={onOpen}
                  label={text(item.label)}
                  name={name}
                  message={message}
                />
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
  /** The field's label as shown, and the record's name: what a contact value's copy and e-mail need. */
  readonly label: string;
  readonly name: string;
  readonly message: NewMessage;
}

function FieldValue({ db, pkg, object, item, record, onOpen, label, name, message }: FieldValueProps) {
  const translator = useTranslator();
  const value = record[item.field.ioElemName];
  if (item.referenceTypeId && typeof value === 'string' && value !== '') {
    return <ReferenceValue db={db} pkg={pkg} target={{ typeId: item.referenceTypeId, id: value }} onOpen={onOpen} />;
  }
  const kind = contactPointKind(item.field, value);
  if (kind && typeof value === 'string') {
    return <ContactValue kind={kind} value={value} label={label} name={name} message={message} />;
  }
  const currency = item.field.dataType === 'DTYPE_CURRENCY' ? currencyCodeOf(object, record) : undefined;
  return <>{formatFieldValue(value, item.field.dataType, translator, currency ? { currency } : {})}</>;
}

/** The shape of a record card while it is read: title, action row and a few fields, without a jump. */
function RecordSkeleton({ label }: { readonly label: string }) {
  const styles = useStyles();
  return (
    <Skeleton className={styles.skeleton} aria-label={label}>
      <SkeletonItem size={12} className={styles.short} />
      <SkeletonItem size={28} className={styles.long} />
      <div className={styles.skeletonRow}>
        {[0, 1, 2, 3, 4].map((n) => (
          <SkeletonItem key={n} shape="square" size={48} />
        ))}
      </div>
      {[0, 1, 2].map((n) => (
        <div key={n} className={styles.skeleton}>
          <SkeletonItem size={12} className={styles.short} />
          <SkeletonItem size={16} className={styles.long} />
        </div>
      ))}
    </Skeleton>
  );
}
