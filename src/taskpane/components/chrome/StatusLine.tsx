import { Badge, Button, Spinner, Tooltip, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  ArrowUploadRegular,
  CloudCheckmarkRegular,
  CloudDismissRegular,
  CloudOffRegular,
  CloudRegular,
  WarningRegular,
} from '@fluentui/react-icons';
import type { NetworkStatus } from '../../hooks/useAutoSync';
import { useSync } from '../../hooks/useSync';
import { useTranslator } from '../../language/TranslatorContext';
import type { LocalCounts } from '../issues/useLocalCounts';
import { PANE_PADDING } from './paneSpacing';
import { statusAnnouncement, syncStateText } from './statusTexts';
import { syncStateOf, type ChromeSyncState } from './syncStateOf';
import { useLastSync } from './useLastSync';
import { useNow } from './useNow';
import { useOnline } from './useOnline';
import { useTypeOrder } from './useTypeOrder';
import { visuallyHidden } from './visuallyHidden';

const useStyles = makeStyles({
  // A band across the pane's top, where a title was: the first thing a glance at the pane finds.
  root: {
    marginInline: `calc(-1 * ${PANE_PADDING})`,
    paddingInline: PANE_PADDING,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    minHeight: '32px',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  // The state's text leads; the counts and "Offline" go to the line's end (or wrap below it).
  state: { marginInlineEnd: 'auto', fontWeight: tokens.fontWeightRegular },
  icon: { fontSize: '16px', flexShrink: 0, color: tokens.colorNeutralForeground3 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  action: { minHeight: '32px', minWidth: 0, paddingInline: tokens.spacingHorizontalXS },
  issues: { color: tokens.colorPaletteRedForeground1 },
  hidden: visuallyHidden,
});

/** Props of {@link StatusLine}. */
export interface StatusLineProps {
  /** Unsent local changes and open issues; `null` while unknown. */
  readonly counts: LocalCounts | null;
  /** Automatic synchronization waits for the network. */
  readonly paused: boolean;
  /** Opens the Sync tab (the unsent changes) or the Issues tab. */
  readonly onOpen: (tab: 'sync' | 'issues') => void;
  /** Tests pass their own network; the browser's by default. */
  readonly network?: NetworkStatus;
}

/**
 * The always-visible status line at the top of the task pane (PaneHeader keeps it in view): when the last synchronization
 * was (or its progress now), the unsent changes and open issues as counts that open their tab, and
 * "Offline". Its live region speaks only of what changed in substance (see statusAnnouncement).
 */
export function StatusLine({ counts, paused, onOpen, network }: StatusLineProps) {
  const styles = useStyles();
  const translator = useTranslator();
  const { t } = translator;
  const { running, progress } = useSync();
  const last = useLastSync();
  const now = useNow();
  const offline = !useOnline(network) || paused;
  const typeOrder = useTypeOrder();
  const state = syncStateOf(running, progress, typeOrder, last);
  const pending = counts?.pending ?? 0;
  const issues = counts?.issues ?? 0;
  return (
    <section className={styles.root} aria-label={t('app.status.label')}>
      {state.kind !== 'reading' && (
        <Button
          className={mergeClasses(styles.action, styles.state, state.kind === 'failed' && styles.failed)}
          size="small"
          appearance="subtle"
          icon={<StateIcon state={state} />}
          onClick={() => onOpen('sync')}
        >
          {syncStateText(translator, state, now)}
        </Button>
      )}
      <span className={styles.actions}>
        {pending > 0 && (
          <Tooltip content={t('app.status.pending.hint', { count: pending })} relationship="description">
            <Button
              className={styles.action}
              size="small"
              appearance="subtle"
              icon={<ArrowUploadRegular />}
              onClick={() => onOpen('sync')}
            >
              {t('app.status.pending', { count: pending })}
            </Button>
          </Tooltip>
        )}
        {issues > 0 && (
          <Tooltip content={t('app.status.issues.hint')} relationship="description">
            <Button
              className={mergeClasses(styles.action, styles.issues)}
              size="small"
              appearance="subtle"
              icon={<WarningRegular />}
              onClick={() => onOpen('issues')}
            >
              {t('app.status.issues', { count: issues })}
            </Button>
          </Tooltip>
        )}
        {offline && (
          <Badge appearance="tint" color="warning" icon={<CloudOffRegular />}>
            {t('app.status.offline')}
          </Badge>
        )}
      </span>
      <span role="status" aria-live="polite" className={styles.hidden}>
        {statusAnnouncement(translator, state, issues, offline)}
      </span>
    </section>
  );
}

function StateIcon({ state }: { readonly state: ChromeSyncState }) {
  const styles = useStyles();
  if (state.kind === 'syncing') return <Spinner size="extra-tiny" aria-hidden />;
  const Icon = {
    reading: CloudRegular,
    never: CloudRegular,
    synced: CloudCheckmarkRegular,
    failed: CloudDismissRegular,
  }[state.kind];
  return <Icon className={mergeClasses(styles.icon, state.kind === 'failed' && styles.failed)} aria-hidden />;
}
