import { formatRecordName, type CustomizationPackage } from '../../../metadata';
import type { DataDatabase } from '../../../store';
import { useTranslator } from '../../language/TranslatorContext';
import { RecordLink } from './RecordLink';
import type { RecordRef } from './RecordRef';
import { useAsync } from './useAsync';

/** Props of {@link ReferenceValue}. */
export interface ReferenceValueProps {
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  readonly target: RecordRef;
  readonly onOpen: (ref: RecordRef) => void;
}

/**
 * A foreign key shown as a link named after the referenced record. A record the user cannot see
 * (not synchronized, e.g. outside the view mode) shows its id as plain text: there is nothing to open.
 */
export function ReferenceValue({ db, pkg, target, onOpen }: ReferenceValueProps) {
  const { t } = useTranslator();
  const state = useAsync(() => db.get(target.typeId, target.id).catch(() => undefined), [db, target.typeId, target.id]);
  if (state.status !== 'done') return <span>…</span>;
  const record = state.value;
  if (!record) return <span title={t('records.reference.notLocal')}>{target.id}</span>;
  return (
    <RecordLink target={target} name={formatRecordName(pkg, target.typeId, record) || target.id} onOpen={onOpen} />
  );
}
