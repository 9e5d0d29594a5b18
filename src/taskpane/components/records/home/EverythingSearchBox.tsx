import { SearchBox } from '@fluentui/react-components';
import type { KeyboardEvent, Ref } from 'react';
import { useTranslator } from '../../../language/TranslatorContext';

/** Props of {@link EverythingSearchBox}. */
export interface EverythingSearchBoxProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly inputRef: Ref<HTMLInputElement>;
  /** Down moves into the results (their first row). */
  readonly results: HTMLElement | null;
}

/** The one search box of the Records tab: every type at once; Escape clears it, Down goes to the results. */
export function EverythingSearchBox({ value, onChange, inputRef, results }: EverythingSearchBoxProps) {
  const { t } = useTranslator();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && value !== '') {
      event.preventDefault();
      onChange('');
    } else if (event.key === 'ArrowDown') {
      const first = results?.querySelector<HTMLElement>('[data-home-row]');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  };
  return (
    <SearchBox
      input={{ ref: inputRef }}
      placeholder={t('search.box.placeholder')}
      aria-label={t('search.box.label')}
      value={value}
      onChange={(_, data) => onChange(data.value)}
      onKeyDown={onKeyDown}
    />
  );
}
