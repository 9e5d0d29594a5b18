import { Button, Caption1, makeStyles, Subtitle2, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { CustomizationPackage } from '../../../metadata';
import type { DataDatabase, FieldValue, StoredRecord } from '../../../store';
import { RecordValidationError } from '../../../sync';
import { useDisplayText } from '../../hooks/useDisplayText';
import { useTranslator } from '../../language/TranslatorContext';
import { ErrorBar } from '../ErrorBar';
import type { EditGroup } from './editPlan';
import { failureMessage } from './failureMessage';
import { FieldEditor } from './FieldEditor';
import { formValues, initialFormState, numberStyleOf, type FormState } from './formValues';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { ...typographyStyles.title3, margin: 0, overflowWrap: 'anywhere', outlineStyle: 'none' },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  note: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // Save stays in view at the bottom of a short pane while the fields scroll under it.
  sticky: {
    position: 'sticky',
    bottom: 0,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

/** Props of {@link RecordForm}. */
export interface RecordFormProps {
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  readonly groups: readonly EditGroup[];
  /** The record being edited; `null` for a new one. */
  readonly record: StoredRecord | null;
  /** For a new record: the values the form starts with (by ioElemName), saved like typed ones. */
  readonly initialValues?: Readonly<Record<string, FieldValue>>;
  /** Shown under the heading, e.g. where prefilled values came from. */
  readonly intro?: ReactNode;
  /** Keeps Save and Cancel in view at the bottom of the pane (a prefilled form is often saved as it is). */
  readonly stickyActions?: boolean;
  readonly title: string;
  /** Stores the values; rejects with `RecordValidationError` when the package's rules refuse them. */
  readonly save: (values: Readonly<Record<string, FieldValue>>) => Promise<void>;
  readonly onCancel: () => void;
}

/**
 * The package form as inputs. A save that the package's rules refuse shows each message under its
 * field (and a message about the whole record on top) and stores nothing; nothing is sent to Siebel
 * before the next synchronization, so saving works offline.
 */
export function RecordForm({
  db,
  pkg,
  groups,
  record,
  initialValues,
  intro,
  stickyActions = false,
  title,
  save,
  onCancel,
}: RecordFormProps) {
  const styles = useStyles();
  const translator = useTranslator();
  const { t } = translator;
  const text = useDisplayText(pkg);
  // Numbers are shown and typed with the language's decimal separator (3,5 in German); the store keeps numbers.
  const numbers = useMemo(() => numberStyleOf(translator.formattingLocale), [translator.formattingLocale]);
  // A new record's prefilled values are shown as a record's would be; `isNew` still saves every filled field.
  const initial = useMemo(
    () => initialFormState(groups, record ?? initialValues ?? null, numbers),
    [groups, record, initialValues, numbers],
  );
  const [state, setState] = useState<FormState>(initial);
  const [problems, setProblems] = useState<Readonly<Record<string, string>>>({});
  const [failure, setFailure] = useState<{ readonly error: unknown } | null>(null);
  const [busy, setBusy] = useState(false);
  // Why: the button that opened the form (Edit, New) is gone once it shows, and the focus fell back to
  // the page's body. It moves to the form's heading, as on the wizard's steps: a screen reader says
  // which record is edited, and the next Tab reaches the first field.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const read = formValues(groups, state, initial, record === null, numbers);
    // The number message's example decimal is written as the user may type it (12,5 in German).
    const example = `12${numbers.decimal}5`;
    if (!read.ok)
      return setProblems(
        Object.fromEntries(Object.entries(read.problems).map(([name, id]) => [name, t(id, { example })])),
      );
    setBusy(true);
    try {
      await save(read.values);
      setProblems({});
    } catch (error) {
      if (error instanceof RecordValidationError) setProblems(error.problems);
      else setFailure({ error });
    } finally {
      setBusy(false);
    }
  };

  const shown = new Set(groups.flatMap((group) => group.items.map((item) => item.field.ioElemName)));
  // A rule about the whole record, or about a field this form does not show, is told on top.
  const general = Object.entries(problems)
    .filter(([name]) => !shown.has(name))
    .map(([, message]) => text(message));
  return (
    <form className={styles.root} onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
      <h2 ref={heading} tabIndex={-1} className={styles.heading}>
        {title}
      </h2>
      {intro}
      {general.length > 0 && <ErrorBar title={t('edit.form.notSaved')} message={general.join(' ')} />}
      {failure && <ErrorBar title={t('edit.form.saveFailed')} message={failureMessage(translator, failure.error)} />}
      {groups.map((group) => (
        <fieldset key={group.title} className={styles.group}>
          <legend className={styles.legend}>
            <Subtitle2>{text(group.title)}</Subtitle2>
          </legend>
          {group.items.map((item) => {
            const name = item.field.ioElemName;
            const problem = problems[name];
            return (
              <FieldEditor
                key={name}
                db={db}
                pkg={pkg}
                item={item}
                label={text(item.label)}
                value={state[name] ?? ''}
                {...(problem ? { problem: text(problem) } : {})}
                onChange={(value) => setState((s) => ({ ...s, [name]: value }))}
              />
            );
          })}
        </fieldset>
      ))}
      <Caption1 className={styles.note}>{t('edit.form.note')}</Caption1>
      <div className={stickyActions ? `${styles.actions} ${styles.sticky}` : styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          {t('edit.save')}
        </Button>
        <Button onClick={onCancel} disabledFocusable={busy}>
          {t('edit.cancel')}
        </Button>
      </div>
    </form>
  );
}
