import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId, ZProblem } from '../../../contract/common';
import type { PlaybookAction } from '../../../domain/playbook/engine';
import {
  ZCreateSituationRequest,
  ZSituation,
  ZSituationActionRequest,
  ZSituationEvents,
  ZSituationListQuery,
  ZSituationPage,
  ZUpdateSituationRequest,
} from '../../../contract/situations';
import { actOnSituation } from '../../app/act-on-situation';
import type { Deps } from '../../app/deps';
import { loadPlaybook } from '../../app/load-playbook';
import { listSituations } from '../../app/list-situations';
import { loadSituation } from '../../app/load-situation';
import { openSituation } from '../../app/open-situation';
import { readTimeline } from '../../app/read-timeline';
import { updateSituation } from '../../app/update-situation';
import type { SituationRecord } from '../../storage/records';
import { actorOf } from '../auth';
import { readAttachment } from '../../app/read-attachment';
import { presentEvent, presentSituation, presentSituationSummary } from '../presenters';

const ZParams = z.object({ id: ZId });
const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const tags = ['situations'];

export function situationRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Every answer with a situation shows where it stands in the playbook it runs on.
  const present = async (situation: SituationRecord) =>
    presentSituation(
      situation,
      await loadPlaybook(deps.storage.read, {
        id: situation.playbookId,
        version: situation.playbookVersion,
      }),
    );

  r.post(
    '/api/v1/situations',
    {
      schema: {
        tags,
        summary: 'Open a situation (a title is enough: quick capture)',
        body: ZCreateSituationRequest,
        response: { 201: ZSituation, ...errors },
      },
    },
    async (request, reply) => {
      const situation = await openSituation(deps, actorOf(request), request.body);
      return reply.status(201).send(await present(situation));
    },
  );

  r.get(
    '/api/v1/situations',
    {
      schema: {
        tags,
        summary: 'The inbox: filter, search (?q=), sort and page through situations',
        querystring: ZSituationListQuery,
        response: { 200: ZSituationPage, ...errors },
      },
    },
    async (request) => {
      const page = await listSituations(deps, actorOf(request), request.query);
      return { items: page.items.map(presentSituationSummary), nextCursor: page.nextCursor };
    },
  );

  r.get(
    '/api/v1/situations/:id',
    {
      schema: {
        tags,
        summary: 'One situation',
        params: ZParams,
        response: { 200: ZSituation, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return present(
        await loadSituation(deps.storage.read, actor.organizationId, request.params.id),
      );
    },
  );

  r.patch(
    '/api/v1/situations/:id',
    {
      schema: {
        tags,
        summary: 'Complete or correct the details; each change is recorded on the timeline',
        params: ZParams,
        body: ZUpdateSituationRequest,
        response: { 200: ZSituation, ...errors },
      },
    },
    async (request) => {
      const situation = await updateSituation(
        deps,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return present(situation);
    },
  );

  r.get(
    '/api/v1/situations/:id/events',
    {
      schema: {
        tags,
        summary: 'The timeline: every event, oldest first',
        params: ZParams,
        response: { 200: ZSituationEvents, ...errors },
      },
    },
    async (request) => {
      const events = await readTimeline(deps, actorOf(request), request.params.id);
      return { items: events.map(presentEvent) };
    },
  );

  r.get(
    '/api/v1/situations/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'A file that came with an email, as it came',
        description:
          'Always served as a download (Content-Disposition: attachment): a file from outside is never shown inside Turnaround.',
        params: z.object({ id: ZId, attachmentId: ZId }),
        response: { 200: z.any().describe('The file, as it came'), 401: ZProblem, 404: ZProblem },
      },
    },
    async (request, reply) => {
      const file = await readAttachment(
        deps,
        actorOf(request),
        request.params.id,
        request.params.attachmentId,
      );
      return reply
        .header(
          'content-type',
          SAFE_TYPES.has(file.contentType) ? file.contentType : 'application/octet-stream',
        )
        .header('content-disposition', contentDisposition(file.filename))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );

  r.post(
    '/api/v1/situations/:id/actions',
    {
      schema: {
        tags,
        summary:
          'Take one playbook action: record a step, skip it with a reason, loop back, the vent-only path, resolve, reopen or close; tick off a task or promise, or move the follow-up',
        description:
          "The only way a situation moves. A refused action answers 409 with the guard's code (e.g. APOLOGY_BEFORE_DIAGNOSIS) and a detail that says what to do first.",
        params: ZParams,
        body: ZSituationActionRequest,
        response: { 200: ZSituation, ...errors },
      },
    },
    async (request) => {
      const situation = await actOnSituation(
        deps,
        actorOf(request),
        request.params.id,
        toAction(request.body),
      );
      return present(situation);
    },
  );
}

/** The request body as the engine's action; the contract has already checked which fields each type needs. */
function toAction(body: z.output<typeof ZSituationActionRequest>): PlaybookAction {
  const reason = body.reason ?? null;
  switch (body.type) {
    case 'record':
      return { type: 'record', step: body.step ?? '', data: body.data ?? {} };
    case 'skip':
      return { type: 'skip', step: body.step ?? '', reason: reason ?? '' };
    case 'loop_back':
      return { type: 'loop_back', step: body.step ?? '', reason };
    case 'vent_only':
    case 'resolve':
    case 'reopen':
    case 'close':
      return { type: body.type, reason };
    case 'complete_task':
    case 'reopen_task':
      return { type: body.type, taskId: body.taskId ?? '' };
    case 'schedule_follow_up':
      return { type: body.type, dueAt: body.dueAt ?? '', reason };
  }
}

/** Types a browser shows as what they are without running anything; the rest download as bytes. */
const SAFE_TYPES = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'text/plain',
]);

/** The file's own name for the download, in both the plain and the UTF-8 form (RFC 6266). */
function contentDisposition(filename: string): string {
  const plain = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${plain}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
