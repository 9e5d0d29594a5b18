import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslator } from '../../language/TranslatorContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '2px' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** Props of {@link LocalChangesSummary}. */
export interface LocalChangesSummaryProps {
  readonly pending: number;
  readonly issues: number;
}

/** How many local changes wait for the next synchronization, and how many issues wait for the user. */
export function LocalChangesSummary({ pending, issues }: LocalChangesSummaryProps) {
  const styles = useStyles();
  const { t } = useTranslator();
  return (
    // Why a live region: after a run the issues it found show here ("1 synchronization issue needs your
    // decision"); a screen reader now tells them, not only the run's result above.
    <div className={styles.root} role="status" aria-live="polite" aria-label={t('sync.local.label')}>
      <Body1>{pending === 0 ? t('sync.local.none') : t('sync.local.pending', { count: pending })}</Body1>
      {issues > 0 && <Body1 className={styles.warning}>{t('sync.local.issues', { count: issues })}</Body1>}
    </div>
  );
}
