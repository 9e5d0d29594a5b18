// Entry of the dedicated sync worker: the store (IndexedDB works in workers) and the engine live
// here; the task pane talks to them through createWorkerSyncEngine. Bundle it with
// `new Worker(new URL('…/sync/worker/syncWorker.ts', import.meta.url))` (webpack 5 makes a chunk).
import { openStore } from '../../store';
import { createSyncEngine } from '../createSyncEngine';
import { serveSyncEngine } from './serveSyncEngine';
import type { FromSyncWorker, MessagePortLike, ToSyncWorker } from './workerProtocol';

type Listener = (event: { data: ToSyncWorker }) => void;
const scope = self as unknown as MessagePortLike<ToSyncWorker, FromSyncWorker>;
const queued: Array<{ data: ToSyncWorker }> = [];
let deliver: Listener | null = null;
// Messages may arrive while the store opens: keep them, then hand them to the engine in order.
scope.addEventListener('message', (event) => (deliver ? deliver(event) : queued.push(event)));

openStore().then(
  (store) => {
    const listeners: Listener[] = [];
    serveSyncEngine(
      {
        postMessage: (message) => scope.postMessage(message),
        addEventListener: (_type, listener) => listeners.push(listener),
      },
      createSyncEngine({ store }),
    );
    deliver = (event) => listeners.forEach((listener) => listener(event));
    queued.splice(0).forEach(deliver);
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    deliver = ({ data }) => scope.postMessage({ type: 'failed', id: data.id, message });
    queued.splice(0).forEach(deliver);
  },
);
