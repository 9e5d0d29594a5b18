import { Button, Spinner } from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';
import { useTranslator } from '../../language/TranslatorContext';
import { WizardStep } from './WizardStep';

/** Props of {@link WizardFormStep}. */
export interface WizardFormStepProps {
  readonly position: string;
  /** The step's heading, also the form's accessible name. */
  readonly title: string;
  readonly intro: ReactNode;
  readonly onBack: () => void;
  /** Enter in a field or the primary button; the page does not reload. */
  readonly onSubmit: () => void;
  readonly submitLabel: string;
  /** While true the primary button stays focusable but inert and a spinner says `busyLabel`. */
  readonly busy: boolean;
  readonly busyLabel: string;
  /** Buttons between Back and the primary button (e.g. "Test connection"). */
  readonly extraActions?: ReactNode;
  readonly children: ReactNode;
}

/** A wizard step that is a form: Back, optional extra buttons, the primary submit button and a busy spinner. */
export function WizardFormStep({
  position,
  title,
  intro,
  onBack,
  onSubmit,
  submitLabel,
  busy,
  busyLabel,
  extraActions,
  children,
}: WizardFormStepProps) {
  const { t } = useTranslator();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <WizardStep
        position={position}
        title={title}
        intro={intro}
        actions={
          <>
            <Button onClick={onBack}>{t('common.back')}</Button>
            {extraActions}
            <Button type="submit" appearance="primary" disabledFocusable={busy}>
              {submitLabel}
            </Button>
            {busy && <Spinner size="tiny" label={busyLabel} />}
          </>
        }
      >
        {children}
      </WizardStep>
    </form>
  );
}
