import { SYNC_LOCK_NAME } from '../run/syncLock';
import type { SyncProgress } from '../machine/types';

type Listener = (progress: SyncProgress) => void;

const localListeners = new Set<Listener>();

/** Minimal BroadcastChannel shape (absent in some webviews). */
interface ChannelLike {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  /** Node only: lets the process exit while the channel is open. */
  unref?(): void;
}

/** Messages from this runtime reach its listeners directly; the channel copy is ignored. */
const RUNTIME_ID = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

interface ProgressMessage {
  readonly source: string;
  readonly progress: SyncProgress;
}

function openChannel(): ChannelLike | null {
  const Ctor = (globalThis as { BroadcastChannel?: new (name: string) => ChannelLike }).BroadcastChannel;
  if (!Ctor) return null;
  const channel = new Ctor(SYNC_LOCK_NAME);
  channel.unref?.();
  return channel;
}

let sender: ChannelLike | null | undefined;

/**
 * Sends the progress of the running synchronization to every listener: those of this runtime
 * directly, those of other windows through a `BroadcastChannel('crm-desktop-sync')`.
 */
export function broadcastSyncProgress(progress: SyncProgress): void {
  for (const listener of localListeners) {
    try {
      listener(progress);
    } catch {
      // One broken listener must not starve the others.
    }
  }
  if (sender === undefined) sender = openChannel();
  const message: ProgressMessage = { source: RUNTIME_ID, progress };
  sender?.postMessage(message);
}

/**
 * Follows the progress of any synchronization of the add-in, in this window or another one
 * (e.g. the task pane while the ribbon command syncs). Returns the function that unsubscribes.
 *
 * @example
 * const stop = subscribeToSyncProgress((p) => setStatus(`${p.typeId}: ${p.recordsWritten}`));
 */
export function subscribeToSyncProgress(listener: Listener): () => void {
  localListeners.add(listener);
  const channel = openChannel();
  if (channel) {
    channel.onmessage = (event) => {
      const message = event.data as Partial<ProgressMessage> | null;
      if (message && message.source !== RUNTIME_ID && message.progress) listener(message.progress);
    };
  }
  return () => {
    localListeners.delete(listener);
    channel?.close();
  };
}

/** Closes the sending channel (lets a Node process exit; the next broadcast reopens it). */
export function closeSyncProgressChannel(): void {
  sender?.close();
  sender = undefined;
}
