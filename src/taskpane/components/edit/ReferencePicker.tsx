import { Combobox, Option } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { findObject, formatRecordName, type CustomizationPackage } from '../../../metadata';
import type { DataDatabase, StoredRecord } from '../../../store';
import { useTranslator } from '../../language/TranslatorContext';
import { listPlan } from '../records/listPlan';
import { useAsync } from '../records/useAsync';
import { useDebouncedValue } from '../records/useDebouncedValue';

/** Matches offered at once; typing narrows them through the store's indexes. */
export const PICKER_LIMIT = 20;

/** Props of {@link ReferencePicker}. */
export interface ReferencePickerProps {
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  /** The type whose local records are offered. */
  readonly typeId: string;
  /** The chosen record's id ('' = none). */
  readonly value: string;
  readonly onChange: (id: string) => void;
  readonly disabled?: boolean;
}

/**
 * A searchable choice of one local record of `typeId` (new, not yet synchronized ones too): typing
 * searches the type's searchable fields; the chosen record shows by its name format. Clearing it
 * removes the reference.
 */
export function ReferencePicker({ db, pkg, typeId, value, onChange, disabled = false }: ReferencePickerProps) {
  const { t } = useTranslator();
  const object = findObject(pkg, typeId);
  const nameOf = (record: StoredRecord) =>
    formatRecordName(pkg, typeId, record) || String(record[object?.primaryKey ?? 'Id']);
  const current = useAsync(
    () => (value ? db.get(typeId, value).catch(() => undefined) : Promise.resolve(undefined)),
    [db, typeId, value],
  );
  const [query, setQuery] = useState('');
  const [typing, setTyping] = useState(false);
  const search = useDebouncedValue(typing ? query.trim() : '', 150);
  const matches = useAsync(() => {
    if (search !== '') return db.search(typeId, { text: search, limit: PICKER_LIMIT });
    const orderBy = listPlan(pkg, db.layout, typeId)?.orderBy;
    return db.list(typeId, { ...(orderBy ? { orderBy } : {}), offset: 0, limit: PICKER_LIMIT });
  }, [db, pkg, typeId, search]);
  const currentName = current.status === 'done' ? (current.value ? nameOf(current.value) : value) : '';
  // While the user is not typing, the box shows the chosen record's name.
  useEffect(() => {
    if (!typing) setQuery(currentName);
  }, [currentName, typing]);
  const options = matches.status === 'done' ? matches.value : [];
  return (
    <Combobox
      freeform
      clearable
      disabled={disabled}
      placeholder={t('edit.reference.placeholder')}
      value={query}
      selectedOptions={value ? [value] : []}
      onChange={(event) => {
        setTyping(true);
        setQuery(event.target.value);
      }}
      onOptionSelect={(_, data) => {
        setTyping(false);
        onChange(data.optionValue ?? '');
        if (!data.optionValue) setQuery('');
      }}
      onBlur={() => setTyping(false)}
    >
      {options.map((record) => {
        const key = String(record[object?.primaryKey ?? 'Id']);
        const name = nameOf(record);
        return (
          <Option key={key} value={key} text={name}>
            {name}
          </Option>
        );
      })}
      {options.length === 0 && (
        <Option key="" value="" text="" disabled>
          {t(matches.status === 'loading' ? 'edit.reference.searching' : 'edit.reference.noMatches')}
        </Option>
      )}
    </Combobox>
  );
}
