import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZProblem } from '../../../contract/common';
import { ZFollowUpList, ZTaskList, ZWorkQuery } from '../../../contract/follow-through';
import { ZJobFailureList } from '../../../contract/jobs';
import type { Deps } from '../../app/deps';
import { listFollowUps } from '../../app/list-follow-ups';
import { listJobFailures } from '../../app/list-job-failures';
import { listTasks } from '../../app/list-tasks';
import { actorOf } from '../auth';
import { presentSituationSummary } from '../presenters';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem };
const jobTags = ['jobs'];
const tags = ['follow-through'];

/**
 * What is due: tasks and promises across situations, follow-ups waiting to be made, and the
 * background work (reminders) that failed to run.
 */
export function followThroughRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/tasks',
    {
      schema: {
        tags,
        summary: 'Open tasks and promises, soonest due first',
        description:
          'Tick one off with the complete_task action on its situation (POST /api/v1/situations/{id}/actions).',
        querystring: ZWorkQuery,
        response: { 200: ZTaskList, ...errors },
      },
    },
    async (request) => {
      const rows = await listTasks(deps, actorOf(request), request.query.view);
      return {
        items: rows.map((t) => ({
          id: t.id,
          kind: t.kind,
          what: t.what,
          assigneeId: t.assigneeId,
          assigneeName: t.assigneeName,
          due: t.due,
          urgency: t.urgency,
          situation: {
            id: t.situationId,
            number: t.situationNumber,
            title: t.situationTitle,
            status: t.situationStatus,
          },
        })),
      };
    },
  );

  r.get(
    '/api/v1/follow-ups',
    {
      schema: {
        tags,
        summary: 'Resolved situations waiting for their follow-up, soonest due first',
        description:
          'Record the follow-up step to complete one; move it with the schedule_follow_up action.',
        querystring: ZWorkQuery,
        response: { 200: ZFollowUpList, ...errors },
      },
    },
    async (request) => {
      const rows = await listFollowUps(deps, actorOf(request), request.query.view);
      return {
        items: rows.map((s) => ({
          ...presentSituationSummary(s),
          resolvedAt: s.resolvedAt,
          followUpDueAt: s.followUpDueAt,
          urgency: s.urgency,
        })),
      };
    },
  );

  r.get(
    '/api/v1/jobs/failures',
    {
      schema: {
        tags: jobTags,
        summary: 'Background jobs that failed after their retries, newest first (owners)',
        response: { 200: ZJobFailureList, ...errors },
      },
    },
    async (request) => ({ items: await listJobFailures(deps, actorOf(request)) }),
  );
}
