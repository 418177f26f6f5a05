import { EventEmitter } from 'node:events';
import type { Status } from '../../domain/situation/vocabulary';
import type { Store } from '../storage/store';

/** "This situation changed": enough for a screen to know what to fetch again. */
export interface LiveNotice {
  organizationId: string;
  situationId: string;
  /** The number of events the situation has now; screens ignore notices older than theirs. */
  seq: number;
  status: Status;
}

export type LiveListener = (message: LiveMessage) => void;

/**
 * What a subscriber hears: a notice, or "resync" when notices may have been missed (the
 * database connection carrying them dropped) and everything on screen should be re-read.
 */
export type LiveMessage = { kind: 'notice'; notice: LiveNotice } | { kind: 'resync' };

/**
 * Live updates for the inbox and situation pages (Server-Sent Events at /api/v1/live).
 * A notice is announced inside the transaction that made the change and reaches listeners
 * only once that transaction has committed.
 */
export interface LiveFeed {
  announce(store: Store, notice: LiveNotice): Promise<void>;
  /** Listens to one organisation's notices; returns the function that stops listening. */
  subscribe(organizationId: string, listener: LiveListener): () => void;
  stop(): Promise<void>;
}

/** Fans messages out to listeners by organisation; both feeds deliver through one. */
export function listenerRegistry() {
  const emitter = new EventEmitter();
  // One listener per open browser tab: the default warning at 10 would be noise.
  emitter.setMaxListeners(0);
  return {
    subscribe(organizationId: string, listener: LiveListener): () => void {
      emitter.on(organizationId, listener);
      return () => emitter.off(organizationId, listener);
    },
    notify(notice: LiveNotice): void {
      emitter.emit(notice.organizationId, { kind: 'notice', notice } satisfies LiveMessage);
    },
    resyncAll(): void {
      for (const name of emitter.eventNames())
        emitter.emit(name, { kind: 'resync' } satisfies LiveMessage);
    },
    clear(): void {
      emitter.removeAllListeners();
    },
  };
}

/** One process (SQLite): a notice goes to this process's listeners after commit. */
export function localLiveFeed(): LiveFeed {
  const listeners = listenerRegistry();
  return {
    announce(store, notice) {
      store.afterCommit(() => listeners.notify(notice));
      return Promise.resolve();
    },
    subscribe: listeners.subscribe,
    stop() {
      listeners.clear();
      return Promise.resolve();
    },
  };
}
