import type { Deps } from './deps';
import { startSession, type StartedSession } from './start-session';
import { verifyCredentials } from './verify-credentials';

export async function logIn(
  deps: Deps,
  options: { email: string; password: string },
): Promise<StartedSession> {
  const user = await verifyCredentials(deps, options.email, options.password);
  return deps.storage.transaction((store) => startSession(deps, store, user));
}
