import { Checkbox, Field, Input, Textarea } from '@fluentui/react-components';
import type { CustomizationPackage } from '../../../metadata';
import type { DataDatabase } from '../../../store';
import { useDisplayText } from '../../hooks/useDisplayText';
import { useTranslator } from '../../language/TranslatorContext';
import type { EditItem } from './editPlan';
import { PicklistDropdown } from './PicklistDropdown';
import { ReferencePicker } from './ReferencePicker';
import { usePicklistChoices } from './usePicklistChoices';

/** Props of {@link FieldEditor}. */
export interface FieldEditorProps {
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  readonly item: EditItem;
  /** Display label (already resolved). */
  readonly label: string;
  readonly value: string | boolean;
  /** Validation message of this field, if any. */
  readonly problem?: string;
  readonly onChange: (value: string | boolean) => void;
}

/** One field of the edit form: the control its type asks for, with its validation message below. */
export function FieldEditor({ db, pkg, item, label, value, problem, onChange }: FieldEditorProps) {
  const { t } = useTranslator();
  const display = useDisplayText(pkg);
  const choices = usePicklistChoices(db, item);
  const text = typeof value === 'string' ? value : '';
  const readOnly = item.readOnly;
  const hint = readOnly ? t('edit.field.setBySiebel') : undefined;
  const field = (control: JSX.Element) => (
    <Field
      label={label}
      required={item.field.isRequired}
      validationMessage={problem}
      validationState={problem ? 'error' : 'none'}
      hint={hint}
    >
      {control}
    </Field>
  );
  switch (item.control) {
    case 'bool':
      return field(
        <Checkbox
          checked={value === true}
          disabled={readOnly}
          onChange={(_, data) => onChange(data.checked === true)}
        />,
      );
    case 'textarea':
      return field(
        <Textarea value={text} readOnly={readOnly} resize="vertical" onChange={(_, data) => onChange(data.value)} />,
      );
    case 'reference':
      return field(
        <ReferencePicker
          db={db}
          pkg={pkg}
          typeId={item.referenceTypeId ?? ''}
          value={text}
          disabled={readOnly}
          onChange={onChange}
        />,
      );
    case 'picklist':
      if (choices.length > 0) {
        return field(
          <PicklistDropdown
            value={text}
            choices={choices}
            text={display}
            required={item.field.isRequired}
            disabled={readOnly}
            onChange={onChange}
          />,
        );
      }
      return field(<Input value={text} readOnly={readOnly} onChange={(_, data) => onChange(data.value)} />);
    default:
      return field(
        <Input
          type={inputType(item)}
          inputMode={item.control === 'number' ? 'decimal' : undefined}
          value={text}
          readOnly={readOnly}
          onChange={(_, data) => onChange(data.value)}
        />,
      );
  }
}

// Numbers stay text inputs: a number input would silently drop what it cannot parse.
function inputType(item: EditItem): 'text' | 'date' | 'datetime-local' | 'tel' {
  switch (item.control) {
    case 'date':
      return 'date';
    case 'datetime':
    case 'utcdatetime':
      return 'datetime-local';
    default:
      return item.field.dataType === 'DTYPE_PHONE' ? 'tel' : 'text';
  }
}
