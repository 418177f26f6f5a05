import { z } from 'zod';
import { ZId, ZTimestamp, text } from './common';

export const ZSendReplyRequest = z
  .strictObject({
    text: text(20_000).trim().min(1, 'Write the reply first.'),
  })
  .meta({ id: 'SendReplyRequest' });

export const ZReply = z
  .object({
    id: ZId,
    situationId: ZId,
    text: z.string(),
    to: z.string(),
    subject: z.string(),
    status: z
      .enum(['held', 'sending', 'sent', 'cancelled'])
      .describe('held during the cool-down; sending; sent; cancelled when taken back'),
    sendAt: ZTimestamp.describe('When the cool-down ends and it leaves'),
    coolDownReason: z
      .string()
      .nullable()
      .describe('Why it is held longer than a minute (they are angry, the reply blames…)'),
    sentAt: ZTimestamp.nullable(),
    messageId: z.string().nullable(),
    error: z.string().nullable().describe('Why the last attempt to send it failed'),
  })
  .meta({ id: 'Reply' });
export type TReply = z.infer<typeof ZReply>;

export const ZReplyList = z.object({ items: z.array(ZReply) }).meta({ id: 'ReplyList' });
