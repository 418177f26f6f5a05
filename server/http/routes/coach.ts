import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAddPhraseRequest,
  ZAnalysis,
  ZAnalyzeRequest,
  ZLogMessageRequest,
  ZPhraseList,
  ZPhraseQuery,
} from '../../../contract/coach';
import { ZProblem } from '../../../contract/common';
import { ZSituation } from '../../../contract/situations';
import { ZPhrase } from '../../../domain/coach/phrasebook';
import { addPhrase } from '../../app/add-phrase';
import { analyzeDraft } from '../../app/analyze-draft';
import type { Deps } from '../../app/deps';
import { listPhrases } from '../../app/list-phrases';
import { loadPlaybook } from '../../app/load-playbook';
import { logMessage } from '../../app/log-message';
import { removePhrase } from '../../app/remove-phrase';
import { actorOf } from '../auth';
import { presentSituation } from '../presenters';

const ZParams = z.object({ id: z.string().min(1).max(64) });
const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };

export function coachRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/coach/analyze',
    {
      schema: {
        tags: ['coach'],
        summary: "The coach's reading of a draft reply or of a message from the person",
        description:
          'Findings with character spans, severity, a message and a suggested rewrite; a readiness score from 0 to 100; and the apology, empathy, questions, blame, commitment, mood and complaint read from the text. With situationId, the diagnosed cause, the name, the step, channel and mood come from the situation.',
        body: ZAnalyzeRequest,
        response: { 200: ZAnalysis, ...errors },
      },
    },
    async (request) => analyzeDraft(deps, actorOf(request), request.body),
  );

  r.get(
    '/api/v1/phrasebook',
    {
      schema: {
        tags: ['coach'],
        summary: 'Ready phrasing for a step and party, warm, formal and brief',
        querystring: ZPhraseQuery,
        response: { 200: ZPhraseList, ...errors },
      },
    },
    async (request) => listPhrases(deps, actorOf(request), request.query),
  );

  r.post(
    '/api/v1/phrasebook',
    {
      schema: {
        tags: ['coach'],
        summary: "Add your organisation's own phrase (owners)",
        body: ZAddPhraseRequest,
        response: { 201: ZPhrase, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addPhrase(deps, actorOf(request), request.body)),
  );

  r.delete(
    '/api/v1/phrasebook/:id',
    {
      schema: {
        tags: ['coach'],
        summary: 'Remove one of your own phrases (owners)',
        params: ZParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removePhrase(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/v1/situations/:id/messages',
    {
      schema: {
        tags: ['situations'],
        summary: "Put a message on the timeline: the person's words (in) or our reply (out)",
        description:
          "The coach reads it as it is logged: the mood and its cues for the person's words, the findings for a reply.",
        params: ZParams,
        body: ZLogMessageRequest,
        response: { 201: ZSituation, ...errors },
      },
    },
    async (request, reply) => {
      const situation = await logMessage(deps, actorOf(request), request.params.id, request.body);
      const playbook = await loadPlaybook(deps.storage.read, {
        id: situation.playbookId,
        version: situation.playbookVersion,
      });
      return reply.status(201).send(presentSituation(situation, playbook));
    },
  );
}
