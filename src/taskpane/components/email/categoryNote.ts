import type { ShareMarkResult } from '../../../host';
import { createTranslator, ENGLISH_CATALOG, type Translator } from '../../../i18n';

let english: Translator | undefined;

function englishTranslator(): Translator {
  english ??= createTranslator(ENGLISH_CATALOG);
  return english;
}

/**
 * What the pane says after a share when recording it on the item did not fully work; `null` when
 * all went well. In plain words (in `translator`'s language, English by default), and never as a
 * failure of the share, which is saved either way.
 */
export function categoryNote(
  result: ShareMarkResult | null,
  itemWord: 'email' | 'meeting',
  category: string | null,
  translator: Translator = englishTranslator(),
): string | null {
  if (!result) return null;
  const { t } = translator;
  const notes: string[] = [];
  const itemType = itemWord;
  const problem = result.problem;
  if (!result.recorded) {
    notes.push(
      problem ? t('email.note.notRecordedBecause', { itemType, problem }) : t('email.note.notRecorded', { itemType }),
    );
  }
  const name = category ?? '';
  if (result.category === 'notInMasterList') {
    notes.push(t('email.note.createCategory', { category: name }));
  } else if (result.category === 'notAllowed') {
    notes.push(t('email.note.notAllowed', { itemType, category: name }));
  } else if (result.category === 'failed' && result.recorded) {
    notes.push(
      problem
        ? t('email.note.categoryFailedBecause', { category: name, problem })
        : t('email.note.categoryFailed', { category: name }),
    );
  }
  // `unsupported` (an Outlook without the category API) is not worth a note: nothing can be done.
  return notes.length > 0 ? notes.join(' ') : null;
}
