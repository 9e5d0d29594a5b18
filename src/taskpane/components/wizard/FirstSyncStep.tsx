import { Button } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { CustomizationPackage } from '../../../metadata';
import type { ErrorDescription, Translator } from '../../../i18n';
import type { SyncReport } from '../../../sync';
import { describeFailure } from '../../errorMessage';
import { useSync } from '../../hooks/useSync';
import { useTranslator } from '../../language/TranslatorContext';
import { ErrorBar } from '../ErrorBar';
import { SyncProgressPanel } from '../SyncProgressPanel';
import { WizardStep } from './WizardStep';

/** Props of {@link FirstSyncStep}. */
export interface FirstSyncStepProps {
  readonly position: string;
  readonly pkg: CustomizationPackage | null;
  readonly onBack: () => void;
  readonly onDone: (report: SyncReport) => void;
}

/** How the run ended when it did not succeed: cancelled, or failed with the report's error (none when it did not start). */
type Ended = { readonly kind: 'cancelled' } | { readonly kind: 'failed'; readonly error: SyncReport['error'] };

/** The localized title, what to do and details of how the run ended. */
function describeEnd(translator: Translator, ended: Ended): ErrorDescription {
  const { t } = translator;
  if (ended.kind === 'cancelled')
    return { title: t('wizard.firstSync.cancelledTitle'), whatToDo: t('wizard.firstSync.cancelled'), details: '' };
  if (ended.error) return describeFailure(translator, ended.error, { title: t('wizard.firstSync.failedTitle') });
  return { title: t('wizard.firstSync.failedTitle'), whatToDo: t('wizard.firstSync.notStarted'), details: '' };
}

/** Runs the first (initial) synchronization with live progress and a Cancel button. */
export function FirstSyncStep({ position, pkg, onBack, onDone }: FirstSyncStepProps) {
  const sync = useSync();
  const translator = useTranslator();
  const { t } = translator;
  const [attempt, setAttempt] = useState(0);
  const [ended, setEnded] = useState<Ended | null>(null);
  const started = useRef(-1);
  useEffect(() => {
    // StrictMode mounts effects twice: one run per attempt.
    if (started.current === attempt) return;
    started.current = attempt;
    setEnded(null);
    void sync.start().then((report) => {
      if (report?.outcome === 'succeeded') onDone(report);
      else if (report?.outcome === 'cancelled') setEnded({ kind: 'cancelled' });
      else setEnded({ kind: 'failed', error: report?.error });
    });
  }, [attempt, sync, onDone]);
  const running = ended === null;
  return (
    <WizardStep
      position={position}
      title={t('wizard.firstSync.title')}
      intro={t('wizard.firstSync.intro')}
      actions={
        running ? (
          <Button onClick={sync.cancel}>{t('common.cancel')}</Button>
        ) : (
          <>
            <Button onClick={onBack}>{t('common.back')}</Button>
            <Button appearance="primary" onClick={() => setAttempt((n) => n + 1)}>
              {t('common.tryAgain')}
            </Button>
          </>
        )
      }
    >
      {running && <SyncProgressPanel pkg={pkg} />}
      {ended && <ErrorBar description={describeEnd(translator, ended)} />}
    </WizardStep>
  );
}
