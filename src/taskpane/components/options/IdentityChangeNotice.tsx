import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { sameIdentity } from '../../../sync';
import { useActiveDatabase } from '../../hooks/useActiveDatabase';
import { useSession } from '../../hooks/useSession';
import { useSync } from '../../hooks/useSync';
import { ErrorBar } from '../ErrorBar';
import { LocalDataLostNotice } from '../syncTab/LocalDataLostNotice';
import { SyncProgressPanel } from '../SyncProgressPanel';
import { ResyncWarning, type ResyncConsent } from './ResyncWarning';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * The notices of the pane's start that compare the roaming settings with this Outlook's local
 * data: the data is gone although the mailbox records a synchronization ({@link LocalDataLostNotice}),
 * or it belongs to another user or server than the login options.
 */
export function IdentityChangeNotice() {
  return (
    <>
      <LocalDataLostNotice />
      <LoginChangeNotice />
    </>
  );
}

/**
 * Shown on start when the roaming login options (changed in another Outlook) name another user
 * or server than the local data: explains the full synchronization and runs it on request.
 */
function LoginChangeNotice() {
  const styles = useStyles();
  const { options, connection, hasPassword, setPassword: keepPassword } = useSession();
  const { database, pkg } = useActiveDatabase();
  const sync = useSync();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [started, setStarted] = useState(false);
  const [pending, setPending] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    database?.countPendingChanges().then(
      (n) => live && setPending(n),
      (e: unknown) =>
        live && setError(`Counting the unsent local changes failed: ${(e as Error)?.message ?? String(e)}`),
    );
    return () => {
      live = false;
    };
  }, [database]);
  if (!options || !database || sameIdentity(database.identity, options)) return null;
  if (started && sync.running) return <SyncProgressPanel pkg={pkg} />;
  // The login already changed (in another Outlook): unsent changes cannot be sent as the old user,
  // so the only choices are to keep them (change the login back) or to agree to discard them.
  const run = async (consent: ResyncConsent) => {
    const using = connection ?? { endpointUrl: options.serverUrl, userName: options.userName, password };
    if (using.password === '') return setError(`Enter the password of ${options.userName} first.`);
    setError(null);
    setStarted(true);
    if (!connection) await keepPassword(password, false);
    const report = await sync.start({
      full: true,
      connection: using,
      ...(consent.discardPendingChanges ? { discardPendingChanges: true } : {}),
    });
    if (report?.outcome !== 'succeeded')
      setError(report?.error?.message ?? sync.startError ?? 'The synchronization did not finish — try again.');
  };
  return (
    <div className={styles.root}>
      <ResyncWarning
        current={database.identity}
        next={options}
        pendingChanges={pending}
        confirmLabel="Synchronize now"
        onConfirm={(consent) => void run(consent)}
      />
      {!hasPassword && (
        <Field label={`Password of ${options.userName}`}>
          <Input
            type="password"
            value={password}
            onChange={(_, data) => setPassword(data.value)}
            autoComplete="current-password"
          />
        </Field>
      )}
      {error && <ErrorBar title="Full synchronization" message={error} />}
    </div>
  );
}
