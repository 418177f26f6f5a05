import { requirePermission } from '../../domain/access/permissions';
import type { Actor, Deps } from './deps';

/** Background work that kept failing after its retries (a reminder the mail server refused). */
export async function listJobFailures(deps: Deps, actor: Actor) {
  requirePermission(actor.role, 'jobs.read');
  return deps.jobs.failures(actor.organizationId, 50);
}
