import { z } from 'zod';
import { CHANNELS, MOODS, SEVERITIES, STATUSES } from '../domain/situation/vocabulary';
import { ZId, ZPageQuery, ZTimestamp, optionalText, paged, text } from './common';

export const ZChannel = z.enum(CHANNELS);
export const ZSeverity = z.enum(SEVERITIES);
export const ZMood = z.enum(MOODS);
export const ZStatus = z.enum(STATUSES);

export const OUTCOMES = ['solved', 'vent_only'] as const;
export const STEP_STATUSES = ['pending', 'in_progress', 'done', 'skipped', 'not_needed'] as const;

export const ZStepProgress = z
  .object({
    id: z.string(),
    title: z.string(),
    status: z.enum(STEP_STATUSES),
    captures: z.record(z.string(), z.unknown()),
    skipReason: z.string().nullable(),
    ms: z.number().describe('Time this step held the focus, in milliseconds, over completed spans'),
  })
  .meta({ id: 'StepProgress' });
export type TStepProgress = z.infer<typeof ZStepProgress>;

export const ZTimings = z
  .object({
    firstResponseMs: z.number().nullable().describe('Opened → the first step recorded'),
    recoveryMs: z.number().nullable().describe('Opened → resolved'),
  })
  .meta({ id: 'Timings' });

const ZTitle = text(200).trim().min(1, 'Give the situation a short title.');
const ZAccount = optionalText(20_000);

export const ZCreateSituationRequest = z
  .strictObject({
    title: ZTitle,
    account: ZAccount,
    channel: ZChannel.nullable().optional(),
    live: z.boolean().optional(),
    partyId: ZId.nullable().optional(),
    locationId: ZId.nullable().optional(),
    category: text(60).nullable().optional(),
    severity: ZSeverity.nullable().optional(),
    mood: ZMood.nullable().optional(),
    ownerId: ZId.nullable().optional(),
  })
  .meta({ id: 'CreateSituationRequest' });
export type TCreateSituationRequest = z.input<typeof ZCreateSituationRequest>;

export const ZUpdateSituationRequest = z
  .strictObject({
    title: ZTitle.optional(),
    account: ZAccount,
    channel: ZChannel.nullable().optional(),
    live: z.boolean().optional(),
    partyId: ZId.nullable().optional(),
    locationId: ZId.nullable().optional(),
    category: text(60).nullable().optional(),
    severity: ZSeverity.nullable().optional(),
    mood: ZMood.nullable().optional(),
    ownerId: ZId.nullable().optional(),
  })
  .meta({ id: 'UpdateSituationRequest' });
export type TUpdateSituationRequest = z.input<typeof ZUpdateSituationRequest>;

/** A task or promise as the situation page shows it. */
export const ZTask = z
  .object({
    id: z.string(),
    kind: z.enum(['task', 'promise']),
    what: z.string(),
    who: ZId.nullable().describe('The member who does a task; null for a promise'),
    due: ZTimestamp,
    step: z.string(),
    doneAt: ZTimestamp.nullable(),
    doneBy: ZId.nullable(),
  })
  .meta({ id: 'Task' });
export type TTask = z.infer<typeof ZTask>;

export const ZSituation = z
  .object({
    id: ZId,
    number: z.number().int(),
    title: z.string(),
    account: z.string().nullable(),
    channel: ZChannel.nullable(),
    live: z.boolean(),
    partyId: ZId.nullable(),
    partyName: z.string().nullable(),
    locationId: ZId.nullable(),
    category: z.string().nullable(),
    severity: ZSeverity.nullable(),
    mood: ZMood.nullable(),
    ownerId: ZId.nullable(),
    ownerName: z.string().nullable(),
    status: ZStatus,
    openedAt: ZTimestamp,
    resolvedAt: ZTimestamp.nullable(),
    closedAt: ZTimestamp.nullable(),
    updatedAt: ZTimestamp,
    playbook: z.object({ id: z.string(), key: z.string(), name: z.string(), version: z.number() }),
    currentStep: z.string().nullable().describe('The step in focus; null when every step is done'),
    currentStepSince: ZTimestamp.nullable().describe(
      'When the current step took the focus: its running time counts from here',
    ),
    outcome: z.enum(OUTCOMES).nullable(),
    steps: z.array(ZStepProgress),
    timings: ZTimings,
    tasks: z.array(ZTask).describe('Tasks for the team and promises made to the person'),
    followUpDueAt: ZTimestamp.nullable().describe(
      'When the follow-up is due: set on resolving, null once it is recorded',
    ),
  })
  .meta({ id: 'Situation' });
export type TSituation = z.infer<typeof ZSituation>;

export const ZSituationSummary = ZSituation.pick({
  currentStep: true,
  id: true,
  number: true,
  title: true,
  channel: true,
  live: true,
  partyId: true,
  partyName: true,
  locationId: true,
  category: true,
  severity: true,
  mood: true,
  ownerId: true,
  ownerName: true,
  status: true,
  openedAt: true,
  updatedAt: true,
}).meta({ id: 'SituationSummary' });
export type TSituationSummary = z.infer<typeof ZSituationSummary>;

export const SITUATION_SORTS = ['newest', 'oldest', 'updated'] as const;
export const SITUATION_VIEWS = ['all', 'mine', 'unassigned'] as const;

