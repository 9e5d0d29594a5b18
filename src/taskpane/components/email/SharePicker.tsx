import { Button, Caption1, Checkbox, Input, makeStyles, Radio, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslator } from '../../language/TranslatorContext';
import { labelInSentence } from '../../../i18n';
import { useAsync } from '../records/useAsync';
import { useDebouncedValue } from '../records/useDebouncedValue';

/** A record offered by a picker. */
export interface PickOption {
  readonly id: string;
  readonly name: string;
  /** Why it is offered or where it belongs, e.g. "From" or the account's name. */
  readonly hint?: string;
}

const useStyles = makeStyles({
  root: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  results: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Props of {@link SharePicker}. */
export interface SharePickerProps {
  /** E.g. "Account"; names the group and its search box. */
  readonly label: string;
  /** One record (with a "None" choice) or any number. */
  readonly multiple: boolean;
  /** Suggested records, then the ones picked through the search. */
  readonly options: readonly PickOption[];
  readonly selected: readonly string[];
  readonly onChange: (ids: readonly string[], added?: PickOption) => void;
  /** Searches the local records (the store's indexes); an empty text searches nothing. */
  readonly search: (text: string) => Promise<readonly PickOption[]>;
  readonly disabled?: boolean;
}

/**
 * A choice of local records for a share: the suggestions as checkboxes (or radio buttons), and a
 * search box whose results can be added, so a record the addresses did not suggest can be linked too.
 */
export function SharePicker({
  label,
  multiple,
  options,
  selected,
  onChange,
  search,
  disabled = false,
}: SharePickerProps) {
  const styles = useStyles();
  const translator = useTranslator();
  const { t } = translator;
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 200);
  const results = useAsync(() => (query === '' ? Promise.resolve([]) : search(query)), [query, search]);
  const name = `share-${label}`;
  const searchLabel = t('email.picker.search', { label: labelInSentence(translator, label) });
  const pick = (option: PickOption, on: boolean) => {
    const rest = selected.filter((id) => id !== option.id);
    const next = on ? (multiple ? [...rest, option.id] : [option.id]) : rest;
    onChange(next, options.some((o) => o.id === option.id) ? undefined : option);
  };
  const found =
    results.status === 'done'
      ? results.value.filter((r) => !(multiple && selected.includes(r.id)) && !(!multiple && selected[0] === r.id))
      : [];
  return (
    <fieldset className={styles.root} disabled={disabled}>
      <legend className={styles.legend}>{label}</legend>
      {!multiple && (
        <Radio
          name={name}
          label={t('email.picker.none')}
          checked={selected.length === 0}
          onChange={() => onChange([])}
        />
      )}
      {options.map((option) => {
        const caption = option.hint
          ? t('email.picker.withHint', { name: option.name, hint: option.hint })
          : option.name;
        const checked = selected.includes(option.id);
        return multiple ? (
          <Checkbox
            key={option.id}
            label={caption}
            checked={checked}
            onChange={(_, data) => pick(option, data.checked === true)}
          />
        ) : (
          <Radio
            key={option.id}
            name={name}
            value={option.id}
            label={caption}
            checked={checked}
            onChange={() => pick(option, true)}
          />
        );
      })}
      {options.length === 0 && <Caption1 className={styles.muted}>{t('email.picker.noSuggestion')}</Caption1>}
      <Input
        size="small"
        type="search"
        aria-label={searchLabel}
        placeholder={searchLabel}
        value={text}
        onChange={(_, data) => setText(data.value)}
      />
      {results.status === 'loading' && query !== '' && (
        <Caption1 className={styles.muted}>{t('email.picker.searching')}</Caption1>
      )}
      {results.status === 'done' && query !== '' && found.length === 0 && (
        <Caption1 className={styles.muted}>{t('email.picker.noOtherMatch', { query })}</Caption1>
      )}
      {found.length > 0 && (
        <ul className={styles.results} aria-label={t('email.picker.results', { label })}>
          {found.map((option) => (
            <li key={option.id}>
              <Button
                size="small"
                appearance="transparent"
                onClick={() => {
                  pick(option, true);
                  setText('');
                }}
              >
                {t(multiple ? 'email.picker.add' : 'email.picker.choose', { name: option.name })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
