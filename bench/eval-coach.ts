/**
 * Measures the reply coach against labelled data: `npm run eval:coach -- --data DIR`.
 * DIR holds `<source>.jsonl` files of {id, text, role, labels}. The texts go through the
 * product's own batch interface (`turnaround coach --jsonl`, labels never passed), and each
 * label is scored against the coach's answer: precision, recall and F1 per label, and the
 * mean of the headline figures.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Item {
  id: string;
  text: string;
  role: 'agent' | 'customer';
  source: string;
  labels: Record<string, unknown>;
}
interface Answer {
  [key: string]: unknown;
  id: string;
  apology?: string;
  empathy?: boolean;
  questions?: { open: number; closed: number };
  blame?: boolean;
  commitment?: string;
  mood?: { label: string; intensity: number };
  complaint?: boolean;
  error?: string;
}

const args = process.argv.slice(2);
const dataIndex = args.indexOf('--data');
const dir = dataIndex >= 0 ? args[dataIndex + 1] : undefined;
const verbose = args.includes('--errors');
if (!dir) {
  console.error('usage: npm run eval:coach -- --data DIR [--errors]');
  process.exit(2);
}

const items: Item[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as Item;
    item.source ??= file.replace(/\.jsonl$/, '');
    items.push(item);
  }
}

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const answers = await runBatch(
  items.map((i) => JSON.stringify({ id: i.id, text: i.text, role: i.role })),
);
const byId = new Map(answers.map((a) => [a.id, a]));

interface Headline {
  name: string;
  value: number;
  target?: number;
}
const headlines: Headline[] = [];
const sources = [...new Set(items.map((i) => i.source))];

function f1(pairs: Array<[boolean, boolean]>) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [gold, predicted] of pairs) {
    if (gold && predicted) tp++;
    else if (!gold && predicted) fp++;
    else if (gold && !predicted) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1: f, support: tp + fn };
}

function line(
  label: string,
  r: { precision: number; recall: number; f1: number; support: number },
) {
  console.log(
    `    ${label.padEnd(22)} P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}  (n=${r.support})`,
  );
}

function spearman(xs: number[], ys: number[]): number {
  const rank = (values: number[]) => {
    const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
    const ranks = new Array<number>(values.length);
    for (let i = 0; i < order.length;) {
      let j = i;
      while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
      for (let k = i; k <= j; k++) ranks[order[k]![1]] = (i + j) / 2 + 1;
      i = j + 1;
    }
    return ranks;
  };
  const rx = rank(xs);
  const ry = rank(ys);
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = mean(rx);
  const my = mean(ry);
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < rx.length; i++) {
    num += (rx[i]! - mx) * (ry[i]! - my);
    dx += (rx[i]! - mx) ** 2;
    dy += (ry[i]! - my) ** 2;
  }
  return dx && dy ? num / Math.sqrt(dx * dy) : 0;
}

const mistakes: string[] = [];
function note(item: Item, what: string) {
  if (verbose)
    mistakes.push(`${item.id} ${what} | ${item.text.replace(/\s+/g, ' ').slice(0, 200)}`);
}

for (const source of sources) {
  const ofSource = items.filter((i) => i.source === source);
  const labelKeys = [...new Set(ofSource.flatMap((i) => Object.keys(i.labels)))];
  console.log(`\n${source} (${ofSource.length} items)`);
  for (const key of labelKeys) {
    const labelled = ofSource.filter((i) => key in i.labels);
    const answer = (i: Item) => byId.get(i.id) ?? { id: i.id, error: 'missing' };
    if (key === 'apology' || key === 'commitment') {
      const classes = [...new Set(labelled.map((i) => String(i.labels[key])))].sort();
      console.log(`  ${key}`);
      const scores = classes.map((c) => {
        const r = f1(
          labelled.map((i) => [
            i.labels[key] === c,
            (answer(i) as Record<string, unknown>)[key] === c,
          ]),
        );
        line(c, r);
        return r.f1;
      });
      const correct = labelled.filter(
        (i) => (answer(i) as Record<string, unknown>)[key] === i.labels[key],
      );
      labelled
        .filter((i) => (answer(i) as Record<string, unknown>)[key] !== i.labels[key])
        .forEach((i) =>
          note(
            i,
            `${key}: gold ${String(i.labels[key])}, said ${String((answer(i) as Record<string, unknown>)[key])}`,
          ),
        );
      const macro = scores.reduce((a, b) => a + b, 0) / scores.length;
      console.log(
        `    macro-F1 ${macro.toFixed(3)}   accuracy ${(correct.length / labelled.length).toFixed(3)}`,
      );
      headlines.push({
        name: `${source} ${key} macro-F1`,
        value: macro,
        target: key === 'apology' ? 0.8 : 0.7,
      });
    } else if (key === 'apology_present') {
      const r = f1(
        labelled.map((i) => [
          i.labels[key] === true,
          !!answer(i).apology && answer(i).apology !== 'none',
        ]),
      );
      labelled
        .filter(
          (i) => (i.labels[key] === true) !== (!!answer(i).apology && answer(i).apology !== 'none'),
        )
        .forEach((i) => note(i, `apology_present: gold ${String(i.labels[key])}`));
      console.log('  apology present');
      line('true', r);
      headlines.push({ name: `${source} apology-present F1`, value: r.f1, target: 0.9 });
    } else if (key === 'empathy' || key === 'blame' || key === 'complaint') {
      const r = f1(labelled.map((i) => [i.labels[key] === true, answer(i)[key] === true]));
      labelled
        .filter((i) => (i.labels[key] === true) !== (answer(i)[key] === true))
        .forEach((i) => note(i, `${key}: gold ${String(i.labels[key])}`));
      console.log(`  ${key}`);
      line('true', r);
      const target =
        key === 'empathy'
          ? 0.7
          : key === 'complaint'
            ? 0.7
            : source === 'agent_replies'
              ? 0.6
              : 0.5;
      headlines.push({ name: `${source} ${key} F1`, value: r.f1, target });
    } else if (key === 'question_type') {
      let correct = 0;
      for (const i of labelled) {
        const q = answer(i).questions;
        const said = q
          ? q.open > 0 && q.closed === 0
            ? 'open'
            : q.closed > 0 && q.open === 0
              ? 'closed'
              : 'other'
          : 'missing';
        if (said === i.labels[key]) correct++;
        else note(i, `question_type: gold ${String(i.labels[key])}, said ${said}`);
      }
      const accuracy = correct / labelled.length;
      console.log(`  question type   accuracy ${accuracy.toFixed(3)} (n=${labelled.length})`);
      headlines.push({
        name: `${source} question-type accuracy`,
        value: accuracy,
        target: source === 'swda' ? 0.95 : 0.85,
      });
    } else if (key === 'questions') {
      const gold = (i: Item) => i.labels[key] as { open: number; closed: number };
      const open = f1(
        labelled.map((i) => [gold(i).open > 0, (answer(i).questions?.open ?? 0) > 0]),
      );
      const closed = f1(
        labelled.map((i) => [gold(i).closed > 0, (answer(i).questions?.closed ?? 0) > 0]),
      );
      const exact = labelled.filter(
        (i) =>
          answer(i).questions?.open === gold(i).open &&
          answer(i).questions?.closed === gold(i).closed,
      ).length;
      labelled
        .filter(
          (i) =>
            answer(i).questions?.open !== gold(i).open ||
            answer(i).questions?.closed !== gold(i).closed,
        )
        .forEach((i) =>
          note(
            i,
            `questions: gold ${JSON.stringify(gold(i))}, said ${JSON.stringify(answer(i).questions)}`,
          ),
        );
      console.log('  questions');
      line('has open', open);
      line('has closed', closed);
      console.log(`    exact counts ${(exact / labelled.length).toFixed(3)}`);
      headlines.push({ name: `${source} questions mean F1`, value: (open.f1 + closed.f1) / 2 });
    } else if (key === 'frustration') {
      const gold = labelled.map((i) => Number(i.labels[key]));
      const said = labelled.map((i) => answer(i).mood?.intensity ?? -1);
      const rho = spearman(said, gold);
      const r = f1(
        labelled.map((i) => [
          Number(i.labels[key]) >= 3,
          ['upset', 'angry'].includes(answer(i).mood?.label ?? ''),
        ]),
      );
      labelled
        .filter(
          (i) =>
            Number(i.labels[key]) >= 3 !== ['upset', 'angry'].includes(answer(i).mood?.label ?? ''),
        )
        .forEach((i) =>
          note(
            i,
            `frustration ${String(i.labels[key])}, said ${answer(i).mood?.label} ${answer(i).mood?.intensity}`,
          ),
        );
      console.log(`  frustration   Spearman ρ ${rho.toFixed(3)} (n=${labelled.length})`);
      line('upset or angry', r);
      headlines.push({
        name: `${source} frustration Spearman`,
        value: Math.max(0, rho),
        target: 0.4,
      });
      headlines.push({ name: `${source} frustration ≥3 F1`, value: r.f1, target: 0.65 });
    }
  }
}

const errors = answers.filter((a) => a.error).length;
console.log(`\nHeadline figures${errors ? ` (${errors} answers with errors)` : ''}`);
for (const h of headlines) {
  const mark = h.target === undefined ? ' ' : h.value >= h.target ? '✓' : '✗';
  console.log(
    `  ${mark} ${h.name.padEnd(42)} ${h.value.toFixed(3)}${h.target !== undefined ? `  (target ${h.target})` : ''}`,
  );
}
const mean = headlines.reduce((a, h) => a + h.value, 0) / headlines.length;
console.log(
  `  ${mean >= 0.7 ? '✓' : '✗'} ${'mean of the headline figures'.padEnd(42)} ${mean.toFixed(3)}  (target 0.7)`,
);
if (verbose) console.log('\n' + mistakes.join('\n'));

function runBatch(lines: string[]): Promise<Answer[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/turnaround.js'), 'coach', '--jsonl'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`turnaround coach --jsonl exited with ${code}`));
      resolvePromise(
        out
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as Answer),
      );
    });
    child.stdin.end(lines.join('\n') + '\n');
  });
}
