import type { UserRecord } from '../storage/records';
import type { Deps } from './deps';

export interface Authenticated {
  user: UserRecord;
  /** Set for cookie sessions: writes must echo it (CSRF defence). */
  csrfToken: string | null;
  via: 'session' | 'token';
  /** The credential's stable id, for keying idempotent replays. */
  principal: string;
}

export async function authenticateSession(
  deps: Deps,
  token: string,
): Promise<Authenticated | null> {
  const id = deps.secrets.digest(token);
  const found = await deps.storage.read.members.sessionWithUser(id, deps.clock().toISOString());
  return found
    ? {
        user: found.user,
        csrfToken: found.csrfToken,
        via: 'session',
        principal: `user:${found.user.id}`,
      }
    : null;
}

const TOUCH_EVERY_MS = 60_000;

export async function authenticateToken(deps: Deps, token: string): Promise<Authenticated | null> {
  const found = await deps.storage.read.members.tokenWithUser(deps.secrets.digest(token));
  if (!found) return null;
  // "Last used" is coarse on purpose: one write a minute, not one per request.
  const now = deps.clock();
  if (!found.lastUsedAt || now.getTime() - Date.parse(found.lastUsedAt) > TOUCH_EVERY_MS) {
    await deps.storage.read.members.touchToken(found.tokenId, now.toISOString());
  }
  return { user: found.user, csrfToken: null, via: 'token', principal: `user:${found.user.id}` };
}
