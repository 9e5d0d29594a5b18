import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ErrorDescription } from '../../../i18n';
import { sameIdentity } from '../../../sync';
import { describeFailure, plainFailure } from '../../errorMessage';
import { useActiveDatabase } from '../../hooks/useActiveDatabase';
import { useSession } from '../../hooks/useSession';
import { useSync } from '../../hooks/useSync';
import { useTranslator } from '../../language/TranslatorContext';
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
  const translator = useTranslator();
  const { t } = translator;
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ErrorDescription | null>(null);
  // Kept raw and described when shown: the count runs once per database, whatever the language.
  const [countError, setCountError] = useState<unknown>(null);
  const [started, setStarted] = useState(false);
  const [pending, setPending] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    database?.countPendingChanges().then(
      (n) => live && setPending(n),
      (e: unknown) => live && setCountError(e ?? new Error('Counting the unsent local changes failed')),
    );
    return () => {
      live = false;
    };
  }, [database]);
  if (!options || !database || sameIdentity(database.identity, options)) return null;
  if (started && sync.running) return <SyncProgressPanel pkg={pkg} />;
  // The login already changed (in another Outlook): unsent changes cannot be sent as the old user,
  // so the only choices are to keep them (change the login back) or to agree to discard them.
  const title = t('options.identity.errorTitle');
  const run = async (consent: ResyncConsent) => {
    const using = connection ?? { endpointUrl: options.serverUrl, userName: options.userName, password };
    if (using.password === '')
      return setError(plainFailure(title, t('options.identity.passwordFirst', { userName: options.userName })));
    setError(null);
    setStarted(true);
    if (!connection) await keepPassword(password, false);
    const report = await sync.start({
      full: true,
      connection: using,
      ...(consent.discardPendingChanges ? { discardPendingChanges: true } : {}),
    });
    if (report?.outcome !== 'succeeded')
      setError(
        report?.error
          ? describeFailure(translator, report.error, { password: using.password, title })
          : plainFailure(title, sync.startError ?? t('options.identity.notFinished')),
      );
  };
  const shown = error ?? (countError === null ? null : describeFailure(translator, countError, { title }));
  return (
    <div className={styles.root}>
      <ResyncWarning
        current={database.identity}
        next={options}
        pendingChanges={pending}
        confirmLabel={t('options.identity.synchronizeNow')}
        onConfirm={(consent) => void run(consent)}
      />
      {!hasPassword && (
        <Field label={t('options.identity.passwordOf', { userName: options.userName })}>
          <Input
            type="password"
            value={password}
            onChange={(_, data) => setPassword(data.value)}
            autoComplete="current-password"
          />
        </Field>
      )}
      {shown && <ErrorBar description={shown} />}
    </div>
  );
}
