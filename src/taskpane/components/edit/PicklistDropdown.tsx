import { Dropdown, Option } from '@fluentui/react-components';
import type { PicklistValue } from '../../../metadata';
import { useTranslator } from '../../language/TranslatorContext';

/** Props of {@link PicklistDropdown}. */
export interface PicklistDropdownProps {
  readonly value: string;
  readonly choices: readonly PicklistValue[];
  /** Turns a raw label (`#key` or literal) into display text. */
  readonly text: (raw: string) => string;
  readonly required: boolean;
  readonly disabled: boolean;
  readonly onChange: (value: string) => void;
}

/**
 * A choice of a pick-list's values, showing their labels and storing their values. A value the
 * list does not hold (written before the list changed, or by Siebel) stays shown and selectable,
 * so opening a form never changes a record; an optional field can be cleared ("(none)", stored as '').
 */
export function PicklistDropdown({ value, choices, text, required, disabled, onChange }: PicklistDropdownProps) {
  const { t } = useTranslator();
  const none = t('edit.picklist.none');
  const options =
    value === '' || choices.some((c) => c.value === value) ? choices : [...choices, { value, label: value }];
  const shown = value === '' ? '' : text(options.find((c) => c.value === value)?.label ?? value);
  return (
    <Dropdown
      value={shown}
      selectedOptions={value ? [value] : []}
      disabled={disabled}
      onOptionSelect={(_, data) => onChange(data.optionValue ?? '')}
    >
      {!required && (
        <Option key="" value="" text={none}>
          {none}
        </Option>
      )}
      {options.map((choice) => (
        <Option key={choice.value} value={choice.value} text={text(choice.label)}>
          {text(choice.label)}
        </Option>
      ))}
    </Dropdown>
  );
}