/** Filters accept one value or a comma-separated list (`?status=open,resolved`). */
function listOf<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .max(200)
    .transform((v, ctx) => {
      const parts = v
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      for (const part of parts) {
        if (!(values as readonly string[]).includes(part)) {
          ctx.addIssue({ code: 'custom', message: `Use one of: ${values.join(', ')}.` });
          return z.NEVER;
        }
      }
      return parts as T[number][];
    });
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A moment given by a client: any ISO 8601 date and time, stored in UTC. */
const ZTimestampInput = z
  .string()
  .max(40)
  .refine(
    (v) => /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v)),
    'Use an ISO 8601 date and time, e.g. 2026-01-31T09:00:00Z.',
  );
const ZDateInput = z
  .string()
  .max(40)
  .refine((v) => !Number.isNaN(Date.parse(v)), 'Use an ISO 8601 date, e.g. 2026-01-31.');

/** Start of a range: the instant given, or the start of the day given. */
const ZFrom = ZDateInput.transform((v) => new Date(v).toISOString());

/** End of a range: a plain date includes that whole day; a full timestamp is exclusive. */
const ZTo = ZDateInput.transform((v) => {
  const end = new Date(v);
  if (DATE_ONLY.test(v)) end.setUTCDate(end.getUTCDate() + 1);
  return end.toISOString();
});

export const ZSituationListQuery = ZPageQuery.extend({
  q: text(200).optional(),
  status: listOf(STATUSES).optional(),
  channel: listOf(CHANNELS).optional(),
  severity: listOf(SEVERITIES).optional(),
  mood: listOf(MOODS).optional(),
  category: text(60).optional(),
  ownerId: ZId.optional(),
  locationId: ZId.optional(),
  partyId: ZId.optional(),
  from: ZFrom.optional().describe('Opened at or after (a date or an ISO timestamp)'),
  to: ZTo.optional().describe('Opened before; a plain date includes that whole day'),
  view: z.enum(SITUATION_VIEWS).default('all'),
  sort: z.enum(SITUATION_SORTS).default('newest'),
});
export type TSituationListQuery = z.input<typeof ZSituationListQuery>;

export const ZSituationPage = paged(ZSituationSummary).meta({ id: 'SituationPage' });
export type TSituationPage = z.infer<typeof ZSituationPage>;

export const ZSituationEvent = z
  .object({
    id: ZId,
    seq: z.number().int(),
    type: z.string(),
    at: ZTimestamp,
    actorId: ZId.nullable(),
    actorName: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'SituationEvent' });
export type TSituationEvent = z.infer<typeof ZSituationEvent>;

export const ZSituationEvents = z
  .object({ items: z.array(ZSituationEvent) })
  .meta({ id: 'SituationEvents' });

export const ACTION_TYPES = [
  'record',
  'skip',
  'vent_only',
  'loop_back',
  'resolve',
  'reopen',
  'close',
  'complete_task',
  'reopen_task',
  'schedule_follow_up',
] as const;

/** One playbook action; which fields it needs depends on its type. */
export const ZSituationActionRequest = z
  .strictObject({
    type: z.enum(ACTION_TYPES),
    step: z.string().min(1).max(40).optional().describe('For record, skip and loop_back'),
    data: z
      .record(z.string().max(40), z.unknown())
      .refine((d) => Object.keys(d).length <= 40, 'A step captures at most 40 fields.')
      .optional()
      .describe("For record: the step's fields, by id"),
    reason: optionalText(2000).describe('Required for skip; a note for the others'),
    taskId: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe('For complete_task and reopen_task: the task or promise'),
    dueAt: ZTimestampInput.optional().describe('For schedule_follow_up: when to follow up'),
  })
  .superRefine((body, ctx) => {
    const needsTask = body.type === 'complete_task' || body.type === 'reopen_task';
    if (needsTask !== (body.taskId !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['taskId'],
        message: needsTask
          ? `A ${body.type} action names its task.`
          : `A ${body.type} action takes no task.`,
      });
    const needsDue = body.type === 'schedule_follow_up';
    if (needsDue !== (body.dueAt !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['dueAt'],
        message: needsDue
          ? 'Say when to follow up (an ISO 8601 date and time).'
          : `A ${body.type} action takes no dueAt.`,
      });
    const needsStep = body.type === 'record' || body.type === 'skip' || body.type === 'loop_back';
    if (needsStep && !body.step)
      ctx.addIssue({
        code: 'custom',
        path: ['step'],
        message: `A ${body.type} action names its step.`,
      });
    if (body.type === 'record' && !body.data)
      ctx.addIssue({
        code: 'custom',
        path: ['data'],
        message: 'A record action carries the captured fields.',
      });
    if (body.type === 'skip' && !body.reason?.trim())
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'A step can only be skipped with a reason.',
      });
    if (!needsStep && body.step)
      ctx.addIssue({
        code: 'custom',
        path: ['step'],
        message: `A ${body.type} action takes no step.`,
      });
    if (body.type !== 'record' && body.data)
      ctx.addIssue({
        code: 'custom',
        path: ['data'],
        message: 'Only a record action carries data.',
      });
  })
  .meta({ id: 'SituationActionRequest' });
export type TSituationActionRequest = z.input<typeof ZSituationActionRequest>;
