// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RecordDetail } from '../../../../src/taskpane/components/records/RecordDetail';
import { salesPackage } from './support/seedStore';
import { fakeLayout, renderWithApp } from './support/renderWithApp';
import { useSeededStore } from './support/useSeededStore';

const seeded = useSeededStore(3, fakeLayout);

describe('a record detail open while a synchronization sends the record', () => {
  it('follows the new record from its local id to its Siebel Id', async () => {
    const pkg = await salesPackage();
    const created = await seeded.db.saveLocalChange({
      operation: 'insert',
      typeId: 'Contact',
      values: { FirstName: 'Ada', LastName: 'Lovelace' },
    });
    const localId = String(created?.Id);
    // What the upload does with the server's answer: the record moves to its Siebel Id.
    await seeded.db.acknowledgeUpload({
      typeId: 'Contact',
      recordId: localId,
      revision: 1,
      serverRecord: { ...created, Id: '1-NEW', Updated: '2025-01-01T00:00:00' },
    });
    expect(await seeded.db.currentId('Contact', localId)).toBe('1-NEW');

    const onMoved = vi.fn();
    await renderWithApp(
      <RecordDetail
        db={seeded.db}
        pkg={pkg}
        target={{ typeId: 'Contact', id: localId }}
        dataVersion={1}
        onOpen={() => undefined}
        onMoved={onMoved}
      />,
      { store: seeded.store },
    );
    await waitFor(() => expect(onMoved).toHaveBeenCalledWith({ typeId: 'Contact', id: '1-NEW' }));
  });

  it('says a record removed by a synchronization is gone, and does not move it', async () => {
    const pkg = await salesPackage();
    const onMoved = vi.fn();
    await renderWithApp(
      <RecordDetail
        db={seeded.db}
        pkg={pkg}
        target={{ typeId: 'Contact', id: '1-GONE' }}
        dataVersion={1}
        onOpen={() => undefined}
        onMoved={onMoved}
      />,
      { store: seeded.store },
    );
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining('may have been removed by the last synchronization'),
    );
    expect(onMoved).not.toHaveBeenCalled();
  });
});
