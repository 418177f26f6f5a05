/**
 * `npm run bench:coach`: the coach's speed against the `sentiment` package (AFINN word
 * scores, a much simpler analyzer) over the same drafts, in one run. Prints throughput,
 * p99 per draft and the ratio. The drafts are built from the phrasebook and a few written
 * sentences, 100 to 1,000 characters, the length of a real reply.
 */
import Sentiment from 'sentiment';
import { analyze } from '../domain/coach/analyze';
import { BENCH_CONTEXT, benchDrafts } from './coach-drafts';

const drafts = benchDrafts();

/** One analyzer's timings, gathered over the rounds. */
interface Timings {
  name: string;
  analyze: (text: string) => unknown;
  // A typed array, grown by hand: the timing loop allocates nothing per draft of its own, so
  // it puts no load on the garbage collector that the analyzer being measured would pay for.
  samples: Float64Array;
  count: number;
  seconds: number;
}

function timings(name: string, analyze: (text: string) => unknown): Timings {
  for (const d of drafts) analyze(d); // warm up
  return { name, analyze, samples: new Float64Array(1 << 16), count: 0, seconds: 0 };
}

/** Runs the analyzer over the drafts, again and again, for `seconds`. */
function measureRound(timing: Timings, seconds: number): void {
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    if (timing.count + drafts.length > timing.samples.length) {
      const larger = new Float64Array(timing.samples.length * 2);
      larger.set(timing.samples);
      timing.samples = larger;
    }
    for (const d of drafts) {
      const t = performance.now();
      timing.analyze(d);
      timing.samples[timing.count++] = performance.now() - t;
    }
  }
  timing.seconds += (performance.now() - started) / 1000;
}

function report(timing: Timings) {
  const sorted = timing.samples.subarray(0, timing.count).sort();
  const p99 = sorted[Math.floor(timing.count * 0.99)]!;
  const perSecond = timing.count / timing.seconds;
  console.log(
    `${timing.name.padEnd(22)} ${perSecond.toFixed(0).padStart(8)} drafts/s   p99 ${(p99 * 1000).toFixed(0).padStart(5)} µs`,
  );
  return { perSecond, p99 };
}

const seconds = Number(process.argv[process.argv.indexOf('--duration') + 1]) || 3;
const ROUNDS = 6;
const avg = drafts.reduce((a, d) => a + d.length, 0) / drafts.length;
console.log(
  `${drafts.length} drafts, ${avg.toFixed(0)} characters on average, ${seconds}s each in ${ROUNDS} turns\n`,
);
const sentiment = new Sentiment();
const referenceTimings = timings('sentiment (reference)', (t) => sentiment.analyze(t));
const ourTimings = timings('Turnaround coach', (t) => analyze(t, BENCH_CONTEXT));
// Short turns, taken in alternation, so a slow spell of the machine falls on both alike.
for (let round = 0; round < ROUNDS; round++) {
  measureRound(referenceTimings, seconds / ROUNDS);
  measureRound(ourTimings, seconds / ROUNDS);
}
const reference = report(referenceTimings);
const ours = report(ourTimings);
const ratio = ours.perSecond / reference.perSecond;
console.log(`\nthroughput ratio (coach / sentiment): ${ratio.toFixed(2)}×  (target ≥ 0.5×)`);
// The composer's case: one long draft, analysed on a keystroke (the median of several tries).
const oneK = drafts.filter((d) => d.length >= 900);
const perDraft: number[] = [];
for (let round = 0; round < 5; round++) {
  const t = performance.now();
  for (const d of oneK) analyze(d);
  perDraft.push(((performance.now() - t) / oneK.length) * 1000);
}
perDraft.sort((a, b) => a - b);
console.log(`a ~1,000-character draft: ${perDraft[2]!.toFixed(0)} µs (one frame is 16,667 µs)`);
