import { Field, Select } from '@fluentui/react-components';
import type { Translator } from '../../../i18n';
import { useTranslator } from '../../language/TranslatorContext';

function label({ t }: Translator, minutes: number): string {
  if (minutes === 0) return t('options.autoSync.off');
  return minutes < 60
    ? t('options.autoSync.minutes', { minutes })
    : t('options.autoSync.hours', { hours: minutes / 60 });
}

/**
 * The automatic sync interval as a select among the intervals the administrator offers
 * (`admin.autoSyncMinutes`; keeps a stored value that is not one of them until the user picks another).
 */
export function AutoSyncField({
  minutes,
  choices: offered,
  onChange,
}: {
  readonly minutes: number;
  readonly choices: readonly number[];
  readonly onChange: (minutes: number) => void;
}) {
  const translator = useTranslator();
  const choices = offered.includes(minutes) ? [...offered] : [...offered, minutes].sort((a, b) => a - b);
  return (
    <Field label={translator.t('options.autoSync.label')} hint={translator.t('options.autoSync.hint')}>
      <Select value={String(minutes)} onChange={(_, data) => onChange(Number(data.value))}>
        {choices.map((value) => (
          <option key={value} value={value}>
            {label(translator, value)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
