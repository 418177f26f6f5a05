import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type CoachContext } from './analyze';
import { scoreLine } from './batch';

/**
 * Pieces the detectors react to (lead-ins, pronouns, apology and promise words, contractions,
 * quotes, shouting, emoji, line breaks) and the punctuation between them: random drafts made
 * of them reach the detectors' edge cases (a sentence of lead-ins only, a quote left open, a
 * "so" at the very end) far more often than random characters do.
 */
const PIECES = [
  'so',
  'So,',
  'okay',
  'Um,',
  'and',
  'you',
  'You',
  "you're",
  'we',
  "we'll",
  'I',
  "I'm",
  'not',
  "don't",
  "can't",
  'sorry',
  'Sorry',
  'apologies',
  'if',
  'but',
  'that',
  "that's",
  'our',
  'policy',
  'the',
  'order',
  'was',
  'late',
  'cold',
  'will',
  'call',
  'by',
  '5',
  'pm',
  'tomorrow',
  'soon',
  'ASAP',
  'look',
  'into',
  'it',
  'understand',
  'frustrating',
  'calm',
  'down',
  'always',
  'never',
  'should',
  'have',
  'what',
  'how',
  'could',
  'tell',
  'me',
  'happened',
  'UNACCEPTABLE',
  '!!!',
  '?',
  '.',
  ',',
  '…',
  '"',
  "'",
  '“',
  '”',
  '(',
  ')',
  '-',
  '—',
  '\n',
  '\n\n',
  '😡',
  '🙂',
  '@ana',
  '#fail',
  'https://example.test/a?b=c',
  'ï',
  '',
];

const draft = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(' ')),
  },
  {
    weight: 2,
    arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
);

const context: fc.Arbitrary<CoachContext> = fc.record(
  {
    role: fc.constantFrom('agent' as const, 'customer' as const),
    step: fc.constantFrom('listen', 'empathize', 'diagnose', 'apologize', 'solve', 'communicate'),
    rootCause: draft,
    personName: fc.constantFrom('Ana', 'Sam Li', '', ' '),
  },
  { requiredKeys: [] },
);

const RUNS = { numRuns: 1500 };

describe('the coach on any text', () => {
  it('never throws, and every span it reports lies inside the text', () => {
    fc.assert(
      fc.property(draft, context, (text, ctx) => {
        const analysis = analyze(text, ctx);
        for (const finding of analysis.findings) {
          for (const span of [finding.span, finding.suggestion?.span]) {
            if (!span) continue;
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeGreaterThanOrEqual(span.start);
            expect(span.end).toBeLessThanOrEqual(text.length);
          }
        }
        expect(Number.isInteger(analysis.readiness)).toBe(true);
        expect(analysis.readiness).toBeGreaterThanOrEqual(0);
        expect(analysis.readiness).toBeLessThanOrEqual(100);
        expect(analysis.mood.intensity).toBeGreaterThanOrEqual(0);
        expect(analysis.mood.intensity).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('reads a text the same way whatever it read before (its word caches change no answer)', () => {
    fc.assert(
      fc.property(draft, fc.array(draft, { maxLength: 5 }), context, (text, others, ctx) => {
        const first = analyze(text, ctx);
        for (const other of others) analyze(other, ctx);
        expect(analyze(text, ctx)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it('answers every batch line, malformed or not, with its id or an error', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          draft.map((text) => JSON.stringify({ id: 'x', text })),
          fc.string({ maxLength: 60 }),
        ),
        (line) => {
          const out = scoreLine(line);
          expect(out.error !== undefined || out.id === 'x').toBe(true);
        },
      ),
      RUNS,
    );
  });
});
