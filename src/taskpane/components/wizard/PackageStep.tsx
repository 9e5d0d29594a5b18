import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { findObject } from '../../../metadata';
import type { DiscoveredPackage } from '../../AppServices';
import { useAppServices } from '../../hooks/useAppServices';
import { useDisplayText } from '../../hooks/useDisplayText';
import { useTranslator } from '../../language/TranslatorContext';
import { PackageWarnings } from './PackageWarnings';
import { initialPreset, PresetChoice } from './PresetChoice';
import { typeLabel } from './typeLabel';
import { WizardStep } from './WizardStep';

const useStyles = makeStyles({
  objects: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** Props of {@link PackageStep}. */
export interface PackageStepProps {
  readonly position: string;
  readonly found: DiscoveredPackage;
  readonly onBack: () => void;
  /** With the raw name of the chosen preset (`undefined` when the package has none). */
  readonly onNext: (preset: string | undefined) => void;
}

/**
 * The package of the user's responsibility: its name, the objects it synchronizes, the filter
 * (unavailable presets shown with their reason) and, collapsed, what the add-in does not use.
 */
export function PackageStep({ position, found, onBack, onNext }: PackageStepProps) {
  const styles = useStyles();
  const { t } = useTranslator();
  const { pkg } = found;
  const text = useDisplayText(pkg);
  const locale = useAppServices().host.displayLanguage;
  const presets = pkg.filterPresets;
  const [preset, setPreset] = useState(() => initialPreset(pkg));
  return (
    <WizardStep
      position={position}
      title={t('wizard.package.title')}
      intro={t('wizard.package.intro', { name: text(pkg.info.name), packageId: found.packageId })}
      actions={
        <>
          <Button onClick={onBack}>{t('common.back')}</Button>
          <Button appearance="primary" onClick={() => onNext(preset)}>
            {t('wizard.package.start')}
          </Button>
        </>
      }
    >
      <Body1 id="objects-heading">{t('wizard.package.objects')}</Body1>
      <ul className={styles.objects} aria-labelledby="objects-heading">
        {/* Association objects (an activity's contacts) are links, not something a rep thinks of as data. */}
        {pkg.syncedTypes
          .filter((type) => !findObject(pkg, type.typeId)?.isAssociation)
          .map((type) => (
            <li key={type.typeId}>{typeLabel(pkg, type.typeId, locale)}</li>
          ))}
      </ul>
      {presets.length > 0 && <PresetChoice pkg={pkg} value={preset} onChange={setPreset} text={text} />}
      <PackageWarnings pkg={pkg} />
    </WizardStep>
  );
}
