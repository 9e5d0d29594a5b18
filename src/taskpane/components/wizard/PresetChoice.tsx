import { Caption1, Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { defaultPreset, type CustomizationPackage } from '../../../metadata';
import { useTranslator } from '../../language/TranslatorContext';

const useStyles = makeStyles({
  reason: { display: 'block', color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalXXL },
});

/** Props of {@link PresetChoice}. */
export interface PresetChoiceProps {
  readonly pkg: CustomizationPackage;
  /** Raw name of the chosen preset. */
  readonly value: string | undefined;
  readonly onChange: (name: string) => void;
  /** Turns a raw display string (`#preset_…`) into text. */
  readonly text: (raw: string) => string;
}

/** The preset a first synchronization starts with: the recommended one when it is usable, else the first usable one. */
export function initialPreset(pkg: CustomizationPackage): string | undefined {
  return defaultPreset(pkg)?.name ?? pkg.filterPresets.find((p) => p.unavailable === undefined)?.name;
}

/**
 * The package's synchronization filters as a choice. A preset the add-in cannot apply is listed,
 * disabled, with the reason under it: the rep sees that the administrator offered it and why it
 * cannot be picked, instead of a filter silently missing.
 */
export function PresetChoice({ pkg, value, onChange, text }: PresetChoiceProps) {
  const styles = useStyles();
  const { t } = useTranslator();
  const idPrefix = useId();
  const recommended = defaultPreset(pkg)?.name;
  return (
    <Field label={t('wizard.preset.label')}>
      {/* A disabled radio cannot be chosen in a browser; the check also keeps synthetic events out. */}
      <RadioGroup
        value={value}
        onChange={(_, data) =>
          pkg.filterPresets.some((p) => p.name === data.value && p.unavailable === undefined) && onChange(data.value)
        }
      >
        {pkg.filterPresets.map((preset, index) => {
          const reasonId = `${idPrefix}-reason-${index}`;
          const unavailable = preset.unavailable !== undefined;
          const label = t('wizard.preset.option', {
            name: text(preset.name),
            recommended: preset.name === recommended ? 'yes' : 'no',
            unavailable: unavailable ? 'yes' : 'no',
          });
          return (
            <div key={preset.name}>
              <Radio
                value={preset.name}
                label={label}
                disabled={unavailable}
                {...(unavailable ? { 'aria-describedby': reasonId } : {})}
              />
              {unavailable && (
                <Caption1 id={reasonId} className={styles.reason}>
                  {t('wizard.preset.unavailable', { reason: preset.unavailable ?? '' })}
                </Caption1>
              )}
            </div>
          );
        })}
      </RadioGroup>
    </Field>
  );
}
