import type { Translator } from '../../../i18n';
import { formatRelativeTime } from './relativeTime';
import type { ChromeSyncState } from './syncStateOf';

/** The status line's text for `state` at `now`: "Synced 5 min. ago", "Syncing… 42 %", "Never synced"; empty while reading. */
export function syncStateText(translator: Translator, state: ChromeSyncState, now: number): string {
  const { t } = translator;
  const ago = (at: number) => formatRelativeTime(at, now, translator.uiLocale, translator.formattingLocale);
  switch (state.kind) {
    case 'reading':
      return '';
    case 'syncing':
      return state.share === null ? t('app.status.syncing') : t('app.status.syncingShare', { share: state.share });
    case 'never':
      return t('app.status.never');
    case 'synced': {
      const when = ago(state.at);
      return when === null ? t('app.status.syncedJustNow') : t('app.status.synced', { when });
    }
    case 'failed': {
      const when = ago(state.at);
      return when === null ? t('app.status.failedJustNow') : t('app.status.failed', { when });
    }
  }
}

/**
 * What the status line's live region says: whether a run goes on, ended or failed, the open issues,
 * and being offline. No time and no percentage, so it changes, and is announced, only when
 * something a rep should hear about changed, not every minute or every page of records.
 */
export function statusAnnouncement(
  { t }: Translator,
  state: ChromeSyncState,
  issues: number,
  offline: boolean,
): string {
  const parts: string[] = [];
  if (state.kind === 'syncing') parts.push(t('app.status.announce.syncing'));
  if (state.kind === 'synced') parts.push(t('app.status.announce.synced'));
  if (state.kind === 'failed') parts.push(t('app.status.announce.failed'));
  if (issues > 0) parts.push(t('app.status.announce.issues', { count: issues }));
  if (offline) parts.push(t('app.offline'));
  return parts.join(' ');
}
