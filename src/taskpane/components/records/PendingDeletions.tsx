import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { formatRecordName, type CustomizationPackage } from '../../../metadata';
import type { PendingChange } from '../../../store';
import { useTranslator } from '../../language/TranslatorContext';
import { nameList } from '../../../i18n';

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

/** Props of {@link PendingDeletions}. */
export interface PendingDeletionsProps {
  readonly pkg: CustomizationPackage;
  readonly typeId: string;
  readonly deletions: readonly PendingChange[];
}

/** Records of `typeId` deleted here but not yet in Siebel: gone from the list, named in a note. */
export function PendingDeletions({ pkg, typeId, deletions }: PendingDeletionsProps) {
  const styles = useStyles();
  const translator = useTranslator();
  const mine = deletions.filter((change) => change.typeId === typeId);
  if (mine.length === 0) return null;
  const names = mine.map(
    (change) => (change.base ? formatRecordName(pkg, typeId, change.base) : '') || change.recordId,
  );
  return (
    <Caption1 className={styles.note} role="note">
      {translator.t('records.pendingDeletions', { names: nameList(translator, names) })}
    </Caption1>
  );
}
