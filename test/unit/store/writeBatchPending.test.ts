import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { localDb, openedStores, serverAccount, serverContact } from './support/localDb';

afterEach(() => {
  for (const store of openedStores.splice(0)) store.close();
});

describe('DataDatabase.writeBatch with pending local changes', () => {
  it('neither overwrites nor deletes records with a pending change and writes the others', async () => {
    const { db } = await localDb();
    await db.writeBatch({
      puts: [
        {
          typeId: 'Account',
          records: [serverAccount('A-1'), serverAccount('A-2'), serverAccount('A-3'), serverAccount('A-4')],
        },
        { typeId: 'Contact', records: [serverContact('C-1', 'A-1')] },
      ],
    });
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Mine' } });
    await db.saveLocalChange({ operation: 'delete', typeId: 'Account', id: 'A-2' });
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-3', values: { Name: 'Mine too' } });

    await db.writeBatch({
      puts: [
        {
          typeId: 'Account',
          records: [serverAccount('A-1', 'Theirs'), serverAccount('A-2', 'Back again'), serverAccount('A-5')],
        },
        // The same id in another type is a different record: not protected by Account A-1's change.
        { typeId: 'Contact', records: [{ ...serverContact('A-1', 'A-4') }] },
      ],
      deletes: [
        { typeId: 'Account', ids: ['A-3', 'A-4'] },
        { typeId: 'Contact', ids: ['C-1'] },
      ],
    });

    expect(await db.get('Account', 'A-1')).toMatchObject({ Name: 'Mine' });
    expect(await db.get('Account', 'A-2')).toBeUndefined();
    expect(await db.get('Account', 'A-3')).toMatchObject({ Name: 'Mine too' });
    expect(await db.primaryKeys('Account')).toEqual(['A-1', 'A-3', 'A-5']);
    expect(await db.primaryKeys('Contact')).toEqual(['A-1']);
    expect((await db.listPendingChanges()).map((c) => `${c.operation} ${c.recordId}`)).toEqual([
      'update A-1',
      'delete A-2',
      'update A-3',
    ]);
  });

  it('writes a downloaded record again once its pending change is gone', async () => {
    const { db } = await localDb();
    await db.writeBatch({ puts: [{ typeId: 'Account', records: [serverAccount('A-1')] }] });
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Mine' } });
    await db.applyLocal({ pending: { delete: [{ typeId: 'Account', recordId: 'A-1' }] } });
    await db.writeBatch({ puts: [{ typeId: 'Account', records: [serverAccount('A-1', 'Theirs')] }] });
    expect(await db.get('Account', 'A-1')).toMatchObject({ Name: 'Theirs' });
  });

  it('keeps the skipped server version on the pending change, so discarding can restore it', async () => {
    const { db } = await localDb();
    await db.writeBatch({ puts: [{ typeId: 'Account', records: [serverAccount('A-1', 'First')] }] });
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Mine' } });
    await db.writeBatch({ puts: [{ typeId: 'Account', records: [serverAccount('A-1', 'Theirs')] }] });
    const pending = await db.pendingChange('Account', 'A-1');
    expect(pending?.base).toMatchObject({ Name: 'First' });
    expect(pending?.serverSeen).toMatchObject({ Name: 'Theirs' });
    expect(await db.get('Account', 'A-1')).toMatchObject({ Name: 'Mine' });
  });
});
