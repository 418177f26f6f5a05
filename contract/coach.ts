import { z } from 'zod';
import { PARTIES, TONES, ZPhrase } from '../domain/coach/phrase';
import { MOODS } from '../domain/situation/vocabulary';

/** What the coach may know about the conversation; a situationId fills in the rest. */
export const ZCoachContext = z
  .object({
    role: z.enum(['agent', 'customer']).optional(),
    rootCause: z.string().max(2000).optional(),
    personName: z.string().max(200).optional(),
    step: z.string().max(64).optional(),
    channel: z.string().max(64).optional(),
    mood: z.enum(MOODS).optional(),
    toUs: z
      .boolean()
      .optional()
      .describe(
        'The text was written to us, as every message on a situation is: a complaint then needs no "you", "my" or "@name"',
      ),
  })
  .strict();

export const ZAnalyzeRequest = z
  .object({
    text: z.string().max(20_000),
    context: ZCoachContext.optional(),
    situationId: z.string().min(1).max(64).optional(),
  })
  .strict();

const ZSpan = z.object({ start: z.number().int(), end: z.number().int() });

export const ZFinding = z.object({
  kind: z.string(),
  span: ZSpan,
  severity: z.enum(['good', 'info', 'warning', 'problem']),
  message: z.string(),
  suggestion: z
    .object({
      replacement: z.string(),
      label: z.string(),
      span: ZSpan.optional().describe(
        "Where the replacement goes, when not the finding's own span (the sentence it rewrites)",
      ),
    })
    .optional(),
});

export const ZAnalysis = z.object({
  findings: z.array(ZFinding),
  readiness: z.number().int().min(0).max(100),
  apology: z.enum(['none', 'generic', 'targeted', 'non_apology']),
  empathy: z.boolean(),
  questions: z.object({ open: z.number().int(), closed: z.number().int() }),
  blame: z.boolean(),
  commitment: z.enum(['none', 'vague', 'concrete']),
  mood: z.object({ label: z.enum(MOODS), intensity: z.number(), cues: z.array(z.string()) }),
  complaint: z
    .boolean()
    .describe(
      "Whether the text reads as a complaint. Only the person's own words (role customer) can be; always false for our replies.",
    ),
});
export type TAnalysis = z.infer<typeof ZAnalysis>;

export const ZPhraseQuery = z
  .object({
    step: z.string().max(64).optional(),
    party: z.enum(PARTIES).optional(),
    situationId: z.string().min(1).max(64).optional(),
  })
  .strict();

export const ZPhraseList = z.object({
  items: z.array(ZPhrase),
  /** What a phrase's placeholders are filled with, when a situation was given. */
  fill: z.object({
    name: z.string().nullable(),
    cause: z.string().nullable(),
    business: z.string().nullable(),
  }),
});
export type TPhraseList = z.infer<typeof ZPhraseList>;

export const ZAddPhraseRequest = z
  .object({
    step: z.string().min(1).max(64),
    party: z.enum(PARTIES),
    tone: z.enum(TONES),
    topic: z.string().min(1).max(64).nullable().default(null),
    text: z.string().trim().min(1).max(2000),
  })
  .strict();

export const ZLogMessageRequest = z
  .object({
    direction: z.enum(['in', 'out']),
    text: z.string().trim().min(1).max(20_000),
  })
  .strict();
