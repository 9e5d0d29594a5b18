import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useLocalDataCheck } from '../../hooks/useLocalDataCheck';
import { useSession } from '../../hooks/useSession';
import { useSync } from '../../hooks/useSync';
import { useTranslator } from '../../language/TranslatorContext';
import { ErrorBar } from '../ErrorBar';
import { SyncProgressPanel } from '../SyncProgressPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  body: { minWidth: 0, overflowWrap: 'anywhere' },
  line: { display: 'block', marginTop: '4px' },
  field: { marginTop: '8px' },
});

/**
 * Shown when the mailbox records that CRM Desktop has synchronized but this Outlook has no CRM
 * data: what was lost (the local data and any changes not yet sent; a remembered password, kept in
 * the same browser storage), why that happens, and a full synchronization that downloads the data again. Mount
 * it once at the top of the pane: through {@link useLocalDataCheck} it also records a first
 * synchronization in the mailbox and asks the browser to keep the data.
 */
export function LocalDataLostNotice() {
  const styles = useStyles();
  const { lost } = useLocalDataCheck();
  const { options, connection, hasPassword, setPassword: keepPassword } = useSession();
  const sync = useSync();
  const { t } = useTranslator();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [started, setStarted] = useState(false);
  const [restored, setRestored] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  if (restored) {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody className={styles.body}>{t('sync.lost.restored')}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => setDismissed(true)}>{t('sync.lost.ok')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (!lost || !options) return null;
  if (started && sync.running) return <SyncProgressPanel pkg={null} />;
  const run = async () => {
    const using = connection ?? { endpointUrl: options.serverUrl, userName: options.userName, password };
    if (using.password === '') return setError(t('sync.lost.enterPassword', { user: options.userName }));
    setError(null);
    setStarted(true);
    if (!connection) await keepPassword(password, false);
    // No active database, so the engine runs an initial synchronization; nothing local is left to discard.
    const report = await sync.start({ connection: using });
    if (report?.outcome === 'succeeded') setRestored(true);
    else setError(report?.error?.message ?? sync.startError ?? t('sync.lost.notFinished'));
  };
  return (
    <div className={styles.root}>
      <MessageBar intent="warning" layout="multiline" role="alert">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{t('sync.lost.title')}</MessageBarTitle>
          <span className={styles.line}>{t('sync.lost.before')}</span>
          <span className={styles.line}>{t('sync.lost.changesLost')}</span>
          <span className={styles.line}>{t('sync.lost.causes')}</span>
          <span className={styles.line}>{t('sync.lost.fullSync')}</span>
          {!hasPassword && (
            <Field
              className={styles.field}
              label={t('sync.lost.password', { user: options.userName })}
              hint={t('sync.lost.passwordHint')}
            >
              <Input
                type="password"
                value={password}
                onChange={(_, data) => setPassword(data.value)}
                autoComplete="current-password"
              />
            </Field>
          )}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={() => void run()}>
            {t('sync.lost.download')}
          </Button>
          <Button onClick={() => setDismissed(true)}>{t('sync.lost.later')}</Button>
        </MessageBarActions>
      </MessageBar>
      {error && <ErrorBar title={t('sync.lost.errorTitle')} message={error} />}
    </div>
  );
}
