import { requirePermission } from '../../domain/access/permissions';
import { analyze, type Analysis, type CoachContext } from '../../domain/coach/analyze';
import { coachContextOf } from './coach-context';
import type { Actor, Deps } from './deps';
import { loadPlaybook } from './load-playbook';
import { loadSituation } from './load-situation';

/**
 * The coach's reading of a draft. With a situation, what the product knows about it (cause,
 * name, step, channel, mood) fills whatever the caller left out.
 */
export async function analyzeDraft(
  deps: Deps,
  actor: Actor,
  input: { text: string; context?: CoachContext | undefined; situationId?: string | undefined },
): Promise<Analysis> {
  requirePermission(actor.role, 'situations.work');
  let context: CoachContext = input.context ?? {};
  if (input.situationId) {
    const situation = await loadSituation(
      deps.storage.read,
      actor.organizationId,
      input.situationId,
    );
    const playbook = await loadPlaybook(deps.storage.read, {
      id: situation.playbookId,
      version: situation.playbookVersion,
    });
    context = { ...coachContextOf(situation, playbook), ...context };
  }
  return analyze(input.text, context);
}
