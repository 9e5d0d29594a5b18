import { Body1, Button, Caption1, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useAppServices } from '../../hooks/useAppServices';
import { useStorageStatus } from '../../hooks/useStorageStatus';
import { useLocalCounts } from '../issues/useLocalCounts';
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
  const locale = useAppServices().host.displayLanguage;
  const { status, error, asking, askToKeep } = useStorageStatus();
  const counts = useLocalCounts();
  const [asked, setAsked] = useState(false);
  const unsent = unsentChangesText(counts?.pending ?? null);
  const space = status ? spaceText(status, locale) : null;
  return (
    <section className={styles.root} aria-labelledby="local-data-title">
      <Subtitle2 as="h2" id="local-data-title" className={styles.title}>
        Data on this computer
      </Subtitle2>
      {!status && !error && <Spinner size="tiny" label="Asking the browser about its storage" />}
      {error && <ErrorBar title="Browser storage" message={error} />}
      {status && (
        <>
          <Body1 className={styles.state}>{persistenceLabel(status.persistence)}</Body1>
          <Body1>{persistenceMeaning(status.persistence)}</Body1>
          {unsent && <Body1>{unsent}</Body1>}
          {space && <Caption1 className={styles.muted}>{space}</Caption1>}
          <Caption1 className={styles.muted}>
            Outlook on the web, the new Outlook and classic Outlook each keep their own copy.
          </Caption1>
          {status.persistence === 'best-effort' && (
            <Button
              className={styles.action}
              disabledFocusable={asking}
              onClick={() => {
                setAsked(true);
                void askToKeep();
              }}
            >
              Ask the browser to keep it
            </Button>
          )}
          {asked && !asking && status.persistence === 'best-effort' && (
            <Caption1>
              The browser said no for now: it decides by its own rules, such as how often you use the add-in.
            </Caption1>
          )}
        </>
      )}
    </section>
  );
}
