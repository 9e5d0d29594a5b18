import { useCallback, useState } from 'react';
import type { ErrorDescription } from '../../../i18n';
import type { SyncReport } from '../../../sync';
import type { DiscoveredPackage } from '../../AppServices';
import { useAdminSettings, useAppServices } from '../../hooks/useAppServices';
import { describeFailure } from '../../errorMessage';
import { useSession } from '../../hooks/useSession';
import { useTranslator } from '../../language/TranslatorContext';
import { ErrorBar } from '../ErrorBar';
import { CredentialsStep } from './CredentialsStep';
import type { CredentialsInput } from './CredentialsStep';
import { DoneStep } from './DoneStep';
import { FirstSyncStep } from './FirstSyncStep';
import { PackageStep } from './PackageStep';
import { ServerStep } from './ServerStep';
import { WelcomeStep } from './WelcomeStep';

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
    (admin.lockServerUrl ? admin.serverUrl : null) ?? session.options?.serverUrl ?? admin.serverUrl ?? defaultServerUrl,
  );
  const [credentials, setCredentials] = useState<CredentialsInput>({
    userName: session.options?.userName ?? '',
    password: '',
    remember: false,
  });
  const [found, setFound] = useState<DiscoveredPackage | null>(null);
  const [report, setReport] = useState<SyncReport | null>(null);
  const [saveError, setSaveError] = useState<ErrorDescription | null>(null);
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
      return report && <DoneStep position={position} pkg={found?.pkg ?? null} report={report} onFinish={onFinished} />;
  }
}
