import type { UserRecord } from '../storage/records';
import type { Store } from '../storage/store';
import { type Deps } from './deps';

export const SESSION_DAYS = 30;

export interface StartedSession {
  token: string;
  csrfToken: string;
  expiresAt: string;
  /** Who it is for, so the caller can answer without reading the session back. */
  user: UserRecord;
}

/** Opens a browser session for a member who has just proved who they are. */
export async function startSession(
  deps: Deps,
  store: Store,
  user: UserRecord,
): Promise<StartedSession> {
  const token = deps.secrets.newToken();
  const csrfToken = deps.secrets.newToken();
  const now = deps.clock();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString();
  await store.members.insertSession({
    id: deps.secrets.digest(token),
    userId: user.id,
    organizationId: user.organizationId,
    csrfToken,
    createdAt: now.toISOString(),
    expiresAt,
  });
  return { token, csrfToken, expiresAt, user };
}
