import { HostError } from '../errors/HostError';
import { idbKeyValue } from './idbKeyValue';
import type { KeyValueTable } from './idbKeyValue';

/** Whose password a vault entry is. */
export interface VaultIdentity {
  readonly serverUrl: string;
  readonly userName: string;
}

/**
 * "Remember password on this computer": the password encrypted with AES-GCM under a
 * non-extractable WebCrypto key, both kept in IndexedDB of the add-in's origin.
 */
export interface CredentialVault {
  remember(identity: VaultIdentity, password: string): Promise<void>;
  /** The remembered password of exactly this identity, else `null`. */
  recall(identity: VaultIdentity): Promise<string | null>;
  /** Deletes the key and the ciphertext (sign-out, user change, "remember" unticked). */
  forget(): Promise<void>;
}

/** Options of {@link createCredentialVault}; tests pass fake-indexeddb and Node's WebCrypto. */
export interface CredentialVaultOptions {
  readonly table?: KeyValueTable;
  readonly subtle?: SubtleCrypto;
  readonly getRandomValues?: (array: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;
}

/** Name of the vault's IndexedDB database. */
export const VAULT_DB_NAME = 'crm-desktop-credentials';

interface Sealed {
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly data: ArrayBuffer;
}

const encoder = new TextEncoder();

/** Binds a ciphertext to its identity: decrypting it for another user or server fails. */
function additionalData(identity: VaultIdentity): Uint8Array<ArrayBuffer> {
  return encoder.encode(`${identity.userName.trim().toUpperCase()}\n${identity.serverUrl.trim().toLowerCase()}`);
}

/**
 * Creates the vault. The key is generated with `extractable: false`: script can use it to
 * encrypt and decrypt, but nobody — not even this code — can read its bytes, so a copy of the
 * IndexedDB files alone does not reveal the password.
 */
export function createCredentialVault(options: CredentialVaultOptions = {}): CredentialVault {
  const table = options.table ?? idbKeyValue(VAULT_DB_NAME);
  const subtle = options.subtle ?? globalThis.crypto.subtle;
  const random =
    options.getRandomValues ?? ((array: Uint8Array<ArrayBuffer>) => globalThis.crypto.getRandomValues(array));
  const newKey = async (): Promise<CryptoKey> => {
    const key = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    await table.set('key', key);
    return key;
  };
  return {
    remember: async (identity, password) => {
      try {
        const key = ((await table.get('key')) as CryptoKey | undefined) ?? (await newKey());
        const iv = random(new Uint8Array(12));
        const data = await subtle.encrypt(
          { name: 'AES-GCM', iv, additionalData: additionalData(identity) },
          key,
          encoder.encode(password),
        );
        await table.set('secret', { iv, data } satisfies Sealed);
      } catch (error) {
        if (error instanceof HostError) throw error;
        throw new HostError(
          'Remembering the password failed: the browser refused to encrypt it — sign in without "Remember password"',
          { cause: error },
        );
      }
    },
    recall: async (identity) => {
      const key = (await table.get('key')) as CryptoKey | undefined;
      const sealed = (await table.get('secret')) as Sealed | undefined;
      if (!key || !sealed) return null;
      try {
        const plain = await subtle.decrypt(
          { name: 'AES-GCM', iv: sealed.iv, additionalData: additionalData(identity) },
          key,
          sealed.data,
        );
        return new TextDecoder().decode(plain);
      } catch {
        // Another identity, or a damaged entry: both mean "not remembered".
        return null;
      }
    },
    forget: async () => {
      await table.delete('secret');
      await table.delete('key');
    },
  };
}
