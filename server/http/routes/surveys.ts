import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId, ZProblem } from '../../../contract/common';
import {
  ZPublicSurvey,
  ZSendSurveyRequest,
  ZSentSurvey,
  ZSurveyAnswerRequest,
  ZSurveyAnswered,
  ZSurveyList,
  type TSurvey,
} from '../../../contract/surveys';
import { surveyState } from '../../../domain/situation/survey';
import { answerSurvey } from '../../app/answer-survey';
import { nowIso, type Deps } from '../../app/deps';
import { listSurveys } from '../../app/list-surveys';
import { readSurvey } from '../../app/read-survey';
import { sendSurvey } from '../../app/send-survey';
import type { SurveyRecord } from '../../storage/queries/surveys';
import { actorOf } from '../auth';

const ZParams = z.object({ id: ZId });
const ZTokenParams = z.object({ token: z.string().min(1).max(200) });
const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };
const tags = ['surveys'];

/** Public pages are open to anyone with a link: a modest limit keeps guessing pointless. */
const publicLimit = { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } };

function present(deps: Deps, s: SurveyRecord & { url: string }): TSurvey {
  return {
    id: s.id,
    situationId: s.situationId,
    to: s.to,
    url: s.url,
    state: surveyState(s, nowIso(deps)),
    createdAt: s.createdAt,
    expiresAt: s.expiresAt,
    sentAt: s.sentAt,
    answeredAt: s.answeredAt,
    answer: s.answer,
  };
}

/**
 * Satisfaction surveys: members send them (or the organisation does, around the follow-up);
 * the person answers on a public page through a signed link, once.
 */
export function surveyRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/situations/:id/surveys',
    {
      schema: {
        tags,
        summary: 'Ask the person how we did, now',
        description:
          'Emails the survey link when the party has an address and email is set up; the link comes back either way, to hand over another way. It works once, for 14 days.',
        params: ZParams,
        body: ZSendSurveyRequest,
        response: { 201: ZSentSurvey, ...errors },
      },
    },
    async (request, reply) => {
      const offered = await sendSurvey(deps, actorOf(request), request.params.id, request.body);
      return reply.status(201).send({
        ...present(deps, { ...offered.survey, url: offered.url }),
        emailing: offered.emailing,
      });
    },
  );

  r.get(
    '/api/v1/situations/:id/surveys',
    {
      schema: {
        tags,
        summary: "The situation's surveys and their answers, newest first",
        params: ZParams,
        response: { 200: ZSurveyList, ...errors },
      },
    },
    async (request) => ({
      items: (await listSurveys(deps, actorOf(request), request.params.id)).map((s) =>
        present(deps, s),
      ),
    }),
  );

  r.get(
    '/api/v1/public/surveys/:token',
    {
      config: publicLimit,
      schema: {
        tags,
        summary: 'The public survey page (no sign-in; reading records nothing)',
        params: ZTokenParams,
        response: { 200: ZPublicSurvey, 404: ZProblem },
      },
    },
    async (request) => readSurvey(deps, request.params.token),
  );

  r.post(
    '/api/v1/public/surveys/:token',
    {
      config: publicLimit,
      schema: {
        tags,
        summary: "The person's answer (no sign-in; once per link)",
        description:
          'A rating of 1–2 or "no, you did not put it right" reopens the situation and tells its owner. 409 SURVEY_ANSWERED the second time; 410 SURVEY_EXPIRED after 14 days.',
        params: ZTokenParams,
        body: ZSurveyAnswerRequest,
        response: {
          200: ZSurveyAnswered,
          400: ZProblem,
          404: ZProblem,
          409: ZProblem,
          410: ZProblem,
        },
      },
    },
    async (request) => {
      const { low } = await answerSurvey(deps, request.params.token, request.body);
      return {
        thanks: low
          ? 'Thank you for telling us. We are sorry it is still not right; we will be in touch.'
          : 'Thank you for your answer.',
      };
    },
  );
}
