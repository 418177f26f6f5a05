/**
 * `npm run bench:coach`: the coach's speed against the `sentiment` package (AFINN word
 * scores, a much simpler analyzer) over the same drafts, in one run. Prints throughput,
 * p99 per draft and the ratio. The drafts are built from the phrasebook and a few written
 * sentences, 100 to 1,000 characters, the length of a real reply.
 */
import Sentiment from 'sentiment';
import { analyze } from '../domain/coach/analyze';
import { BUILT_IN_PHRASES, fillPhrase } from '../domain/coach/phrasebook';

const EXTRA = [
  "I'm sorry you feel that way, but that's our policy.",
  'Calm down, we will look into it ASAP!!!',
  'You should have checked the order before you left.',
  'Could you tell me what happened when you arrived?',
  'Did you keep the receipt? Was it paid by card?',
  'This is the THIRD time my order has been late. Unacceptable!!',
];
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

function measure(name: string, fn: (text: string) => unknown, seconds: number) {
  for (const d of drafts) fn(d); // warm up
  // A typed array, grown by hand: the timing loop allocates nothing per draft of its own, so
  // it puts no load on the garbage collector that the analyzer being measured would pay for.
  let samples = new Float64Array(1 << 16);
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    if (count + drafts.length > samples.length) {
      const larger = new Float64Array(samples.length * 2);
      larger.set(samples);
      samples = larger;
    }
    for (const d of drafts) {
      const t = performance.now();
      fn(d);
      samples[count++] = performance.now() - t;
    }
  }
  const elapsed = (performance.now() - started) / 1000;
  const sorted = samples.subarray(0, count).sort();
  const p99 = sorted[Math.floor(count * 0.99)]!;
  const perSecond = count / elapsed;
  console.log(
    `${name.padEnd(22)} ${perSecond.toFixed(0).padStart(8)} drafts/s   p99 ${(p99 * 1000).toFixed(0).padStart(5)} µs`,
  );
  return { perSecond, p99 };
}

const seconds = Number(process.argv[process.argv.indexOf('--duration') + 1]) || 3;
const avg = drafts.reduce((a, d) => a + d.length, 0) / drafts.length;
console.log(`${drafts.length} drafts, ${avg.toFixed(0)} characters on average, ${seconds}s each\n`);
const sentiment = new Sentiment();
const reference = measure('sentiment (reference)', (t) => sentiment.analyze(t), seconds);
const ours = measure(
  'Turnaround coach',
  (t) => analyze(t, { step: 'apologize', rootCause: 'the kitchen dropped the ticket' }),
  seconds,
);
const ratio = ours.perSecond / reference.perSecond;
console.log(`\nthroughput ratio (coach / sentiment): ${ratio.toFixed(2)}×  (target ≥ 0.5×)`);
const oneK = drafts.filter((d) => d.length >= 900);
const t = performance.now();
for (const d of oneK) analyze(d);
console.log(
  `a ~1,000-character draft: ${(((performance.now() - t) / oneK.length) * 1000).toFixed(0)} µs (one frame is 16,667 µs)`,
);
