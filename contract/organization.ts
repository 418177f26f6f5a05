import { SURVEY_TIMINGS } from '../domain/situation/survey';
import { z } from 'zod';
import { ZEmail, ZRole } from './auth';
import { ZId, ZTimestamp, text } from './common';

export const ZMember = z
  .object({
    id: ZId,
    name: z.string(),
    email: z.string(),
    role: ZRole,
    locationId: ZId.nullable(),
    createdAt: ZTimestamp,
    activeSessions: z.number().int(),
  })
  .meta({ id: 'Member' });
export type TMember = z.infer<typeof ZMember>;

export const ZUpdateMemberRequest = z
  .strictObject({ role: ZRole.optional(), locationId: ZId.nullable().optional() })
  .meta({ id: 'UpdateMemberRequest' });
export type TUpdateMemberRequest = z.input<typeof ZUpdateMemberRequest>;

export const ZCreateInviteRequest = z
  .strictObject({ email: ZEmail, role: ZRole, locationId: ZId.nullable().optional() })
  .meta({ id: 'CreateInviteRequest' });
export type TCreateInviteRequest = z.input<typeof ZCreateInviteRequest>;

export const ZInvite = z
  .object({
    id: ZId,
    email: z.string(),
    role: ZRole,
    locationId: ZId.nullable(),
    expiresAt: ZTimestamp,
    createdAt: ZTimestamp,
    acceptedAt: ZTimestamp.nullable(),
  })
  .meta({ id: 'Invite' });
export type TInvite = z.infer<typeof ZInvite>;

export const ZCreatedInvite = z
  .object({ invite: ZInvite, link: z.string(), token: z.string() })
  .meta({ id: 'CreatedInvite' });
export type TCreatedInvite = z.infer<typeof ZCreatedInvite>;

export const ZLocation = z
  .object({ id: ZId, name: z.string(), archived: z.boolean(), createdAt: ZTimestamp })
  .meta({ id: 'Location' });
export type TLocation = z.infer<typeof ZLocation>;

export const ZLocationRequest = z
  .strictObject({
    name: text(120).trim().min(1, 'Name the location.'),
    archived: z.boolean().optional(),
  })
  .meta({ id: 'LocationRequest' });

export const ZCategory = z
  .object({ key: z.string(), label: z.string(), archived: z.boolean(), position: z.number().int() })
  .meta({ id: 'Category' });
export type TCategory = z.infer<typeof ZCategory>;

export const ZCreateCategoryRequest = z
  .strictObject({ label: text(80).trim().min(1, 'Name the category.') })
  .meta({ id: 'CreateCategoryRequest' });

export const ZUpdateCategoryRequest = z
  .strictObject({
    label: text(80).trim().min(1, 'Name the category.').optional(),
    archived: z.boolean().optional(),
  })
  .meta({ id: 'UpdateCategoryRequest' });

export const ZOrganization = z
  .object({
    id: ZId,
    name: z.string(),
    createdAt: ZTimestamp,
    followUpAfterHours: z
      .number()
      .int()
      .describe('How long after resolving a situation its follow-up falls due'),
    surveyTiming: z
      .enum(SURVEY_TIMINGS)
      .describe(
        'When customers are emailed the satisfaction survey: as the follow-up falls due, once it is recorded, or never',
      ),
    emailConfigured: z
      .boolean()
      .describe('Whether this Turnaround sends email (SMTP_URL is set): reminders, replies'),
    inboundAddress: z
      .string()
      .nullable()
      .describe(
        'Where customers (or a forwarding rule) send email to open situations; null when mail in is not set up',
      ),
  })
  .meta({ id: 'Organization' });
export type TOrganization = z.infer<typeof ZOrganization>;

export const ZUpdateOrganizationRequest = z
  .strictObject({
    name: text(120).trim().min(1, 'Name the organisation.').optional(),
    followUpAfterHours: z
      .number({ error: 'Give the hours as a whole number, e.g. 48.' })
      .int('Give the hours as a whole number, e.g. 48.')
      .min(1, 'Follow up at least an hour after resolving.')
      .max(24 * 90, 'Follow up within 90 days of resolving.')
      .optional(),
    surveyTiming: z
      .enum(SURVEY_TIMINGS, {
        error: 'Choose follow_up_due, follow_up_recorded or off.',
      })
      .optional(),
  })
  .meta({ id: 'UpdateOrganizationRequest' });
