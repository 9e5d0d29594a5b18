import { Body1, Button, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { LoginOptions } from '../../../host';
import type { ErrorDescription } from '../../../i18n';
import { lockedServerUrl, sameIdentity } from '../../../sync';
import { describeFailure, plainFailure } from '../../errorMessage';
import type { Identity } from '../../../store';
import { useActiveDatabase } from '../../hooks/useActiveDatabase';
import { useAdminSettings, useStore } from '../../hooks/useAppServices';
import { useSession } from '../../hooks/useSession';
import { useSync } from '../../hooks/useSync';
import { useTranslator } from '../../language/TranslatorContext';
import { ErrorBar } from '../ErrorBar';
import { SuccessBar } from '../wizard/SuccessBar';
import { SyncProgressPanel } from '../SyncProgressPanel';
import { AutoSyncField } from './AutoSyncField';
import { DiagnosticsSection } from './DiagnosticsSection';
import { LocalStorageSection } from './LocalStorageSection';
import { ResyncWarning, type ResyncConsent } from './ResyncWarning';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Notice =
  | { readonly kind: 'saved'; readonly text: string }
  | { readonly kind: 'error'; readonly description: ErrorDescription }
  | null;

/** Login and sync options; a change of user or server asks first, then runs a full synchronization. */
export function OptionsView() {
  const styles = useStyles();
  const translator = useTranslator();
  const { t } = translator;
  const session = useSession();
  const sync = useSync();
  const { pkg } = useActiveDatabase();
  const store = useStore();
  const admin = useAdminSettings();
  const [dataOwner, setDataOwner] = useState<Identity | null>(null);
  const saved = session.options;
  const [serverUrl, setServerUrl] = useState(lockedServerUrl(admin) ?? saved?.serverUrl ?? '');
  const [userName, setUserName] = useState(saved?.userName ?? '');
  const [minutes, setMinutes] = useState(saved?.autoSyncMinutes ?? admin.defaultAutoSyncMinutes);
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const [confirming, setConfirming] = useState<LoginOptions | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  // Unsent local changes of the data a login change would replace; `null` while counting.
  const [pendingCount, setPendingCount] = useState<number | null>(null);
  const countPending = async () => setPendingCount((await (await store.activeDatabase())?.countPendingChanges()) ?? 0);
  const next = (): LoginOptions => ({
    ...saved,
    serverUrl: serverUrl.trim(),
    userName: userName.trim(),
    autoSyncMinutes: minutes,
  });
  const errorTitle = t('options.errorTitle');
  const fail = (error: unknown) =>
    setNotice({ kind: 'error', description: describeFailure(translator, error, { password, title: errorTitle }) });
  const refuse = (whatToDo: string) => setNotice({ kind: 'error', description: plainFailure(errorTitle, whatToDo) });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const options = next();
    if (!options.serverUrl || !options.userName) return refuse(t('options.missingFields'));
    // Asked of the store, not the hook's state: a Save right after opening must not skip the warning.
    const current = (await store.activeDatabase())?.identity ?? null;
    if (current !== null && !sameIdentity(current, options)) {
      if (password === '') return refuse(t('options.passwordForNewLogin', { userName: options.userName }));
      setDataOwner(current);
      setPendingCount(null);
      setConfirming(options);
      return countPending().catch(fail);
    }
    setBusy(true);
    try {
      await session.saveOptions(options);
      if (password !== '') await session.signIn(options, password, remember && admin.offerRememberPassword);
      setPassword('');
      setNotice({ kind: 'saved', text: t('options.saved') });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  // An ordinary run with the saved login (the change is not saved yet), so unsent changes reach Siebel first.
  const sendFirst = async () => {
    setNotice(null);
    if (!session.connection)
      return refuse(
        saved?.userName
          ? t('options.currentPasswordUnknown', { userName: saved.userName })
          : t('options.currentPasswordUnknown.noUser'),
      );
    setBusy(true);
    try {
      const report = await sync.start();
      await countPending();
      if (report?.outcome === 'succeeded') return;
      if (report?.error) fail(report.error);
      else refuse(t('options.sendNotFinished'));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const resync = async (options: LoginOptions, consent: ResyncConsent) => {
    setBusy(true);
    try {
      await session.signIn(options, password, remember && admin.offerRememberPassword);
      setConfirming(null);
      setPassword('');
      const connection = { endpointUrl: options.serverUrl, userName: options.userName, password };
      const report = await sync.start({
        full: true,
        connection,
        ...(consent.discardPendingChanges ? { discardPendingChanges: true } : {}),
      });
      if (report?.outcome === 'succeeded')
        setNotice({ kind: 'saved', text: t('options.resynced', { userName: options.userName }) });
      else if (report?.error) fail(report.error);
      else refuse(sync.startError ?? t('options.resyncNotFinished'));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form className={styles.form} onSubmit={(event) => void save(event)} noValidate aria-label={t('options.form')}>
        <Field
          label={t('common.serverUrl')}
          required
          hint={admin.lockServerUrl ? t('common.setByAdministrator') : undefined}
        >
          <Input
            type="url"
            value={serverUrl}
            onChange={(_, data) => setServerUrl(data.value)}
            autoComplete="url"
            readOnly={admin.lockServerUrl}
          />
        </Field>
        <Field label={t('common.userName')} required>
          <Input value={userName} onChange={(_, data) => setUserName(data.value)} autoComplete="username" />
        </Field>
        <Field
          label={t('common.password')}
          hint={session.hasPassword ? t('options.passwordHint.keep') : t('options.passwordHint.needed')}
        >
          <Input
            type="password"
            value={password}
            onChange={(_, data) => setPassword(data.value)}
            autoComplete="current-password"
          />
        </Field>
        {admin.offerRememberPassword && (
          <Checkbox
            checked={remember}
            onChange={(_, data) => setRemember(data.checked === true)}
            label={t('common.rememberPassword')}
          />
        )}
        <AutoSyncField minutes={minutes} choices={admin.autoSyncChoices} onChange={setMinutes} />
        {confirming && (
          <ResyncWarning
            current={dataOwner}
            next={confirming}
            pendingChanges={pendingCount}
            busy={busy}
            onConfirm={(consent) => void resync(confirming, consent)}
            onCancel={() => setConfirming(null)}
            onSendFirst={() => void sendFirst()}
          />
        )}
        {busy && sync.running && <SyncProgressPanel pkg={pkg} />}
        {notice?.kind === 'error' && <ErrorBar description={notice.description} />}
        {notice?.kind === 'saved' && <SuccessBar message={notice.text} />}
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabledFocusable={busy || confirming !== null}>
            {t('common.save')}
          </Button>
          <Button
            onClick={() =>
              void session.signOut().then(() => setNotice({ kind: 'saved', text: t('options.signedOut') }), fail)
            }
            disabledFocusable={busy}
          >
            {t('options.signOut')}
          </Button>
        </div>
      </form>
      <LocalStorageSection />
      <DiagnosticsSection />
      {admin.supportContact && <Body1>{t('options.support', { contact: admin.supportContact })}</Body1>}
    </>
  );
}
