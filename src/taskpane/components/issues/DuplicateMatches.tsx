import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { LocalIssue, StoredRecord } from '../../../store';
import { useTranslator } from '../../language/TranslatorContext';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  match: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Props of {@link DuplicateMatches}. */
export interface DuplicateMatchesProps {
  readonly matches: NonNullable<LocalIssue['matches']>;
  readonly primaryKey: string;
  readonly nameOf: (record: StoredRecord) => string;
  readonly busy: boolean;
  readonly onUse: (targetId: string) => void;
}

/** The existing records a new one duplicates, each with "Use this record". */
export function DuplicateMatches({ matches, primaryKey, nameOf, busy, onUse }: DuplicateMatchesProps) {
  const styles = useStyles();
  const { t } = useTranslator();
  if (matches.length === 0) return <Caption1 className={styles.muted}>{t('issues.duplicate.gone')}</Caption1>;
  return (
    <ul className={styles.list} aria-label={t('issues.duplicate.label')}>
      {matches.map(({ source, record }) => {
        const id = String(record[primaryKey] ?? '');
        const name = nameOf(record) || id;
        return (
          <li key={`${source}:${id}`} className={styles.match} aria-label={name}>
            <div>
              <div>{name}</div>
              <Caption1 className={styles.muted}>
                {t(source === 'server' ? 'issues.duplicate.inSiebel' : 'issues.duplicate.onThisComputer')}
              </Caption1>
            </div>
            <Button size="small" disabled={busy || id === ''} onClick={() => onUse(id)}>
              {t('issues.duplicate.use')}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
