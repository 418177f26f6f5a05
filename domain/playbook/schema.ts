import { z } from 'zod';
import type { FieldProblem } from '../shared/domain-error';

/**
 * A playbook is data: a JSON document of ordered steps, each with its coaching prompts, the
 * fields it captures, its guards, whether it may be skipped and where it may loop back to.
 * This schema is the document's shape; validatePlaybook() adds the rules a shape cannot say
 * (references between steps, reachability).
 */

const ZKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Use lowercase letters, digits and _, starting with a letter.');
const line = (max: number) => z.string().trim().min(1).max(max);

export const FIELD_TYPES = [
  'text',
  'long_text',
  'choice',
  'multi_choice',
  'list',
  'options',
  'promises',
  'tasks',
  'person',
  'money',
  'datetime',
  'boolean',
  'rating',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const ZField = z.strictObject({
  id: ZKey,
  label: line(120),
  type: z.enum(FIELD_TYPES),
  help: line(500).optional(),
  required: z.boolean().default(false),
  /** For choice and multi_choice. */
  choices: z.array(z.strictObject({ value: ZKey, label: line(80) })).optional(),
  /** For list, options, promises and tasks: how many entries at least. */
  minItems: z.number().int().min(1).max(20).optional(),
  /** Another field of the same step that must be captured first (an apology before its answer). */
  after: ZKey.optional(),
});
export type PlaybookField = z.output<typeof ZField>;

/** The codes a guard may refuse with; each explains itself in the guard's own words. */
export const GUARD_CODES = ['APOLOGY_BEFORE_DIAGNOSIS', 'STEP_PREREQUISITE'] as const;
export type GuardCode = (typeof GUARD_CODES)[number];

export const ZGuard = z.strictObject({
  code: z.enum(GUARD_CODES),
  /** Fields of other steps that must be captured before this step can be recorded. */
  requires: z.array(z.strictObject({ step: ZKey, field: ZKey })).min(1),
  /** What is refused, in words a waiter understands. */
  message: line(300),
  /** What to do first. */
  firstDo: line(300),
});
export type PlaybookGuard = z.output<typeof ZGuard>;

/**
 * What a step means to the engine, beyond its captures: resolving needs a "solution" step
 * done (or the vent-only path), closing needs every "follow_up" step done or skipped, and a
 * "gesture" step is where the empowerment policy (limits, approvals) applies.
 */
export const STEP_MARKS = ['solution', 'follow_up', 'gesture', 'apology', 'diagnosis'] as const;
export type StepMark = (typeof STEP_MARKS)[number];

export const ZStep = z.strictObject({
  id: ZKey,
  title: line(80),
  purpose: line(500),
  prompts: z.strictObject({
    do: z.array(line(300)).max(12),
    say: z.array(line(300)).max(12),
    avoid: z.array(line(300)).max(12),
  }),
  fields: z.array(ZField).max(20),
  guards: z.array(ZGuard).max(10).default([]),
  skippable: z.boolean(),
  loopBackTo: z.array(ZKey).max(20).default([]),
  marks: z.array(z.enum(STEP_MARKS)).max(STEP_MARKS.length).default([]),
});
export type PlaybookStep = z.output<typeof ZStep>;

export const ZPlaybookDocument = z.strictObject({
  key: ZKey,
  name: line(80),
  description: line(1000),
  /** The vent-only path: resolve once these steps are done, when the person only wanted to be heard. */
  ventOnly: z.strictObject({ after: z.array(ZKey).min(1) }).nullable(),
  steps: z.array(ZStep).min(1).max(20),
});
export type PlaybookDocument = z.output<typeof ZPlaybookDocument>;
export type PlaybookDocumentInput = z.input<typeof ZPlaybookDocument>;

/** A stored playbook version: what a situation runs on. */
export interface Playbook extends PlaybookDocument {
  id: string;
  version: number;
}

/**
 * The rules between the parts of a playbook: every reference points at something that
 * exists, ids are unique, every step can be reached (no guard waits on a step that itself
 * waits, directly or not, on the first), and a situation on it can be resolved.
 */
export function validatePlaybook(doc: PlaybookDocument): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const index = new Map<string, number>();
  doc.steps.forEach((step, i) => {
    if (index.has(step.id)) add(`steps.${i}.id`, `Step id "${step.id}" is used twice.`);
    else index.set(step.id, i);
  });
  const fieldsOf = (stepId: string) =>
    new Map(doc.steps[index.get(stepId) ?? -1]?.fields.map((f) => [f.id, f]) ?? []);

  doc.steps.forEach((step, i) => {
    const at = `steps.${i}`;
    const seen = new Set<string>();
    step.fields.forEach((field, j) => {
      const fat = `${at}.fields.${j}`;
      if (seen.has(field.id))
        add(`${fat}.id`, `Field id "${field.id}" is used twice in "${step.id}".`);
      seen.add(field.id);
      const wantsChoices = field.type === 'choice' || field.type === 'multi_choice';
      if (wantsChoices && (field.choices?.length ?? 0) < 2)
        add(
          `${fat}.choices`,
          `"${field.id}" is a ${field.type} field and needs at least two choices.`,
        );
      if (!wantsChoices && field.choices)
        add(`${fat}.choices`, `Only choice fields have choices; "${field.id}" is ${field.type}.`);
      if (field.choices && new Set(field.choices.map((c) => c.value)).size !== field.choices.length)
        add(`${fat}.choices`, `"${field.id}" lists the same choice twice.`);
      const listLike = ['list', 'options', 'promises', 'tasks'].includes(field.type);
      if (field.minItems !== undefined && !listLike)
        add(
          `${fat}.minItems`,
          `Only list, options, promises and tasks fields count items; "${field.id}" is ${field.type}.`,
        );
      if (field.after !== undefined) {
        if (field.after === field.id)
          add(`${fat}.after`, `"${field.id}" cannot come after itself.`);
        else if (!step.fields.some((f) => f.id === field.after))
          add(
            `${fat}.after`,
            `"${field.id}" comes after "${field.after}", which "${step.id}" does not capture.`,
          );
      }
    });
    step.loopBackTo.forEach((target, j) => {
      const targetIndex = index.get(target);
      if (targetIndex === undefined)
        add(
          `${at}.loopBackTo.${j}`,
          `"${step.id}" loops back to "${target}", which is not a step.`,
        );
      else if (targetIndex >= i)
        add(
          `${at}.loopBackTo.${j}`,
          `"${step.id}" can only loop back to an earlier step, and "${target}" is not earlier.`,
        );
    });
    step.guards.forEach((guard, g) => {
      guard.requires.forEach((need, r) => {
        const path = `${at}.guards.${g}.requires.${r}`;
        if (!index.has(need.step))
          add(path, `A guard of "${step.id}" waits on step "${need.step}", which does not exist.`);
        else if (!fieldsOf(need.step).has(need.field))
          add(
            path,
            `A guard of "${step.id}" waits on field "${need.field}", which step "${need.step}" does not capture.`,
          );
      });
    });
  });
  doc.ventOnly?.after.forEach((stepId, j) => {
    if (!index.has(stepId))
      add(`ventOnly.after.${j}`, `The vent-only path waits on "${stepId}", which is not a step.`);
  });
  if (!doc.steps.some((s) => s.marks.includes('solution')) && !doc.ventOnly)
    add(
      'steps',
      'No step is marked "solution" and there is no vent-only path, so nothing could ever be resolved.',
    );

  // Reachability: a step whose guards wait, directly or through other steps, on itself can
  // never be recorded.
  const waitsOn = new Map(
    doc.steps.map((s) => [s.id, new Set(s.guards.flatMap((g) => g.requires.map((r) => r.step)))]),
  );
  // Only meaningful once every reference points somewhere.
  const referencesHold = problems.length === 0;
  const reachable = new Map<string, boolean>();
  const visit = (id: string, trail: Set<string>): boolean => {
    const known = reachable.get(id);
    if (known !== undefined) return known;
    if (trail.has(id) || !waitsOn.has(id)) return false;
    trail.add(id);
    const ok = [...waitsOn.get(id)!].every((dep) => visit(dep, trail));
    trail.delete(id);
    reachable.set(id, ok);
    return ok;
  };
  doc.steps.forEach((step, i) => {
    if (referencesHold && !visit(step.id, new Set()))
      add(
        `steps.${i}`,
        `"${step.id}" can never be recorded: its guards wait, in a circle, on steps that wait on it.`,
      );
  });
  return problems;
}

/** Parses and validates a playbook document; problems carry the path of what is wrong. */
export function parsePlaybookDocument(
  input: unknown,
): { ok: true; document: PlaybookDocument } | { ok: false; problems: FieldProblem[] } {
  const parsed = ZPlaybookDocument.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: issue.path.join('.') || '(document)',
        message: issue.message,
      })),
    };
  }
  const problems = validatePlaybook(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, document: parsed.data };
}
