import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles the Current email tab's cards and rows share. */
export const useEmailStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
  label: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  lines: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  // A line a finger can hit: 32 px high, the link first, its hint (stage, day) after it.
  line: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    minHeight: '32px',
    minWidth: 0,
    '& > button': { minHeight: '32px', textAlign: 'start' },
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});
