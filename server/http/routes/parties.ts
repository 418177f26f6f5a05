import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId, ZProblem } from '../../../contract/common';
import {
  ZCreatePartyRequest,
  ZParty,
  ZPartyListQuery,
  ZPartyPage,
  ZUpdatePartyRequest,
} from '../../../contract/parties';
import { createParty } from '../../app/create-party';
import { getParty } from '../../app/get-party';
import type { Deps } from '../../app/deps';
import { updateParty } from '../../app/update-party';
import { actorOf } from '../auth';
import { presentParty } from '../presenters';

const ZParams = z.object({ id: ZId });
const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };
const tags = ['parties'];

export function partyRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/parties',
    {
      schema: {
        tags,
        summary: 'Add a customer, vendor or team member',
        body: ZCreatePartyRequest,
        response: { 201: ZParty, ...errors },
      },
    },
    async (request, reply) => {
      const party = await createParty(deps, actorOf(request), request.body);
      return reply.status(201).send(presentParty(party));
    },
  );

  r.get(
    '/api/v1/parties',
    {
      schema: {
        tags,
        summary: 'List parties; look up by ?email= or ?phone=, or search with ?q=',
        querystring: ZPartyListQuery,
        response: { 200: ZPartyPage, ...errors },
      },
    },
    async (request) => {
      const { cursor, limit, ...filter } = request.query;
      const page = await deps.storage.read.parties.list(actorOf(request).organizationId, filter, {
        cursor,
        limit,
      });
      return { items: page.items.map(presentParty), nextCursor: page.nextCursor };
    },
  );

  r.get(
    '/api/v1/parties/:id',
    {
      schema: { tags, summary: 'One party', params: ZParams, response: { 200: ZParty, ...errors } },
    },
    async (request) => {
      return presentParty(await getParty(deps, actorOf(request), request.params.id));
    },
  );

  r.patch(
    '/api/v1/parties/:id',
    {
      schema: {
        tags,
        summary: 'Change a party',
        params: ZParams,
        body: ZUpdatePartyRequest,
        response: { 200: ZParty, ...errors },
      },
    },
    async (request) =>
      presentParty(await updateParty(deps, actorOf(request), request.params.id, request.body)),
  );
}
