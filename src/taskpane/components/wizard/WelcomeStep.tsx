import { Button } from '@fluentui/react-components';
import { useTranslator } from '../../language/TranslatorContext';
import { WizardStep } from './WizardStep';

/** The first screen: what CRM Desktop does and what the user needs. */
export function WelcomeStep({ position, onNext }: { readonly position: string; readonly onNext: () => void }) {
  const { t } = useTranslator();
  return (
    <WizardStep
      position={position}
      title={t('wizard.welcome.title')}
      intro={t('wizard.welcome.intro')}
      actions={
        <Button appearance="primary" onClick={onNext}>
          {t('wizard.welcome.start')}
        </Button>
      }
    >
      {t('wizard.welcome.needs')}
    </WizardStep>
  );
}
