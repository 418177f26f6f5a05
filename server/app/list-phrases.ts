import { requirePermission } from '../../domain/access/permissions';
import {
  BUILT_IN_PHRASES,
  findPhrases,
  type Party,
  type Phrase,
} from '../../domain/coach/phrasebook';
import { rootCauseOf } from './coach-context';
import type { Actor, Deps } from './deps';
import { loadPlaybook } from './load-playbook';
import { loadSituation } from './load-situation';

export interface PhraseListing {
  items: Phrase[];
  fill: { name: string | null; cause: string | null; business: string | null };
}

/**
 * The phrasebook for a step and party: the organisation's own phrases with the built-in
 * ones. For a situation, the step in focus, its category and kind (live and in public, vent
 * only) choose the phrases, and its names fill them.
 */
export async function listPhrases(
  deps: Deps,
  actor: Actor,
  query: { step?: string | undefined; party?: Party | undefined; situationId?: string | undefined },
): Promise<PhraseListing> {
  requirePermission(actor.role, 'situations.work');
  const read = deps.storage.read;
  const own = await read.phrasebook.list(actor.organizationId);
  const organization = await read.organizations.byId(actor.organizationId);
  const fill = {
    name: null as string | null,
    cause: null as string | null,
    business: organization?.name ?? null,
  };
  let step = query.step;
  const topics: string[] = [];
  if (query.situationId) {
    const situation = await loadSituation(read, actor.organizationId, query.situationId);
    const playbook = await loadPlaybook(read, {
      id: situation.playbookId,
      version: situation.playbookVersion,
    });
    step ??= situation.progress.currentStep ?? undefined;
    if (situation.category) topics.push(situation.category);
    if (situation.live) topics.push('public');
    if (situation.progress.outcome === 'vent_only') topics.push('vent_only');
    fill.name = situation.partyName?.split(/\s+/)[0] ?? null;
    fill.cause = rootCauseOf(situation, playbook);
  }
  const all = [...own, ...BUILT_IN_PHRASES];
  // Without a situation the whole phrasebook is shown, whatever each phrase is written for.
  if (!query.situationId) topics.push(...new Set(all.flatMap((p) => (p.topic ? [p.topic] : []))));
  return { items: findPhrases(all, { step, party: query.party, topics }), fill };
}
