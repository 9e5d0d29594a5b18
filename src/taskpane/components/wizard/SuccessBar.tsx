import { MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  // Success texts carry server URLs; without this they widen a 320 px task pane.
  body: { minWidth: 0, overflowWrap: 'anywhere' },
});

/** A success, told in a Fluent MessageBar that screen readers announce politely. */
export function SuccessBar({ message }: { readonly message: string }) {
  const styles = useStyles();
  return (
    <MessageBar intent="success" role="status" layout="multiline">
      <MessageBarBody className={styles.body}>{message}</MessageBarBody>
    </MessageBar>
  );
}
