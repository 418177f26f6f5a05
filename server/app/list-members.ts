import { nowIso, type Actor, type Deps } from './deps';

/** The team, each member with how many live sessions they have (for "sign out everywhere"). */
export function listMembers(deps: Deps, actor: Actor) {
  return deps.storage.read.members.listUsers(actor.organizationId, nowIso(deps));
}
