import { can } from '../../domain/access/permissions';
import type { Actor, Deps } from './deps';

/** Owners see every token in the organisation; everyone else sees their own. */
export function listApiTokens(deps: Deps, actor: Actor) {
  const onlyOwn = can(actor.role, 'tokens.see_all') ? null : actor.userId;
  return deps.storage.read.members.listTokens(actor.organizationId, onlyOwn);
}
