/**
 * Reads the benchmark's drafts a fixed number of times, with no timing: for counting the work
 * one draft costs with a tool such as valgrind, where wall-clock timings drift too much to
 * compare small changes. See "The coach" in docs/ARCHITECTURE.md for how it is run.
 *
 *   node bin/run-ts.js bench/coach-rounds.ts --rounds 20 [--reference]
 *
 * `--reference` reads them with the `sentiment` package instead.
 */
import Sentiment from 'sentiment';
import { analyze } from '../domain/coach/analyze';
import { BENCH_CONTEXT, benchDrafts } from './coach-drafts';

const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 10;
const drafts = benchDrafts();
const sentiment = new Sentiment();
const read = process.argv.includes('--reference')
  ? (text: string) => sentiment.analyze(text)
  : (text: string) => analyze(text, BENCH_CONTEXT);
for (let round = 0; round < rounds; round++) for (const draft of drafts) read(draft);
