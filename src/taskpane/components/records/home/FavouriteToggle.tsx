import { makeStyles, ToggleButton, tokens, Tooltip } from '@fluentui/react-components';
import { Star20Filled, Star20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslator } from '../../../language/TranslatorContext';
import { FailureNote } from '../FailureNote';

const useStyles = makeStyles({
  // The same gold star as the home's favourite rows, so a rep recognises the mark.
  on: { color: tokens.colorPaletteMarigoldForeground1 },
});

/** Props of {@link FavouriteToggle}. */
export interface FavouriteToggleProps {
  readonly favourite: boolean;
  readonly onChange: (favourite: boolean) => Promise<void>;
  /** Only the star (a row); with the word "Favourite" by default (a record's toolbar). */
  readonly iconOnly?: boolean;
}

/**
 * The star that pins a record to the top of the Records tab: a toggle button (pressed = pinned),
 * its name fixed and its state in `aria-pressed`, as screen readers expect of a toggle.
 */
export function FavouriteToggle({ favourite, onChange, iconOnly = false }: FavouriteToggleProps) {
  const styles = useStyles();
  const { t } = useTranslator();
  const [error, setError] = useState<unknown>(null);
  const toggle = () => {
    setError(null);
    onChange(!favourite).catch(setError);
  };
  return (
    <>
      <Tooltip content={favourite ? t('search.favourite.on') : t('search.favourite.off')} relationship="description">
        <ToggleButton
          appearance="subtle"
          checked={favourite}
          icon={favourite ? <Star20Filled className={styles.on} /> : <Star20Regular />}
          aria-label={iconOnly ? t('search.favourite.toggle') : undefined}
          onClick={toggle}
        >
          {iconOnly ? undefined : t('search.favourite.toggle')}
        </ToggleButton>
      </Tooltip>
      {error !== null && <FailureNote size="caption" lead={t('search.favourite.failed')} error={error} />}
    </>
  );
}
