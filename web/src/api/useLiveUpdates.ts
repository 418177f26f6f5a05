import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { keys } from './hooks';

/** Several changes in quick succession are fetched once. */
const GATHER_MS = 300;

/**
 * Keeps what is on screen current while the app is open: the server sends a notice over
 * Server-Sent Events whenever a situation of the organisation changes — in this tab, in
 * another, on another instance, or by a background job — and the queries that show it are
 * read again. The browser reconnects by itself; after a reconnect everything is re-read,
 * since notices sent in between were missed.
 */
export function useLiveUpdates(): void {
  const client = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/v1/live');
    const changed = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | null = null;
    let connectedBefore = false;

    const flush = () => {
      timer = null;
      for (const id of changed) void client.invalidateQueries({ queryKey: keys.situation(id) });
      changed.clear();
      void client.invalidateQueries({ queryKey: keys.situations });
      void client.invalidateQueries({ queryKey: keys.work });
      void client.invalidateQueries({ queryKey: keys.approvals });
    };
    const soon = () => {
      timer ??= setTimeout(flush, GATHER_MS);
    };
    const everything = () => void client.invalidateQueries();

    source.addEventListener('situation', (event) => {
      try {
        const { situationId } = JSON.parse((event as MessageEvent<string>).data) as {
          situationId: string;
        };
        changed.add(situationId);
        soon();
      } catch {
        // A notice we cannot read changes nothing on screen.
      }
    });
    source.addEventListener('resync', everything);
    source.addEventListener('open', () => {
      if (connectedBefore) everything();
      connectedBefore = true;
    });
    return () => {
      source.close();
      if (timer) clearTimeout(timer);
    };
  }, [client]);
}
