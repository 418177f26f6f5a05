import { z } from 'zod';

/**
 * What a phrase is: small enough for screens that list or edit phrases without loading the
 * built-in phrasebook itself.
 */
export const PARTIES = ['customer', 'vendor', 'team'] as const;
export type Party = (typeof PARTIES)[number];
export const TONES = ['warm', 'formal', 'brief'] as const;
export type Tone = (typeof TONES)[number];

export const ZPhrase = z.object({
  id: z.string(),
  step: z.string(),
  party: z.enum(PARTIES),
  tone: z.enum(TONES),
  /** A category key ("late", "price_pushback"), or a situation kind ("public", "vent_only", "regular", "first_time"); null fits all. */
  topic: z.string().nullable(),
  text: z.string(),
  builtIn: z.boolean(),
});
export type Phrase = z.infer<typeof ZPhrase>;
