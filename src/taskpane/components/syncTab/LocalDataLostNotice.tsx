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
import { ErrorBar } from '../ErrorBar';
import { SyncProgressPanel } from '../SyncProgressPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  body: { minWidth: 0, overflowWrap: 'anywhere' },
  line: { display: 'block', marginTop: '4px' },
  field: { marginTop: '8px' },
});

/** Why the data of an Outlook can vanish, in the user's words. */
export const LOST_DATA_CAUSES =
  "This happens when the Office cache or the browser's data for this site was cleared, when the browser freed disk space, or when this is another Outlook: Outlook on the web, the new Outlook and classic Outlook each keep their own copy.";

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
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [started, setStarted] = useState(false);
  const [restored, setRestored] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  if (restored) {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody className={styles.body}>Your CRM data was downloaded again from Siebel.</MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => setDismissed(true)}>OK</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (!lost || !options) return null;
  if (started && sync.running) return <SyncProgressPanel pkg={null} />;
  const run = async () => {
    const using = connection ?? { endpointUrl: options.serverUrl, userName: options.userName, password };
    if (using.password === '') return setError(`Enter the password of ${options.userName} first.`);
    setError(null);
    setStarted(true);
    if (!connection) await keepPassword(password, false);
    // No active database, so the engine runs an initial synchronization; nothing local is left to discard.
    const report = await sync.start({ connection: using });
    if (report?.outcome === 'succeeded') setRestored(true);
    else setError(report?.error?.message ?? sync.startError ?? 'The synchronization did not finish — try again.');
  };
  return (
    <div className={styles.root}>
      <MessageBar intent="warning" layout="multiline" role="alert">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>Your CRM data is no longer on this computer</MessageBarTitle>
          <span className={styles.line}>
            Your mailbox shows that CRM Desktop has synchronized before, but this Outlook holds no CRM data.
          </span>
          <span className={styles.line}>
            Lost with it: any changes made here that had not been sent to Siebel yet. What is already in Siebel is safe.
          </span>
          <span className={styles.line}>{LOST_DATA_CAUSES}</span>
          <span className={styles.line}>A full synchronization downloads your CRM data from Siebel again.</span>
          {!hasPassword && (
            <Field
              className={styles.field}
              label={`Password of ${options.userName}`}
              hint="A remembered password is kept with the data, so it is gone too."
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
            Download my data again
          </Button>
          <Button onClick={() => setDismissed(true)}>Later</Button>
        </MessageBarActions>
      </MessageBar>
      {error && <ErrorBar title="Downloading your data again" message={error} />}
    </div>
  );
}
