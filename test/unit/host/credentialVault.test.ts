import 'fake-indexeddb/auto';
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCredentialVault, idbKeyValue } from '../../../src/host';

let counter = 0;
function vault() {
  const table = idbKeyValue(`vault-test-${++counter}`);
  return { vault: createCredentialVault({ table, subtle: webcrypto.subtle as SubtleCrypto }), table };
}

const JSMITH = { serverUrl: 'https://crm.example.com/eai', userName: 'JSMITH' };

describe('createCredentialVault', () => {
  it('remembers a password encrypted and gives it back to the same identity', async () => {
    const { vault: v, table } = vault();
    await v.remember(JSMITH, 'Welcome1');
    expect(await v.recall({ ...JSMITH, userName: 'jsmith' })).toBe('Welcome1');
    const sealed = (await table.get('secret')) as { data: ArrayBuffer };
    expect(new TextDecoder().decode(sealed.data)).not.toContain('Welcome1');
  });

  it('keeps a key that cannot be exported', async () => {
    const { vault: v, table } = vault();
    await v.remember(JSMITH, 'Welcome1');
    const key = (await table.get('key')) as CryptoKey;
    expect(key.extractable).toBe(false);
    await expect(webcrypto.subtle.exportKey('raw', key as never)).rejects.toThrow();
  });

  it('gives nothing to another user or server', async () => {
    const { vault: v } = vault();
    await v.remember(JSMITH, 'Welcome1');
    expect(await v.recall({ ...JSMITH, userName: 'MJONES' })).toBeNull();
    expect(await v.recall({ ...JSMITH, serverUrl: 'https://other.example.com/eai' })).toBeNull();
  });

  it('forgets the password and the key on sign-out', async () => {
    const { vault: v, table } = vault();
    await v.remember(JSMITH, 'Welcome1');
    await v.forget();
    expect(await v.recall(JSMITH)).toBeNull();
    expect(await table.get('key')).toBeUndefined();
  });
});
