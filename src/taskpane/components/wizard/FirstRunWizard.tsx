import { Spinner } from '@fluentui/react-components';
import { Suspense, useCallback, useState } from 'react';
import type { ReactNode } from 'react';
import type { ErrorDescription } from '../../../i18n';
import { lockedServerUrl, type SyncReport } from '../../../sync';
import type { DiscoveredPackage } from '../../AppServices';
import { useAdminSettings, useAppServices } from '../../hooks/useAppServices';
import { usePreloadWhenIdle } from '../../hooks/usePreloadWhenIdle';
import { describeFailure } from '../../errorMessage';
import { useSession } from '../../hooks/useSession';
import { useTranslator } from '../../language/TranslatorContext';
import { preloadable } from '../../preloadable';
import type { CredentialsInput } from './CredentialsStep';
import { WelcomeStep } from './WelcomeStep';

// The welcome step is part of the page's own script (a new user's first screen); the later steps
// — their fields, the package's filter choice and details, the progress and the summary table —
// are the `wizard-steps` chunk, fetched when the page is idle once the welcome step showed, so a
// user who reads it and clicks "Get started" does not wait (docs/performance.md, "First screen").
const laterSteps = preloadable(() => import(/* webpackChunkName: "wizard-steps" */ './laterSteps'));
const LATER_STEPS = [laterSteps.load];
const ServerStep = laterSteps.lazy((m) => m.ServerStep);
const CredentialsStep = laterSteps.lazy((m) => m.CredentialsStep);
const PackageStep = laterSteps.lazy((m) => m.PackageStep);
const FirstSyncStep = laterSteps.lazy((m) => m.FirstSyncStep);
const DoneStep = laterSteps.lazy((m) => m.DoneStep);
const ErrorBar = laterSteps.lazy((m) => m.ErrorBar);

/** The wizard's steps, in order. */
export const WIZARD_STEPS = ['welcome', 'server', 'credentials', 'package', 'sync', 'done'] as const;
type Step = (typeof WIZARD_STEPS)[number];

/** Props of {@link FirstRunWizard}. */
export interface FirstRunWizardProps {
  /** Prefilled server URL (the same-origin simulator in development). */
  readonly defaultServerUrl: string;
  readonly onFinished: () => void;
}

/**
 * First run: welcome → server URL → credentials → package → first synchronization → done.
 * The login options are saved once the package was found, so a cancelled first sync resumes here.
 */
export function FirstRunWizard({ defaultServerUrl, onFinished }: FirstRunWizardProps) {
  const { discoverPackage } = useAppServices();
  const translator = useTranslator();
  const session = useSession();
  const [step, setStep] = useState<Step>('welcome');
  const admin = useAdminSettings();
  // A URL the administrator locked wins over one saved before the lock (App shows the wizard then).
  const [serverUrl, setServerUrl] = useState(
    lockedServerUrl(admin) ?? session.options?.serverUrl ?? admin.serverUrl ?? defaultServerUrl,
  );
  const [credentials, setCredentials] = useState<CredentialsInput>({
    userName: session.options?.userName ?? '',
    password: '',
    remember: false,
  });
  const [found, setFound] = useState<DiscoveredPackage | null>(null);
  const [report, setReport] = useState<SyncReport | null>(null);
  const [saveError, setSaveError] = useState<ErrorDescription | null>(null);
  usePreloadWhenIdle(LATER_STEPS);
  const position = translator.t('wizard.position', {
    step: WIZARD_STEPS.indexOf(step) + 1,
    total: WIZARD_STEPS.length,
  });
  const signIn = async (input: CredentialsInput) => {
    const discovered = await discoverPackage({
      endpointUrl: serverUrl.trim(),
      userName: input.userName,
      password: input.password,
    });
    setCredentials(input);
    setFound(discovered);
    setStep('package');
  };
  const startSync = async (preset: string | undefined) => {
    setSaveError(null);
    try {
      const options = {
        serverUrl: serverUrl.trim(),
        userName: credentials.userName,
        autoSyncMinutes: session.options?.autoSyncMinutes ?? admin.defaultAutoSyncMinutes,
        ...(preset ? { syncFilterPreset: preset } : {}),
      };
      await session.signIn(options, credentials.password, credentials.remember);
      setStep('sync');
    } catch (error) {
      setSaveError(
        describeFailure(translator, error, {
          password: credentials.password,
          title: translator.t('wizard.package.saveFailed'),
        }),
      );
    }
  };
  const done = useCallback((finished: SyncReport) => {
    setReport(finished);
    setStep('done');
  }, []);
  const current = (): ReactNode => {
    switch (step) {
      case 'welcome':
        return <WelcomeStep position={position} onNext={() => setStep('server')} />;
      case 'server':
        return (
          <ServerStep
            position={position}
            serverUrl={serverUrl}
            onChange={setServerUrl}
            onBack={() => setStep('welcome')}
            onNext={() => setStep('credentials')}
          />
        );
      case 'credentials':
        return (
          <CredentialsStep
            position={position}
            initial={credentials}
            onBack={() => setStep('server')}
            onSubmit={signIn}
            offerRememberPassword={admin.offerRememberPassword}
          />
        );
      case 'package':
        return (
          found && (
            <>
              <PackageStep
                position={position}
                found={found}
                onBack={() => setStep('credentials')}
                onNext={(preset) => void startSync(preset)}
              />
              {saveError && <ErrorBar description={saveError} />}
            </>
          )
        );
      case 'sync':
        return (
          <FirstSyncStep position={position} pkg={found?.pkg ?? null} onBack={() => setStep('package')} onDone={done} />
        );
      case 'done':
        return (
          report && <DoneStep position={position} pkg={found?.pkg ?? null} report={report} onFinish={onFinished} />
        );
    }
  };
  // Shown only when a step's code is not there yet (the preload failed or has not finished).
  return (
    <Suspense fallback={<Spinner size="small" label={translator.t('wizard.loadingStep')} />}>{current()}</Suspense>
  );
}
