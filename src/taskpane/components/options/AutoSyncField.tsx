import { Field, Select } from '@fluentui/react-components';

/** Intervals offered for automatic synchronization, in minutes (0 = off). */
export const AUTO_SYNC_CHOICES = [0, 15, 30, 60, 120, 240] as const;

function label(minutes: number): string {
  if (minutes === 0) return 'Off';
  return minutes < 60 ? `Every ${minutes} minutes` : `Every ${minutes / 60} hour${minutes === 60 ? '' : 's'}`;
}

/** The automatic sync interval as a select (keeps a stored value that is not one of the choices). */
export function AutoSyncField({
  minutes,
  onChange,
}: {
  readonly minutes: number;
  readonly onChange: (minutes: number) => void;
}) {
  const choices = AUTO_SYNC_CHOICES.includes(minutes as (typeof AUTO_SYNC_CHOICES)[number])
    ? [...AUTO_SYNC_CHOICES]
    : [...AUTO_SYNC_CHOICES, minutes].sort((a, b) => a - b);
  return (
    <Field
      label="Automatic synchronization"
      hint="While this pane is open, and about 20 seconds after your last edit; paused when you are offline."
    >
      <Select value={String(minutes)} onChange={(_, data) => onChange(Number(data.value))}>
        {choices.map((value) => (
          <option key={value} value={value}>
            {label(value)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
