import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZProblem } from '../../../contract/common';
import {
  ZCreatePlaybookRequest,
  ZPlaybook,
  ZPlaybookDefaults,
  ZPlaybookList,
  ZPlaybookQuery,
  ZSetPlaybookDefaultsRequest,
  ZUpdatePlaybookRequest,
} from '../../../contract/playbooks';
import { archivePlaybook } from '../../app/archive-playbook';
import { createPlaybook } from '../../app/create-playbook';
import type { Deps } from '../../app/deps';
import { getPlaybook } from '../../app/get-playbook';
import { listPlaybooks } from '../../app/list-playbooks';
import { setPlaybookDefaults } from '../../app/set-playbook-defaults';
import { updatePlaybook } from '../../app/update-playbook';
import { actorOf } from '../auth';
import { presentPlaybook, presentPlaybookSummary } from '../presenters';

const ZParams = z.object({ id: z.string().min(1).max(64) });
const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const tags = ['playbooks'];

export function playbookRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/playbooks',
    {
      schema: {
        tags,
        summary: 'The built-in playbooks and your own, with the defaults in use',
        response: { 200: ZPlaybookList, ...errors },
      },
    },
    async (request) => {
      const { items, defaults } = await listPlaybooks(deps, actorOf(request));
      return { items: items.map(presentPlaybookSummary), defaults };
    },
  );

  r.post(
    '/api/v1/playbooks',
    {
      schema: {
        tags,
        summary: 'Copy a playbook (cloneOf) or save a new document (owners)',
        body: ZCreatePlaybookRequest,
        response: { 201: ZPlaybook, ...errors },
      },
    },
    async (request, reply) => {
      const view = await createPlaybook(deps, actorOf(request), request.body);
      return reply.status(201).send(presentPlaybook(view));
    },
  );

  r.put(
    '/api/v1/playbooks/defaults',
    {
      schema: {
        tags,
        summary: 'Choose the playbook new situations start with, overall and per category (owners)',
        body: ZSetPlaybookDefaultsRequest,
        response: { 200: ZPlaybookDefaults, ...errors },
      },
    },
    async (request) => setPlaybookDefaults(deps, actorOf(request), request.body),
  );

  r.get(
    '/api/v1/playbooks/:id',
    {
      schema: {
        tags,
        summary: 'One playbook, whole: its latest version, or ?version=',
        params: ZParams,
        querystring: ZPlaybookQuery,
        response: { 200: ZPlaybook, ...errors },
      },
    },
    async (request) =>
      presentPlaybook(
        await getPlaybook(deps, actorOf(request), request.params.id, request.query.version),
      ),
  );

  r.put(
    '/api/v1/playbooks/:id',
    {
      schema: {
        tags,
        summary: 'Save a new version of your playbook; running situations keep theirs (owners)',
        params: ZParams,
        body: ZUpdatePlaybookRequest,
        response: { 200: ZPlaybook, ...errors },
      },
    },
    async (request) =>
      presentPlaybook(
        await updatePlaybook(deps, actorOf(request), request.params.id, request.body),
      ),
  );

  r.delete(
    '/api/v1/playbooks/:id',
    {
      schema: {
        tags,
        summary: 'Archive your playbook: no new situations start on it (owners)',
        params: ZParams,
        response: { 200: ZPlaybook, ...errors },
      },
    },
    async (request) =>
      presentPlaybook(await archivePlaybook(deps, actorOf(request), request.params.id)),
  );
}
