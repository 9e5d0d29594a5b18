import { Body1, Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useSync } from '../../../hooks/useSync';
import { useTranslator } from '../../../language/TranslatorContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

/** The Records tab before any data: what to do, and the button that does it. */
export function NoDataYet() {
  const styles = useStyles();
  const { t } = useTranslator();
  const sync = useSync();
  return (
    <section className={styles.root} aria-labelledby="records-no-data">
      <Subtitle2 as="h2" id="records-no-data">
        {t('search.noData.title')}
      </Subtitle2>
      <Body1>{sync.running ? t('search.noData.running') : t('search.noData.body')}</Body1>
      {/* Focusable while a run goes on (greyed), so the focus does not drop (see keyboardDay). */}
      <Button appearance="primary" disabledFocusable={sync.running} onClick={() => void sync.start()}>
        {t('search.noData.syncNow')}
      </Button>
    </section>
  );
}
