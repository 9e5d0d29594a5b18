import { SHARE_PROPERTY, shareKeyOfProperty } from '../share/shareProperty';
import { fromAsync } from './fromAsync';

/** The item as far as custom properties go (read and compose mode, Mailbox 1.1). */
export interface CustomPropertiesItem {
  loadCustomPropertiesAsync?(callback: (result: Office.AsyncResult<Office.CustomProperties>) => void): void;
}

/** The item's custom properties, or a rejection with a `HostError` naming what failed. */
export function loadCustomProperties(item: CustomPropertiesItem): Promise<Office.CustomProperties> {
  if (typeof item.loadCustomPropertiesAsync !== 'function')
    return Promise.reject(new Error('this Outlook offers add-ins no custom properties on this item'));
  return fromAsync<Office.CustomProperties>("load the add-in's properties of the item", (done) =>
    item.loadCustomPropertiesAsync!(done),
  );
}

/**
 * The share key an earlier share recorded on the item; `null` when there is none or the
 * properties cannot be read (Outlook on Mac offline keeps no copy of them): the item then looks
 * unshared here, and the local lookup by its ids still finds a share this Outlook made.
 */
export async function readShareProperty(item: CustomPropertiesItem): Promise<string | null> {
  try {
    return shareKeyOfProperty((await loadCustomProperties(item)).get(SHARE_PROPERTY));
  } catch {
    return null;
  }
}
