import { z } from 'zod';
import { ZPlaybookDocument } from '../domain/playbook/schema';
import { ZId } from './common';

export const ZPlaybookSummary = z
  .object({
    id: z.string(),
    key: z.string(),
    name: z.string(),
    description: z.string(),
    version: z.number().int(),
    builtIn: z.boolean(),
    archived: z.boolean(),
    stepCount: z.number().int(),
  })
  .meta({ id: 'PlaybookSummary' });
export type TPlaybookSummary = z.infer<typeof ZPlaybookSummary>;

export const ZPlaybookDefaults = z
  .object({
    organization: z.string().describe('The playbook new situations start with'),
    categories: z
      .record(z.string(), z.string().nullable())
      .describe('Per category key: its own playbook, or null for the organisation default'),
  })
  .meta({ id: 'PlaybookDefaults' });
export type TPlaybookDefaults = z.infer<typeof ZPlaybookDefaults>;

export const ZPlaybookList = z
  .object({ items: z.array(ZPlaybookSummary), defaults: ZPlaybookDefaults })
  .meta({ id: 'PlaybookList' });
export type TPlaybookList = z.infer<typeof ZPlaybookList>;

export const ZPlaybook = ZPlaybookSummary.extend({ document: ZPlaybookDocument }).meta({
  id: 'Playbook',
});
export type TPlaybook = z.infer<typeof ZPlaybook>;

export const ZPlaybookQuery = z.object({
  version: z.coerce
    .number({ error: 'Give the version as a whole number, e.g. 2.' })
    .int('Give the version as a whole number, e.g. 2.')
    .min(1, 'Versions start at 1.')
    .optional()
    .describe('A past version; the latest if left out'),
});

/** Either a copy of an existing playbook (built-in or your own) or a whole document. */
export const ZCreatePlaybookRequest = z
  .strictObject({
    cloneOf: z.string().min(1).max(64).optional(),
    name: z.string().trim().min(1).max(80).optional().describe('For a copy: its name'),
    document: z.unknown().optional().describe('A whole playbook document'),
  })
  .superRefine((body, ctx) => {
    if ((body.cloneOf === undefined) === (body.document === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['cloneOf'],
        message: 'Give either cloneOf (the playbook to copy) or a whole document.',
      });
  })
  .meta({ id: 'CreatePlaybookRequest' });

export const ZUpdatePlaybookRequest = z
  .strictObject({ document: z.unknown() })
  .meta({ id: 'UpdatePlaybookRequest' });

export const ZSetPlaybookDefaultsRequest = z
  .strictObject({
    organization: ZId.optional(),
    categories: z.record(z.string().max(60), ZId.nullable()).optional(),
  })
  .meta({ id: 'SetPlaybookDefaultsRequest' });
export type TSetPlaybookDefaultsRequest = z.input<typeof ZSetPlaybookDefaultsRequest>;
