import type { SurveyRecord } from '../storage/queries/surveys';
import type { Actor, Deps } from './deps';
import { loadSituation } from './load-situation';
import { surveyUrl } from './survey-link';

/** The surveys of one situation, newest first, each with its link. */
export async function listSurveys(
  deps: Deps,
  actor: Actor,
  situationId: string,
): Promise<Array<SurveyRecord & { url: string }>> {
  const read = deps.storage.read;
  await loadSituation(read, actor.organizationId, situationId);
  const surveys = await read.surveys.forSituation(actor.organizationId, situationId);
  // Each survey gains its link in place (spreading into a literal with a new key is slow).
  return surveys.map((s) => Object.assign(s, { url: surveyUrl(deps, s.id) }));
}
