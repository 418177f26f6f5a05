import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId, ZProblem } from '../../../contract/common';
import { ZReply, ZReplyList, ZSendReplyRequest, type TReply } from '../../../contract/replies';
import type { Deps } from '../../app/deps';
import { listReplies } from '../../app/list-replies';
import { sendReply } from '../../app/send-reply';
import { sendReplyNow } from '../../app/send-reply-now';
import { undoReply } from '../../app/undo-reply';
import type { ReplyRecord } from '../../storage/queries/replies';
import { actorOf } from '../auth';

const ZParams = z.object({ id: ZId });
const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const tags = ['replies'];

function present(r: ReplyRecord): TReply {
  return {
    id: r.id,
    situationId: r.situationId,
    text: r.text,
    to: r.to,
    subject: r.subject,
    status: r.status,
    sendAt: r.sendAt,
    coolDownReason: r.coolDownReason,
    sentAt: r.sentAt,
    messageId: r.messageId,
    error: r.error,
  };
}

/** Replies sent by email, each held for a cool-down with Undo and Send now. */
export function replyRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/situations/:id/replies',
    {
      schema: {
        tags,
        summary: 'Email a reply to the person, after a cool-down',
        description:
          'Held for 60 seconds, or 5 minutes when the person is angry or the coach finds blame or a non-apology; the coach reads it again before it leaves. 409 EMAIL_NOT_CONFIGURED without SMTP_URL; 409 NO_EMAIL_ADDRESS when the party has none.',
        params: ZParams,
        body: ZSendReplyRequest,
        response: { 202: ZReply, ...errors },
      },
    },
    async (request, reply) => {
      const held = await sendReply(deps, actorOf(request), request.params.id, request.body.text);
      return reply.status(202).send(present(held));
    },
  );

  r.get(
    '/api/v1/situations/:id/replies',
    {
      schema: {
        tags,
        summary: "The situation's emailed replies, oldest first",
        params: ZParams,
        response: { 200: ZReplyList, ...errors },
      },
    },
    async (request) => ({
      items: (await listReplies(deps, actorOf(request), request.params.id)).map(present),
    }),
  );

  r.post(
    '/api/v1/replies/:id/undo',
    {
      schema: {
        tags,
        summary: 'Take a held reply back; its text comes back',
        params: ZParams,
        response: { 200: ZReply, ...errors },
      },
    },
    async (request) => present(await undoReply(deps, actorOf(request), request.params.id)),
  );

  r.post(
    '/api/v1/replies/:id/send-now',
    {
      schema: {
        tags,
        summary: 'End the cool-down: send a held reply now',
        params: ZParams,
        response: { 200: ZReply, ...errors },
      },
    },
    async (request) => present(await sendReplyNow(deps, actorOf(request), request.params.id)),
  );
}
