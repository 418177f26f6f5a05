import { createInterface } from 'node:readline';
import { analyze } from '../../domain/coach/analyze';
import { scoreLine } from '../../domain/coach/batch';
import type { Analysis, CoachContext, Severity } from '../../domain/coach/types';

/** `turnaround coach --jsonl`: one output line per input line, in the same order. */
export async function scoreJsonLines(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let count = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const ok = output.write(JSON.stringify(scoreLine(line)) + '\n');
    count++;
    if (!ok) await new Promise((resolve) => output.once('drain', resolve));
  }
  return count;
}

const MARKS: Record<Severity, string> = { good: '✓', info: '·', warning: '!', problem: '✗' };

/** The findings of one text, as a person reads them in a terminal. */
export function formatAnalysis(text: string, context: CoachContext): string {
  const result: Analysis = analyze(text, context);
  const lines = [
    `Readiness ${result.readiness}/100`,
    `Apology: ${result.apology.replace('_', '-')}   Empathy: ${result.empathy ? 'yes' : 'no'}   Questions: ${result.questions.open} open, ${result.questions.closed} closed`,
    `Blame: ${result.blame ? 'yes' : 'no'}   Commitment: ${result.commitment}   Mood: ${result.mood.label} (${result.mood.intensity.toFixed(2)})${result.complaint ? '   Complaint' : ''}`,
  ];
  if (result.mood.cues.length) lines.push(`Mood cues: ${result.mood.cues.join(', ')}`);
  if (result.findings.length) lines.push('');
  for (const finding of result.findings) {
    const quoted = text.slice(finding.span.start, finding.span.end);
    lines.push(`${MARKS[finding.severity]} ${finding.message}`);
    if (quoted) lines.push(`    “${quoted.length > 90 ? quoted.slice(0, 87) + '…' : quoted}”`);
    if (finding.suggestion)
      lines.push(`    → ${finding.suggestion.label}: “${finding.suggestion.replacement.trim()}”`);
  }
  return lines.join('\n');
}
