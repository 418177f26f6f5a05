import type { PlaybookStep } from '../playbook/schema';

/**
 * The diagnosed root cause, as the coach checks apologies against it: the diagnosis step's
 * `root_cause` field, or in a custom playbook a text field named for the cause. One rule for
 * the composer in the browser and for the server's checks.
 */
export function rootCauseFrom(
  steps: ReadonlyArray<Pick<PlaybookStep, 'id' | 'marks' | 'fields'>>,
  capturesOf: (stepId: string) => Record<string, unknown> | undefined,
): string | null {
  for (const step of steps) {
    if (!step.marks.includes('diagnosis')) continue;
    const field =
      step.fields.find((f) => f.id === 'root_cause') ??
      step.fields.find(
        (f) => f.id.includes('cause') && (f.type === 'text' || f.type === 'long_text'),
      );
    const value = field ? capturesOf(step.id)?.[field.id] : undefined;
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}
