import { Checkbox, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { ErrorDescription } from '../../../i18n';
import { describeFailure } from '../../errorMessage';
import { useTranslator } from '../../language/TranslatorContext';
import { ErrorBar } from '../ErrorBar';
import { WizardFormStep } from './WizardFormStep';

/** What the user typed on the credentials step. */
export interface CredentialsInput {
  readonly userName: string;
  readonly password: string;
  readonly remember: boolean;
}

/** Props of {@link CredentialsStep}. */
export interface CredentialsStepProps {
  readonly position: string;
  readonly initial: CredentialsInput;
  readonly onBack: () => void;
  /** Signs in (and finds the package); a rejection is shown on this step. */
  readonly onSubmit: (input: CredentialsInput) => Promise<void>;
  /** False when the administrator hides "Remember password" (deployment file `admin.offerRememberPassword`). */
  readonly offerRememberPassword?: boolean;
}

/** User name, password and "Remember password on this computer". */
export function CredentialsStep({
  position,
  initial,
  onBack,
  onSubmit,
  offerRememberPassword = true,
}: CredentialsStepProps) {
  const [userName, setUserName] = useState(initial.userName);
  const [password, setPassword] = useState(initial.password);
  const [remember, setRemember] = useState(initial.remember);
  const [busy, setBusy] = useState(false);
  const translator = useTranslator();
  const { t } = translator;
  const [error, setError] = useState<ErrorDescription | null>(null);
  const [touched, setTouched] = useState(false);
  const missing = userName.trim() === '' || password === '';
  const submit = async () => {
    setTouched(true);
    if (busy || missing) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ userName: userName.trim(), password, remember: remember && offerRememberPassword });
    } catch (failure) {
      setError(describeFailure(translator, failure, { password, title: t('wizard.credentials.failed') }));
      setBusy(false);
    }
  };
  return (
    <WizardFormStep
      position={position}
      title={t('wizard.credentials.title')}
      intro={t('wizard.credentials.intro')}
      onBack={onBack}
      onSubmit={() => void submit()}
      submitLabel={t('wizard.credentials.submit')}
      busy={busy}
      busyLabel={t('wizard.credentials.busy')}
    >
      <Field
        label={t('common.userName')}
        required
        validationMessage={touched && userName.trim() === '' ? t('wizard.credentials.userNameMissing') : undefined}
      >
        <Input value={userName} onChange={(_, data) => setUserName(data.value)} autoComplete="username" />
      </Field>
      <Field
        label={t('common.password')}
        required
        validationMessage={touched && password === '' ? t('wizard.credentials.passwordMissing') : undefined}
      >
        <Input
          type="password"
          value={password}
          onChange={(_, data) => setPassword(data.value)}
          autoComplete="current-password"
        />
      </Field>
      {offerRememberPassword && (
        <Checkbox
          checked={remember}
          onChange={(_, data) => setRemember(data.checked === true)}
          label={t('common.rememberPassword')}
        />
      )}
      {error && <ErrorBar description={error} />}
    </WizardFormStep>
  );
}
