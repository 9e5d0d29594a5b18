import { Body1, Button, Caption1, Subtitle2, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ErrorDescription } from '../../../i18n';
import { addinVersion } from '../../../shared';
import { buildDiagnosticReport, DEFAULT_DEPLOYMENT, readLocalDiagnostics } from '../../../sync';
import { describeFailure } from '../../errorMessage';
import { useAdminSettings, useAppServices, useStore } from '../../hooks/useAppServices';
import { useBrowserStorage } from '../../hooks/useBrowserStorage';
import { useSession } from '../../hooks/useSession';
import { useTranslator } from '../../language/TranslatorContext';
import { ErrorBar } from '../ErrorBar';
import { SuccessBar } from '../wizard/SuccessBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalL },
  title: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  action: { alignSelf: 'flex-start' },
  text: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100 },
});

type Outcome = { kind: 'copied' } | { kind: 'shown'; text: string } | { kind: 'error'; description: ErrorDescription };

/**
 * Options' "Diagnostic report": one redacted text for the helpdesk (src/sync/diagnostics), put on the
 * clipboard; where the clipboard is refused (an Outlook webview without the permission), shown for
 * the user to copy by hand.
 */
export function DiagnosticsSection() {
  const styles = useStyles();
  const translator = useTranslator();
  const { t } = translator;
  const { host, deployment, share } = useAppServices();
  const admin = useAdminSettings();
  const store = useStore();
  const storage = useBrowserStorage();
  const session = useSession();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  const report = async (): Promise<string> => {
    return buildDiagnosticReport({
      generatedAt: new Date(),
      addin: addinVersion(),
      host: { kind: host.kind, ...host.diagnostics, language: host.displayLanguage },
      login: session.options ? { serverUrl: session.options.serverUrl, userName: session.options.userName } : null,
      deployment: deployment ?? { ...DEFAULT_DEPLOYMENT, admin, ...(share ? { share } : {}) },
      storage: await storage.status().catch(() => null),
      ...(await readLocalDiagnostics(store)),
    });
  };

  const copy = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const text = await report();
      try {
        await navigator.clipboard.writeText(text);
        setOutcome({ kind: 'copied' });
      } catch {
        setOutcome({ kind: 'shown', text });
      }
    } catch (error) {
      setOutcome({
        kind: 'error',
        description: describeFailure(translator, error, { title: t('options.diagnostics.failed') }),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="diagnostics-title">
      <Subtitle2 as="h2" id="diagnostics-title" className={styles.title}>
        {t('options.diagnostics.title')}
      </Subtitle2>
      <Caption1 className={styles.muted}>{t('options.diagnostics.hint')}</Caption1>
      <Button className={styles.action} onClick={() => void copy()} disabledFocusable={busy}>
        {t('options.diagnostics.copy')}
      </Button>
      {outcome?.kind === 'copied' && <SuccessBar message={t('options.diagnostics.copied')} />}
      {outcome?.kind === 'shown' && (
        <>
          <Body1 role="status">{t('options.diagnostics.copyFailed')}</Body1>
          <Textarea
            className={styles.text}
            readOnly
            value={outcome.text}
            resize="vertical"
            rows={8}
            aria-label={t('options.diagnostics.text')}
          />
        </>
      )}
      {outcome?.kind === 'error' && <ErrorBar description={outcome.description} />}
    </section>
  );
}
