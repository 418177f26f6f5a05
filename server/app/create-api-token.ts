import { requirePermission } from '../../domain/access/permissions';
import type { Store } from '../storage/store';
import type { ApiTokenRecord } from '../storage/queries/members';
import { nowIso, type Actor, type Deps } from './deps';

export const API_TOKEN_PREFIX = 'ta_';

/** An API token acts as the member who made it; the token is shown once and only its digest kept. */
export async function createApiToken(
  deps: Deps,
  actor: Actor,
  options: { name: string },
  store: Store = deps.storage.read,
): Promise<{ token: string; apiToken: ApiTokenRecord }> {
  requirePermission(actor.role, 'tokens.own');
  const token = deps.secrets.newToken(API_TOKEN_PREFIX);
  const id = deps.newId();
  const createdAt = nowIso(deps);
  await store.members.insertToken({
    id,
    organizationId: actor.organizationId,
    userId: actor.userId,
    name: options.name,
    tokenHash: deps.secrets.digest(token),
    createdAt,
  });
  return {
    token,
    apiToken: {
      id,
      organizationId: actor.organizationId,
      userId: actor.userId,
      userName: actor.name,
      name: options.name,
      createdAt,
      lastUsedAt: null,
    },
  };
}
