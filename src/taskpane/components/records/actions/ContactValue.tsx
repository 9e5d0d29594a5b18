import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslator } from '../../../language/TranslatorContext';
import type { ContactPointKind } from './contactPointKind';
import { telHref } from './contactHrefs';
import { CopyButton } from './CopyButton';
import type { NewMessage } from './useNewMessage';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  link: { overflowWrap: 'anywhere', minWidth: 0 },
});

/** Props of {@link ContactValue}. */
export interface ContactValueProps {
  readonly kind: ContactPointKind;
  readonly value: string;
  /** The field's label ("Email", "Work Phone"), for the copy button's name. */
  readonly label: string;
  /** The record's name: the recipient's display name of a new message. */
  readonly name: string;
  readonly message: NewMessage;
}

/**
 * An e-mail address or phone number in a record: a link that writes to it (Outlook's form, or
 * `mailto:`) or calls it (`tel:`), and a button that copies it.
 */
export function ContactValue({ kind, value, label, name, message }: ContactValueProps) {
  const styles = useStyles();
  const { t } = useTranslator();
  const text = value.trim();
  const href = kind === 'email' ? null : telHref(text);
  const link =
    kind === 'email' ? (
      <Link className={styles.link} {...message.props({ name, email: text })}>
        {text}
      </Link>
    ) : href ? (
      <Link className={styles.link} href={href}>
        {text}
      </Link>
    ) : (
      <span className={styles.link}>{text}</span>
    );
  return (
    <span className={styles.row}>
      {link}
      <CopyButton variant="icon" text={text} label={t('actions.copyValue', { label })} />
    </span>
  );
}
