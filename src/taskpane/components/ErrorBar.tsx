import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ErrorDescription } from '../../i18n';
import { useTranslator } from '../language/TranslatorContext';

const useStyles = makeStyles({
  // Error messages carry long server URLs; without this they overflow a 320 px task pane.
  body: { minWidth: 0, overflowWrap: 'anywhere' },
  message: { display: 'block' },
  details: { display: 'block', marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3 },
});

/**
 * Props of {@link ErrorBar}: a title and a message, or a {@link ErrorDescription} (from
 * `describeFailure`): its title, what to do, and the error's own message as the details.
 */
export type ErrorBarProps =
  | { readonly title: string; readonly message: string; readonly description?: undefined }
  | { readonly description: ErrorDescription; readonly title?: undefined; readonly message?: undefined };

/** A failure, told in a Fluent error MessageBar that screen readers announce. */
export function ErrorBar(props: ErrorBarProps) {
  const styles = useStyles();
  const { t } = useTranslator();
  const { description } = props;
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{description ? description.title : props.title}</MessageBarTitle>
        <span className={styles.message}>{description ? description.whatToDo : props.message}</span>
        {description && description.details !== '' && (
          <span className={styles.details}>{t('error.detailsLine', { details: description.details })}</span>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
