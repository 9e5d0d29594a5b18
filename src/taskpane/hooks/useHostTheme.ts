import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Host, HostTheme } from '../../host';

/** The Fluent UI theme for a host theme. */
export function fluentTheme(theme: HostTheme): Theme {
  return theme === 'dark' ? webDarkTheme : webLightTheme;
}

/**
 * The Fluent UI theme that follows the host: it changes, and the task pane re-renders, when the
 * user switches the Office theme while the pane is open (`OfficeThemeChanged`).
 *
 * @example
 * const theme = useHostTheme(host);
 * return <FluentProvider theme={theme}>…</FluentProvider>;
 */
export function useHostTheme(host: Host): Theme {
  const [theme, setTheme] = useState<HostTheme>(host.theme);
  // Subscribing after the first render: read the theme again in case it changed in between.
  useEffect(() => {
    setTheme(host.theme);
    return host.onThemeChanged?.(setTheme);
  }, [host]);
  return fluentTheme(theme);
}
