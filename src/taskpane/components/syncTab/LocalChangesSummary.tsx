import { Body1, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '2px' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** Props of {@link LocalChangesSummary}. */
export interface LocalChangesSummaryProps {
  readonly pending: number;
  readonly issues: number;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** How many local changes wait for the next synchronization, and how many issues wait for the user. */
export function LocalChangesSummary({ pending, issues }: LocalChangesSummaryProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} aria-label="Local changes">
      <Body1>
        {pending === 0
          ? 'No local changes waiting to be sent.'
          : `Not yet synchronized: ${plural(pending, 'local change', 'local changes')}, sent at the next synchronization.`}
      </Body1>
      {issues > 0 && (
        <Body1 className={styles.warning}>
          {plural(issues, 'synchronization issue needs', 'synchronization issues need')} your decision: see the Issues
          tab.
        </Body1>
      )}
    </div>
  );
}
