import { HostError } from '../errors/HostError';
import { SHARE_PROPERTY, sharePropertyValue } from '../share/shareProperty';
import type { CategoryOutcome, ShareMark, ShareMarkResult } from '../types';
import { fromAsync } from './fromAsync';
import { loadCustomProperties, type CustomPropertiesItem } from './outlookShareProperty';

type CategoriesItem = CustomPropertiesItem & { categories?: Office.Categories };

/** Office's detail of a failed call (`fromAsync` keeps Office's error as the cause). */
function officeError(error: unknown): { name: string; code: number | null; message: string } {
  const cause = (error instanceof HostError ? error.cause : error) as Partial<Office.Error> | undefined;
  return {
    name: String(cause?.name ?? ''),
    code: typeof cause?.code === 'number' ? cause.code : null,
    message: (error as Error)?.message ?? String(error),
  };
}

function categoryOutcome(error: unknown): CategoryOutcome {
  const { name, code, message } = officeError(error);
  if (/invalid ?category/i.test(name) || /invalid ?categor/i.test(message)) return 'notInMasterList';
  // 7000 is Office's "Permission Denied": the manifest or the item does not allow writing.
  if (code === 7000 || /permission|access ?denied|read-?only/i.test(`${name} ${message}`)) return 'notAllowed';
  return 'failed';
}

/** Writes the share key into the item's custom properties and saves them with the item. */
async function recordKey(item: CategoriesItem, shareKey: string, now: Date): Promise<void> {
  const properties = await loadCustomProperties(item);
  properties.set(SHARE_PROPERTY, sharePropertyValue(shareKey, now));
  await fromAsync<void>("save the add-in's properties of the item", (done) => properties.saveAsync(done));
}

/** Applies `category` unless the item has it; needs Mailbox 1.8 and the read/write item permission. */
async function applyCategory(
  requirements: Office.RequirementSetSupport | undefined,
  item: CategoriesItem,
  category: string,
): Promise<CategoryOutcome> {
  if (!requirements?.isSetSupported('Mailbox', '1.8') || !item.categories) return 'unsupported';
  // Outlook on the web and new Outlook refuse categories on a message being written; the share
  // key in the custom properties still reaches the sent copy, which gets the category when shared.
  if (typeof (item as { subject?: unknown }).subject === 'object') return 'unsupported';
  const categories = item.categories;
  const current = await fromAsync<Office.CategoryDetails[]>('read the categories of the item', (done) =>
    categories.getAsync(done),
  );
  if ((current ?? []).some((c) => c.displayName === category)) return 'applied';
  await fromAsync<void>('apply the category to the item', (done) => categories.addAsync([category], done));
  return 'applied';
}

/**
 * Records a share on `mailbox.item`: the share key in its custom properties, then the category.
 * Each step is best-effort and reported, never thrown: the share is already saved locally.
 */
export async function outlookMarkShared(
  mailbox: Office.Mailbox,
  requirements: Office.RequirementSetSupport | undefined,
  mark: ShareMark,
  now = new Date(),
): Promise<ShareMarkResult> {
  const item = mailbox.item as CategoriesItem | null | undefined;
  if (!item) return { recorded: false, category: 'failed', problem: 'no item is open in Outlook' };
  const problems: string[] = [];
  let recorded = false;
  try {
    await recordKey(item, mark.shareKey, now);
    recorded = true;
  } catch (error) {
    problems.push(officeError(error).message);
  }
  let category: CategoryOutcome = 'none';
  try {
    if (mark.category !== null) category = await applyCategory(requirements, item, mark.category);
  } catch (error) {
    category = categoryOutcome(error);
    if (category === 'failed' || category === 'notAllowed') problems.push(officeError(error).message);
  }
  return problems.length > 0 ? { recorded, category, problem: problems.join('; ') } : { recorded, category };
}
