import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId, ZProblem } from '../../../contract/common';
import {
  ZCreateSituationRequest,
  ZSituation,
  ZSituationActionRequest,
  ZSituationEvents,
  ZSituationListQuery,
  ZSituationPage,
  ZUpdateSituationRequest,
} from '../../../contract/situations';
import type { Deps } from '../../app/deps';
import { listSituations } from '../../app/list-situations';
import { loadSituation } from '../../app/load-situation';
import { moveSituation } from '../../app/move-situation';
import { openSituation } from '../../app/open-situation';
import { readTimeline } from '../../app/read-timeline';
import { updateSituation } from '../../app/update-situation';
import { actorOf } from '../auth';
import { presentEvent, presentSituation, presentSituationSummary } from '../presenters';

const ZParams = z.object({ id: ZId });
const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const tags = ['situations'];

export function situationRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

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
      return reply.status(201).send(presentSituation(situation));
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
      return presentSituation(
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
      return presentSituation(situation);
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

  r.post(
    '/api/v1/situations/:id/actions',
    {
      schema: {
        tags,
        summary: 'Move a situation: resolve, reopen or close',
        params: ZParams,
        body: ZSituationActionRequest,
        response: { 200: ZSituation, ...errors },
      },
    },
    async (request) => {
      const { type, reason } = request.body;
      const situation = await moveSituation(
        deps,
        actorOf(request),
        request.params.id,
        type,
        reason ?? null,
      );
      return presentSituation(situation);
    },
  );
}
