import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, type Theme } from '@fluentui/react-components';

/** The task pane's only screen when the deployment file cannot be used. */
export function DeploymentProblem({ theme, title, message }: { theme: Theme; title: string; message: string }) {
  return (
    <FluentProvider theme={theme}>
      <main style={{ padding: 12 }}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{title}</MessageBarTitle>
            {message}
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
