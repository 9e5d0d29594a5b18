/**
 * The add-in's own validation texts (the package only brings the messages of its form rules),
 * in the languages the sample packages ship. Placeholders: `{label}`, `{type}`.
 */
const MESSAGES = {
  en: {
    unknownType: '{type} is not an object type of the customization package.',
    unknownField: '{label} is not a field of {type}.',
    notEditable: '{label} cannot be changed.',
    required: 'Enter a value for {label}.',
    text: '{label} must be text.',
    integer: 'Enter a whole number for {label}.',
    number: 'Enter a number for {label}.',
    bool: '{label} must be yes or no.',
    date: 'Enter a date (YYYY-MM-DD) for {label}.',
    datetime: 'Enter a date and time for {label}.',
  },
  de: {
    unknownType: '{type} ist kein Objekttyp des Anpassungspakets.',
    unknownField: '{label} ist kein Feld von {type}.',
    notEditable: '{label} kann nicht geändert werden.',
    required: 'Geben Sie einen Wert für {label} ein.',
    text: '{label} muss ein Text sein.',
    integer: 'Geben Sie für {label} eine ganze Zahl ein.',
    number: 'Geben Sie für {label} eine Zahl ein.',
    bool: '{label} muss ja oder nein sein.',
    date: 'Geben Sie für {label} ein Datum (JJJJ-MM-TT) ein.',
    datetime: 'Geben Sie für {label} Datum und Uhrzeit ein.',
  },
} as const;

/** A key of the add-in's validation texts. */
export type ValidationMessageKey = keyof (typeof MESSAGES)['en'];

/** The text of `key` in the language of `locale` (`de-DE`, `de_DE`, `de`), English otherwise. */
export function validationMessage(
  key: ValidationMessageKey,
  locale: string | undefined,
  values: { label?: string; type?: string },
): string {
  const language = (locale ?? '').trim().split(/[-_]/)[0].toLowerCase();
  const texts = language === 'de' ? MESSAGES.de : MESSAGES.en;
  return texts[key].replace(/\{(label|type)\}/g, (_match, name: 'label' | 'type') => values[name] ?? '');
}
