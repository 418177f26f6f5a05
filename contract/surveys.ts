import { z } from 'zod';
import { COME_BACK, PUT_RIGHT } from '../domain/situation/survey';
import { ZId, ZTimestamp, text } from './common';

const ZSurveyState = z
  .enum(['open', 'answered', 'expired'])
  .describe('open until answered or past its expiry');

export const ZSurveyAnswerRequest = z
  .strictObject({
    putRight: z.enum(PUT_RIGHT, { error: 'Say whether we put it right: yes, partly or no.' }),
    score: z
      .number({ error: 'Choose a rating from 1 to 5.' })
      .int('Choose a rating from 1 to 5.')
      .min(1, 'Choose a rating from 1 to 5.')
      .max(5, 'Choose a rating from 1 to 5.'),
    comeBack: z.enum(COME_BACK, { error: 'Say whether you would come back: yes, maybe or no.' }),
    comment: text(4000)
      .nullable()
      .optional()
      .transform((v) => v?.trim() || null),
  })
  .meta({ id: 'SurveyAnswerRequest' });
export type TSurveyAnswerRequest = z.input<typeof ZSurveyAnswerRequest>;

const ZSurveyAnswer = z.object({
  putRight: z.enum(PUT_RIGHT),
  score: z.number().int(),
  comeBack: z.enum(COME_BACK),
  comment: z.string().nullable(),
});

export const ZSurvey = z
  .object({
    id: ZId,
    situationId: ZId,
    to: z.string().nullable().describe('Where it was emailed; null for a link handed over by hand'),
    url: z.string().describe('The signed link the person answers at'),
    state: ZSurveyState,
    createdAt: ZTimestamp,
    expiresAt: ZTimestamp,
    sentAt: ZTimestamp.nullable(),
    answeredAt: ZTimestamp.nullable(),
    answer: ZSurveyAnswer.nullable(),
  })
  .meta({ id: 'Survey' });
export type TSurvey = z.infer<typeof ZSurvey>;

export const ZSurveyList = z.object({ items: z.array(ZSurvey) }).meta({ id: 'SurveyList' });

export const ZSendSurveyRequest = z
  .strictObject({
    email: z
      .boolean()
      .default(true)
      .describe('Email it to the party (when they have an address and email is set up)'),
  })
  .meta({ id: 'SendSurveyRequest' });

export const ZSentSurvey = ZSurvey.extend({
  emailing: z.boolean().describe('Whether it is being emailed; otherwise hand the link over'),
}).meta({ id: 'SentSurvey' });
export type TSentSurvey = z.infer<typeof ZSentSurvey>;

/** What the public page shows: nothing about the situation beyond a first name. */
export const ZPublicSurvey = z
  .object({
    organization: z.string(),
    firstName: z.string().nullable(),
    state: ZSurveyState,
    expiresAt: ZTimestamp,
  })
  .meta({ id: 'PublicSurvey' });
export type TPublicSurvey = z.infer<typeof ZPublicSurvey>;

export const ZSurveyAnswered = z.object({ thanks: z.string() }).meta({ id: 'SurveyAnswered' });
export type TSurveyAnswered = z.infer<typeof ZSurveyAnswered>;
