import { createLogger } from '../../shared';

/** The localStorage key holding what the standalone host's made-up items carry in the "mailbox". */
export const STANDALONE_ITEMS_KEY = 'crm-desktop.standaloneItems';

/** What one made-up item carries, as Outlook keeps it with the item in the mailbox. */
export interface StandaloneItemState {
  /** The add-in's custom properties (Office: per add-in, on the item). */
  readonly properties: Readonly<Record<string, string>>;
  readonly categories: readonly string[];
}

/** Custom properties and categories of the standalone host's items, by item key, kept in localStorage. */
export interface StandaloneItemStore {
  get(itemKey: string): StandaloneItemState;
  setProperty(itemKey: string, name: string, value: string): void;
  addCategory(itemKey: string, category: string): void;
  /** The item `to` is a copy of `from` (the sent copy of a draft, the item after a move): it keeps what `from` carried. */
  carry(from: string, to: string): void;
}

const EMPTY: StandaloneItemState = { properties: {}, categories: [] };
const log = createLogger('host');

/**
 * Stands in for the mailbox the standalone page has not got, so demos and browser tests can share
 * an item, "send" or "move" it (select it again under a new key with `carryFrom`), and see that
 * the share follows it. Unreadable storage starts empty; a refused write is logged, not thrown.
 */
export function standaloneItemStore(storage: Storage): StandaloneItemStore {
  let items: Record<string, StandaloneItemState> = {};
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STANDALONE_ITEMS_KEY) ?? '{}');
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
      items = parsed as Record<string, StandaloneItemState>;
  } catch {
    items = {};
  }
  const save = () => {
    try {
      storage.setItem(STANDALONE_ITEMS_KEY, JSON.stringify(items));
    } catch (error) {
      log.warn(
        `the sample items' properties could not be kept in localStorage (${(error as Error)?.name ?? 'error'}); they last until the page reloads`,
      );
    }
  };
  const get = (itemKey: string): StandaloneItemState => {
    const state = items[itemKey];
    return state && typeof state.properties === 'object' && Array.isArray(state.categories) ? state : EMPTY;
  };
  return {
    get,
    setProperty: (itemKey, name, value) => {
      const state = get(itemKey);
      items[itemKey] = { ...state, properties: { ...state.properties, [name]: value } };
      save();
    },
    addCategory: (itemKey, category) => {
      const state = get(itemKey);
      if (state.categories.includes(category)) return;
      items[itemKey] = { ...state, categories: [...state.categories, category] };
      save();
    },
    carry: (from, to) => {
      if (from === to || !items[from]) return;
      items[to] = {
        properties: { ...get(from).properties, ...get(to).properties },
        categories: [...new Set([...get(from).categories, ...get(to).categories])],
      };
      save();
    },
  };
}
