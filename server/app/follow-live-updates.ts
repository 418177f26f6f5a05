import type { LiveListener } from '../live/live-feed';
import type { Actor, Deps } from './deps';

/**
 * Any member sees the whole inbox, so any member may follow its changes; only their own
 * organisation's, whichever instance made them.
 */
export function followLiveUpdates(
  deps: Pick<Deps, 'live'>,
  actor: Actor,
  listener: LiveListener,
): () => void {
  return deps.live.subscribe(actor.organizationId, listener);
}
