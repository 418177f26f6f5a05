import { z } from 'zod';
import { ZId, ZTimestamp } from './common';
import { ZSituationSummary, ZStatus } from './situations';

export const URGENCIES = ['overdue', 'due_soon', 'later', 'done'] as const;
export const ZUrgency = z
  .enum(URGENCIES)
  .describe('overdue: past due; due_soon: due within 24 hours (a promise about to be broken)');

export const WORK_VIEWS = ['mine', 'all'] as const;

export const ZWorkQuery = z.strictObject({
  view: z
    .enum(WORK_VIEWS)
    .default('mine')
    .describe('mine: tasks assigned to you and promises on situations you own'),
});

/** A task or promise with its situation, for the lists across situations. */
export const ZTaskItem = z
  .object({
    id: z.string(),
    kind: z.enum(['task', 'promise']),
    what: z.string(),
    assigneeId: ZId.nullable(),
    assigneeName: z.string().nullable(),
    due: ZTimestamp,
    urgency: ZUrgency,
    situation: z.object({ id: ZId, number: z.number().int(), title: z.string(), status: ZStatus }),
  })
  .meta({ id: 'TaskItem' });
export type TTaskItem = z.infer<typeof ZTaskItem>;

export const ZTaskList = z.object({ items: z.array(ZTaskItem) }).meta({ id: 'TaskList' });
export type TTaskList = z.infer<typeof ZTaskList>;

export const ZFollowUpItem = ZSituationSummary.extend({
  resolvedAt: ZTimestamp,
  followUpDueAt: ZTimestamp,
  urgency: ZUrgency,
}).meta({ id: 'FollowUpItem' });
export type TFollowUpItem = z.infer<typeof ZFollowUpItem>;

export const ZFollowUpList = z
  .object({ items: z.array(ZFollowUpItem) })
  .meta({ id: 'FollowUpList' });
export type TFollowUpList = z.infer<typeof ZFollowUpList>;
