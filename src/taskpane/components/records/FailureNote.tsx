import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { describeError, type Translator } from '../../../i18n';
import { useTranslator } from '../../language/TranslatorContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0, overflowWrap: 'anywhere' },
  details: { color: tokens.colorNeutralForeground3 },
});

/** Props of {@link FailureNote}. */
export interface FailureNoteProps {
  /** What failed, in our words ("Reading the record failed."). */
  readonly lead: string;
  readonly error: unknown;
  /** `caption` inside a list or a status line, `body` for a whole view. */
  readonly size?: 'body' | 'caption';
}

/**
 * A failure told in place (an alert): what failed, what the error means and what to do (by its
 * code, see `describeError`), then its technical details for the administrator.
 */
export function FailureNote({ lead, error, size = 'body' }: FailureNoteProps) {
  const styles = useStyles();
  const translator = useTranslator();
  const { advice, details } = failureText(translator, error);
  const Lead = size === 'body' ? Body1 : Caption1;
  return (
    <div className={styles.root} role="alert">
      <Lead>{lead}</Lead>
      <Caption1>{advice}</Caption1>
      <Caption1 className={styles.details}>{details}</Caption1>
    </div>
  );
}

/** `error` in the user's language: its meaning with what to do, and its technical details. */
export function failureText(translator: Translator, error: unknown): { advice: string; details: string } {
  const description = describeError(translator, error);
  return {
    advice: translator.t('records.failure.advice', { title: description.title, whatToDo: description.whatToDo }),
    details: translator.t('records.failure.details', { details: description.details }),
  };
}
