import { z } from 'zod';
import { ZTimestamp } from './common';

export const ZJobFailure = z
  .object({
    id: z.string(),
    name: z.string().describe('What the job did: follow_up.due, task.due'),
    data: z.record(z.string(), z.unknown()),
    error: z.string().nullable().describe('What went wrong on the last attempt'),
    attempts: z.number().int(),
    failedAt: ZTimestamp.nullable(),
  })
  .meta({ id: 'JobFailure' });
export type TJobFailure = z.infer<typeof ZJobFailure>;

export const ZJobFailureList = z
  .object({ items: z.array(ZJobFailure) })
  .meta({ id: 'JobFailureList' });
