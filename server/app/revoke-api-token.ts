import { can } from '../../domain/access/permissions';
import { DomainError } from '../../domain/shared/domain-error';
import { nowIso, type Actor, type Deps } from './deps';

export async function revokeApiToken(deps: Deps, actor: Actor, tokenId: string): Promise<void> {
  await deps.storage.transaction(async (store) => {
    const tokens = await store.members.listTokens(
      actor.organizationId,
      can(actor.role, 'tokens.see_all') ? null : actor.userId,
    );
    if (!tokens.some((t) => t.id === tokenId)) {
      throw new DomainError('NOT_FOUND', 'There is no such API token.');
    }
    await store.members.revokeToken(actor.organizationId, tokenId, nowIso(deps));
  });
}
