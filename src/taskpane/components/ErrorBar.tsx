import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  // Error messages carry long server URLs; without this they overflow a 320 px task pane.
  body: { minWidth: 0, overflowWrap: 'anywhere' },
  message: { display: 'block' },
});

/** Props of {@link ErrorBar}. */
export interface ErrorBarProps {
  readonly title: string;
  readonly message: string;
}

/** A failure, told in a Fluent error MessageBar that screen readers announce. */
export function ErrorBar({ title, message }: ErrorBarProps) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{title}</MessageBarTitle>
        <span className={styles.message}>{message}</span>
      </MessageBarBody>
    </MessageBar>
  );
}
