import { deliverReply } from '../app/deliver-reply';
import { deliverSurvey } from '../app/deliver-survey';
import { deliverWebhook } from '../app/deliver-webhook';
import type { Deps } from '../app/deps';
import { remindFollowUp } from '../app/remind-follow-up';
import { remindTask } from '../app/remind-task';
import { tellOwnerAboutSurvey } from '../app/tell-owner-about-survey';
import type { JobHandlers } from './scheduler';

/** What each job does: a thin call into its use case. */
export function jobHandlers(deps: Deps): JobHandlers {
  return {
    'follow_up.due': async (data) => void (await remindFollowUp(deps, data)),
    'task.due': async (data) => void (await remindTask(deps, data)),
    'reply.send': async (data) => void (await deliverReply(deps, data)),
    'webhook.deliver': async (data) => void (await deliverWebhook(deps, data)),
    'survey.send': async (data) => void (await deliverSurvey(deps, data)),
    'survey.tell_owner': async (data) => void (await tellOwnerAboutSurvey(deps, data)),
  };
}
