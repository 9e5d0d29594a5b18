import { AddinError } from '../../shared';

/**
 * The reason the ribbon's Sync aborts its run with: the command's time budget ran out (Outlook ends
 * a ribbon command's runtime five minutes after the click). The engine checkpoints, logs off and
 * reports `cancelled`; this reason tells the command that it was the clock, not the user.
 */
export class RibbonTimeLimitError extends AddinError {
  override name = 'RibbonTimeLimitError';

  constructor(readonly budgetMs: number) {
    super(
      'Timeout',
      `The ribbon's Sync stopped ${Math.round(budgetMs / 60_000)} minutes after the click, before Outlook ends the command — press Sync again or open CRM Desktop to continue where it stopped`,
    );
  }
}
