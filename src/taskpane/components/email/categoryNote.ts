import type { ShareMarkResult } from '../../../host';

/**
 * What the pane says after a share when recording it on the item did not fully work; `null` when
 * all went well. In plain words, and never as a failure of the share, which is saved either way.
 */
export function categoryNote(
  result: ShareMarkResult | null,
  itemWord: 'email' | 'meeting',
  category: string | null,
): string | null {
  if (!result) return null;
  const notes: string[] = [];
  if (!result.recorded) {
    notes.push(
      `The share could not be written into the ${itemWord} itself${result.problem ? ` (${result.problem})` : ''}: this computer still knows it is shared, but another Outlook may show it as not shared.`,
    );
  }
  if (result.category === 'notInMasterList') {
    notes.push(
      `To see shared items at a glance, create an Outlook category named "${category}" once (Categorize › All categories › New); from then on it is applied to every item you share.`,
    );
  } else if (result.category === 'notAllowed') {
    notes.push(
      `Outlook did not let the add-in mark this ${itemWord} with the "${category}" category (it may be read-only here).`,
    );
  } else if (result.category === 'failed' && result.recorded) {
    notes.push(`The "${category}" category could not be applied${result.problem ? ` (${result.problem})` : ''}.`);
  }
  // `unsupported` (an Outlook without the category API) is not worth a note: nothing can be done.
  return notes.length > 0 ? notes.join(' ') : null;
}
