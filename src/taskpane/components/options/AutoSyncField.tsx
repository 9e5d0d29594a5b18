import { Field, Select } from '@fluentui/react-components';
import type { Translator } from '../../../i18n';
import { useTranslator } from '../../language/TranslatorContext';

/** Intervals offered for automatic synchronization, in minutes (0 = off). */
export const AUTO_SYNC_CHOICES = [0, 15, 30, 60, 120, 240] as const;

function label({ t }: Translator, minutes: number): string {
  if (minutes === 0) return t('options.autoSync.off');
  return minutes < 60
    ? t('options.autoSync.minutes', { minutes })
    : t('options.autoSync.hours', { hours: minutes / 60 });
}

/** The automatic sync interval as a select (keeps a stored value that is not one of the choices). */
export function AutoSyncField({
  minutes,
  onChange,
}: {
  readonly minutes: number;
  readonly onChange: (minutes: number) => void;
}) {
  const translator = useTranslator();
  const choices = AUTO_SYNC_CHOICES.includes(minutes as (typeof AUTO_SYNC_CHOICES)[number])
    ? [...AUTO_SYNC_CHOICES]
    : [...AUTO_SYNC_CHOICES, minutes].sort((a, b) => a - b);
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
