import { Body1, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { ...typographyStyles.subtitle1, margin: 0, outlineStyle: 'none' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** Props of {@link WizardStep}. */
export interface WizardStepProps {
  readonly title: string;
  readonly intro?: ReactNode;
  /** "Step 2 of 6". */
  readonly position: string;
  readonly children?: ReactNode;
  readonly actions?: ReactNode;
}

/**
 * The frame of one wizard step. Focus moves to its heading when it appears, so keyboard and
 * screen-reader users start each step at its top instead of on a button that no longer exists.
 */
export function WizardStep({ title, intro, position, children, actions }: WizardStepProps) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className={styles.root} aria-label={title}>
      <Body1>{position}</Body1>
      <h2 ref={heading} tabIndex={-1} className={styles.heading}>
        {title}
      </h2>
      {intro && <Body1>{intro}</Body1>}
      {children}
      {actions && <div className={styles.actions}>{actions}</div>}
    </section>
  );
}
