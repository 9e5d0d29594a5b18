import { createLogger } from '../../shared';
import type { Unsubscribe } from '../types';

const log = createLogger('host');

/** Listeners of one host event, called in the order they subscribed. */
export interface ListenerSet<T> {
  add(listener: (value: T) => void): Unsubscribe;
  emit(value: T): void;
  readonly size: number;
}

/**
 * A set of listeners; a listener that throws is logged and does not keep the others from hearing
 * the event (one broken view must not freeze the rest of the task pane on the old item).
 */
export function listenerSet<T>(what: string): ListenerSet<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    add(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emit(value) {
      for (const listener of [...listeners]) {
        try {
          listener(value);
        } catch (error) {
          log.error(`a listener of ${what} failed: ${(error as Error)?.message ?? String(error)}`);
        }
      }
    },
    get size() {
      return listeners.size;
    },
  };
}
