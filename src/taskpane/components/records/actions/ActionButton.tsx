import { Button, Tooltip } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useActionStyles } from './useActionStyles';

/** Props of {@link ActionButton}. */
export interface ActionButtonProps {
  readonly icon: ReactElement;
  /** The short visible label, also the control's name ("Call"). */
  readonly label: string;
  /** Says what exactly happens ("Call +1 415 555 0100"), on hover and to screen readers. */
  readonly description: string;
  /** A link (`mailto:`, `tel:`, a map or Siebel URL) … */
  readonly href?: string;
  /** … opened in a new window (a web page, never the pane itself) … */
  readonly newWindow?: boolean;
  /** … or a button. */
  readonly onClick?: () => void;
}

/**
 * One action of a record's action row: a Fluent button, rendered as a link when it has an `href`
 * (so a browser offers "Copy link" and the like), with its icon above the label.
 */
export function ActionButton({ icon, label, description, href, newWindow = false, onClick }: ActionButtonProps) {
  const styles = useActionStyles();
  const link = href === undefined ? {} : { as: 'a' as const, href };
  const away = newWindow ? { target: '_blank', rel: 'noopener noreferrer' } : {};
  return (
    <Tooltip content={description} relationship="description" withArrow>
      <Button {...link} {...away} className={styles.action} appearance="subtle" icon={icon} onClick={onClick}>
        {label}
      </Button>
    </Tooltip>
  );
}
