import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { ConnectionTestResult } from '../../../sync';
import { useAdminSettings, useAppServices } from '../../hooks/useAppServices';
import { useTranslator } from '../../language/TranslatorContext';
import { ErrorBar } from '../ErrorBar';
import { SuccessBar } from './SuccessBar';
import { WizardFormStep } from './WizardFormStep';

/** Props of {@link ServerStep}. */
export interface ServerStepProps {
  readonly position: string;
  readonly serverUrl: string;
  readonly onChange: (serverUrl: string) => void;
  readonly onBack: () => void;
  /** Called once the URL passed the connection test. */
  readonly onNext: () => void;
}

/** The Siebel Server URL, with a "Test connection" that says precisely what is wrong. */
export function ServerStep({ position, serverUrl, onChange, onBack, onNext }: ServerStepProps) {
  const { testConnection } = useAppServices();
  const { lockServerUrl } = useAdminSettings();
  const { t } = useTranslator();
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<ConnectionTestResult | null>(null);
  const test = async (advance: boolean) => {
    if (testing) return;
    setTesting(true);
    setResult(null);
    const outcome = await testConnection(serverUrl.trim());
    setTesting(false);
    setResult(outcome);
    if (outcome.ok && advance) onNext();
  };
  return (
    <WizardFormStep
      position={position}
      title={t('wizard.server.title')}
      intro={t('wizard.server.intro')}
      onBack={onBack}
      onSubmit={() => void test(true)}
      submitLabel={t('common.next')}
      busy={testing}
      busyLabel={t('wizard.server.testing')}
      extraActions={
        <Button onClick={() => void test(false)} disabledFocusable={testing}>
          {t('wizard.server.test')}
        </Button>
      }
    >
      <Field
        label={t('common.serverUrl')}
        required
        validationState={result && !result.ok && result.problem === 'invalidUrl' ? 'error' : 'none'}
        hint={lockServerUrl ? t('common.setByAdministrator') : undefined}
      >
        <Input
          type="url"
          value={serverUrl}
          onChange={(_, data) => onChange(data.value)}
          autoComplete="url"
          readOnly={lockServerUrl}
        />
      </Field>
      {result?.ok && <SuccessBar message={t('wizard.server.ok', { details: result.message })} />}
      {result && !result.ok && (
        <ErrorBar
          description={{
            title: t('wizard.server.failed'),
            whatToDo: t(`wizard.server.problem.${result.problem}` as const),
            details: result.message,
          }}
        />
      )}
    </WizardFormStep>
  );
}
