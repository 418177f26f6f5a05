/**
 * The drafts the coach's benchmarks read: built from the phrasebook and a few written
 * sentences, 100 to 1,000 characters, the length of a real reply, the same every run.
 */
import { BUILT_IN_PHRASES, fillPhrase } from '../domain/coach/phrasebook';

const EXTRA = [
  "I'm sorry you feel that way, but that's our policy.",
  'Calm down, we will look into it ASAP!!!',
  'You should have checked the order before you left.',
  'Could you tell me what happened when you arrived?',
  'Did you keep the receipt? Was it paid by card?',
  'This is the THIRD time my order has been late. Unacceptable!!',
];

export function benchDrafts(): string[] {
  const sentences = [
    ...BUILT_IN_PHRASES.map((p) =>
      fillPhrase(p.text, {
        name: 'Ana',
        cause: 'the kitchen dropped your ticket',
        business: 'Larkspur',
        time: '5 pm today',
      }),
    ),
    ...EXTRA,
  ];
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const drafts: string[] = [];
  for (let i = 0; i < 500; i++) {
    const target = 100 + Math.floor(random() * 900);
    let draft = '';
    while (draft.length < target)
      draft += (draft ? ' ' : '') + sentences[Math.floor(random() * sentences.length)];
    drafts.push(draft);
  }
  return drafts;
}

/** The context the benchmarks analyse every draft in. */
export const BENCH_CONTEXT = {
  step: 'apologize',
  rootCause: 'the kitchen dropped the ticket',
} as const;
