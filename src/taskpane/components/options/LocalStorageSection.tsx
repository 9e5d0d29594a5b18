import { Body1, Button, Caption1, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useStorageStatus } from '../../hooks/useStorageStatus';
import { useLocalCounts } from '../issues/useLocalCounts';
import { useTranslator } from '../../language/TranslatorContext';
import { ErrorBar } from '../ErrorBar';
import { persistenceLabel, persistenceMeaning, spaceText, unsentChangesText } from './storageTexts';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    marginTop: tokens.spacingVerticalL,
  },
  title: { margin: 0 },
  state: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  action: { alignSelf: 'flex-start' },
});

/**
 * Options' "Data on this computer": whether the browser keeps the add-in's data, the space it uses
 * and the quota, and what that means for changes not yet sent to Siebel.
 */
export function LocalStorageSection() {
  const styles = useStyles();
  const translator = useTranslator();
  const { t } = translator;
  const { status, error, asking, askToKeep } = useStorageStatus();
  const counts = useLocalCounts();
  const [asked, setAsked] = useState(false);
  const unsent = unsentChangesText(translator, counts?.pending ?? null);
  const space = status ? spaceText(translator, status) : null;
  return (
    <section className={styles.root} aria-labelledby="local-data-title">
      <Subtitle2 as="h2" id="local-data-title" className={styles.title}>
        {t('options.storage.title')}
      </Subtitle2>
      {!status && !error && <Spinner size="tiny" label={t('options.storage.asking')} />}
      {error && (
        <ErrorBar
          description={{
            title: t('options.storage.errorTitle'),
            whatToDo: t('options.storage.errorWhatToDo'),
            details: error,
          }}
        />
      )}
      {status && (
        <>
          <Body1 className={styles.state}>{persistenceLabel(translator, status.persistence)}</Body1>
          <Body1>{persistenceMeaning(translator, status.persistence)}</Body1>
          {unsent && <Body1>{unsent}</Body1>}
          {space && <Caption1 className={styles.muted}>{space}</Caption1>}
          <Caption1 className={styles.muted}>{t('options.storage.copies')}</Caption1>
          {status.persistence === 'best-effort' && (
            <Button
              className={styles.action}
              disabledFocusable={asking}
              onClick={() => {
                setAsked(true);
                void askToKeep();
              }}
            >
              {t('options.storage.askToKeep')}
            </Button>
          )}
          {asked && !asking && status.persistence === 'best-effort' && (
            <Caption1>{t('options.storage.declined')}</Caption1>
          )}
        </>
      )}
    </section>
  );
}
