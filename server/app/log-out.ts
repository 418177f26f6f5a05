import type { Deps } from './deps';

export async function logOut(deps: Deps, sessionToken: string): Promise<void> {
  await deps.storage.read.members.deleteSession(deps.secrets.digest(sessionToken));
}
