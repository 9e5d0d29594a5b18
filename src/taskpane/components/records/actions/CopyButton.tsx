import {
  Body1,
  Button,
  Input,
  makeStyles,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import { CheckmarkRegular, CopyRegular } from '@fluentui/react-icons';
import { useTranslator } from '../../../language/TranslatorContext';
import { useActionStyles } from './useActionStyles';
import { useCopy } from './useCopy';

const useStyles = makeStyles({
  surface: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '260px' },
});

/** Props of {@link CopyButton}. */
export interface CopyButtonProps {
  /** What goes on the clipboard. */
  readonly text: string;
  /** The button's name: "Copy Id", "Copy Email". */
  readonly label: string;
  /** Says what exactly is copied, on hover and to screen readers (the action row's button). */
  readonly description?: string;
  /** `action`: icon above the label, in the action row; `icon`: a 32 px icon button beside a value. */
  readonly variant: 'action' | 'icon';
}

/**
 * Copies `text`. Success shows "Copied" on the button for a moment (and tells screen readers); a
 * refused clipboard opens a box beside the button with the text selected, to copy by hand.
 */
export function CopyButton({ text, label, description, variant }: CopyButtonProps) {
  const styles = useStyles();
  const actionStyles = useActionStyles();
  const { t } = useTranslator();
  const { state, copy, reset } = useCopy();
  const copied = state === 'copied';
  const icon = copied ? <CheckmarkRegular /> : <CopyRegular />;
  const button =
    variant === 'action' ? (
      <Button className={actionStyles.action} appearance="subtle" icon={icon} onClick={() => copy(text)}>
        {copied ? t('actions.copied') : label}
      </Button>
    ) : (
      <Button className={actionStyles.inline} appearance="subtle" icon={icon} onClick={() => copy(text)} />
    );
  // An icon-only button is named by its tooltip; the action row's button by its label.
  const tooltip =
    variant === 'action'
      ? { content: description ?? label, relationship: 'description' as const }
      : { content: label, relationship: 'label' as const };
  return (
    <>
      {/* Only a refused copy opens the box: a click asks for it to open, which is ignored. */}
      <Popover open={state === 'refused'} onOpenChange={(_, data) => !data.open && reset()} trapFocus withArrow>
        <PopoverTrigger disableButtonEnhancement>
          <Tooltip {...tooltip} withArrow>
            {button}
          </Tooltip>
        </PopoverTrigger>
        <PopoverSurface className={styles.surface} aria-label={label}>
          <Body1>{t('actions.copyRefused')}</Body1>
          <Input
            readOnly
            value={text}
            aria-label={t('actions.copyRefused.text')}
            onFocus={(e) => e.currentTarget.select()}
          />
          <Button onClick={reset}>{t('actions.dismiss')}</Button>
        </PopoverSurface>
      </Popover>
      <span role="status" className={actionStyles.hidden}>
        {copied ? t('actions.copied') : ''}
      </span>
    </>
  );
}
