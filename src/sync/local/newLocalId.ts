import { LOCAL_ID_PREFIX } from '../../store';

/** A fresh id for a record created locally: `local-` + 16 random hex digits (see store's `isLocalId`). */
export function newLocalId(random: () => number = Math.random): string {
  const bytes = new Uint8Array(8);
  if (typeof globalThis.crypto?.getRandomValues === 'function' && random === Math.random)
    globalThis.crypto.getRandomValues(bytes);
  else bytes.forEach((_, i) => (bytes[i] = Math.floor(random() * 256)));
  return LOCAL_ID_PREFIX + [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
