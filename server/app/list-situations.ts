import type { SituationFilter, SituationSort } from '../storage/queries/situations';
import type { Page, SituationSummaryRecord } from '../storage/records';
import type { Actor, Deps } from './deps';

export interface ListSituationsOptions extends SituationFilter {
  view: 'all' | 'mine' | 'unassigned';
  sort: SituationSort;
  cursor?: string | undefined;
  limit: number;
}

export function listSituations(
  deps: Deps,
  actor: Actor,
  options: ListSituationsOptions,
): Promise<Page<SituationSummaryRecord>> {
  const { view, sort, cursor, limit, ...filter } = options;
  if (view === 'mine') filter.ownerId = actor.userId;
  if (view === 'unassigned') filter.unassigned = true;
  return deps.storage.read.situations.list(actor.organizationId, filter, sort, { cursor, limit });
}
