import { z } from 'zod';
import { analyze } from './analyze';
import type { Analysis } from './types';

/** One line of `turnaround coach --jsonl` input. */
export const ZCoachBatchInput = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  role: z.enum(['agent', 'customer']).default('agent'),
  context: z
    .object({ rootCause: z.string().optional(), toUs: z.boolean().optional() })
    .passthrough()
    .optional(),
});

export interface CoachBatchOutput {
  id: string | number | null;
  apology?: Analysis['apology'];
  empathy?: boolean;
  questions?: Analysis['questions'];
  blame?: boolean;
  commitment?: Analysis['commitment'];
  mood?: { label: Analysis['mood']['label']; intensity: number };
  complaint?: boolean;
  error?: string;
}

/** Scores one input line; a malformed line yields an output line with `error`, never a throw. */
export function scoreLine(line: string): CoachBatchOutput {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { id: null, error: 'not valid JSON' };
  }
  const parsed = ZCoachBatchInput.safeParse(raw);
  if (!parsed.success) {
    const id =
      typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : null;
    const issue = parsed.error.issues[0];
    return {
      id: typeof id === 'string' || typeof id === 'number' ? id : null,
      error: `${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}`,
    };
  }
  const { id, text, role, context } = parsed.data;
  // Texts in a batch may come from anywhere (a review export, a mailbox), so a problem in
  // one counts as a complaint only when it is someone's, unless the line says it was to us.
  const result = analyze(text, {
    role,
    ...(context?.rootCause ? { rootCause: context.rootCause } : {}),
    ...(context?.toUs ? { toUs: true } : {}),
  });
  return {
    id,
    apology: result.apology,
    empathy: result.empathy,
    questions: result.questions,
    blame: result.blame,
    commitment: result.commitment,
    mood: { label: result.mood.label, intensity: result.mood.intensity },
    complaint: result.complaint,
  };
}
