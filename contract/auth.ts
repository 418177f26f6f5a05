import { z } from 'zod';
import { ROLES } from '../domain/situation/vocabulary';
import { ZId, ZTimestamp, text } from './common';

export const ZEmail = z
  .email('Enter a valid email address.')
  .max(254)
  .transform((v) => v.trim().toLowerCase());
export const ZPassword = z
  .string()
  .min(10, 'Use at least 10 characters.')
  .max(200, 'Keep the password under 200 characters.');
export const ZRole = z.enum(ROLES);

export const ZSetupRequest = z
  .strictObject({
    organization: text(120).trim().min(1, 'Name the organisation.'),
    name: text(120).trim().min(1, 'Give your name.'),
    email: ZEmail,
    password: ZPassword,
  })
  .meta({ id: 'SetupRequest' });
export type TSetupRequest = z.input<typeof ZSetupRequest>;

export const ZSignupRequest = ZSetupRequest.meta({ id: 'SignupRequest' });

export const ZLoginRequest = z
  .strictObject({ email: ZEmail, password: z.string().min(1).max(200) })
  .meta({ id: 'LoginRequest' });
export type TLoginRequest = z.input<typeof ZLoginRequest>;

export const ZTokenLoginRequest = z
  .strictObject({
    email: ZEmail,
    password: z.string().min(1).max(200),
    name: text(80).trim().min(1, 'Name the token after what will use it.'),
  })
  .meta({ id: 'TokenLoginRequest' });

export const ZMe = z
  .object({
    user: z.object({
      id: ZId,
      name: z.string(),
      email: z.string(),
      role: ZRole,
      locationId: ZId.nullable(),
    }),
    organization: z.object({ id: ZId, name: z.string() }),
    csrfToken: z.string().nullable(),
  })
  .meta({ id: 'Me' });
export type TMe = z.infer<typeof ZMe>;

export const ZSetupStatus = z
  .object({ needsSetup: z.boolean(), signupEnabled: z.boolean() })
  .meta({ id: 'SetupStatus' });
export type TSetupStatus = z.infer<typeof ZSetupStatus>;

export const ZCreateTokenRequest = z
  .strictObject({ name: text(80).trim().min(1, 'Name the token after what will use it.') })
  .meta({ id: 'CreateTokenRequest' });

export const ZApiToken = z
  .object({
    id: ZId,
    name: z.string(),
    createdAt: ZTimestamp,
    lastUsedAt: ZTimestamp.nullable(),
    userId: ZId,
    userName: z.string(),
  })
  .meta({ id: 'ApiToken' });
export type TApiToken = z.infer<typeof ZApiToken>;

export const ZCreatedToken = z
  .object({ token: z.string(), apiToken: ZApiToken })
  .meta({ id: 'CreatedToken' });
export type TCreatedToken = z.infer<typeof ZCreatedToken>;

export const ZAcceptInviteRequest = z
  .strictObject({ name: text(120).trim().min(1, 'Give your name.'), password: ZPassword })
  .meta({ id: 'AcceptInviteRequest' });

export const ZInvitePreview = z
  .object({ organization: z.string(), email: z.string(), role: ZRole, expiresAt: ZTimestamp })
  .meta({ id: 'InvitePreview' });
export type TInvitePreview = z.infer<typeof ZInvitePreview>;
