import { preloadable } from './preloadable';

// The tabs' views other than the records list (docs/performance.md, "First screen"), each a chunk of
// its own: App.tsx preloads them when the page is idle after the records list showed, TabbedViews.tsx
// renders them (a tab opened before that waits for its chunk behind a spinner).
export const emailTab = preloadable(
  () => import(/* webpackChunkName: "tab-email" */ './components/email/CurrentEmailView'),
);
export const syncTab = preloadable(
  () => import(/* webpackChunkName: "tab-sync" */ './components/syncTab/SyncStatusView'),
);
export const issuesTab = preloadable(
  () => import(/* webpackChunkName: "tab-issues" */ './components/issues/IssuesView'),
);
export const optionsTab = preloadable(
  () => import(/* webpackChunkName: "tab-options" */ './components/options/OptionsView'),
);
