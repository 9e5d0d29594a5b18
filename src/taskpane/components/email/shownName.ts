import type { ItemAddress } from './mailAddresses';

/** How a person of the item is named on screen: the display name without the quotes mail clients add, else the address. */
export function shownName(address: Pick<ItemAddress, 'name' | 'written'>): string {
  return (
    address.name
      .trim()
      .replace(/^["'“”„‘’«»]+|["'“”„‘’«»]+$/g, '')
      .trim() || address.written
  );
}
