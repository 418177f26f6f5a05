import { z } from 'zod';
import { PARTY_KINDS } from '../domain/situation/vocabulary';
import { ZId, ZPageQuery, ZTimestamp, optionalText, paged, text } from './common';

export const ZPartyKind = z.enum(PARTY_KINDS);

export const ZParty = z
  .object({
    id: ZId,
    kind: ZPartyKind,
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    notes: z.string().nullable(),
    tags: z.array(z.string()),
    createdAt: ZTimestamp,
    updatedAt: ZTimestamp,
    situationCount: z.number().int(),
  })
  .meta({ id: 'Party' });
export type TParty = z.infer<typeof ZParty>;

const ZTags = z
  .array(text(40).trim().min(1, 'A tag cannot be empty.'))
  .max(20, 'Use at most 20 tags.')
  .transform((tags) => [...new Set(tags)]);

const ZPartyEmail = z
  .union([z.email('Enter a valid email address.').max(254), z.literal(''), z.null()])
  .optional()
  .transform((v) => (v === undefined ? undefined : v ? v.trim().toLowerCase() : null));

const ZPhone = z
  .union([
    text(40).regex(/^[+()\d\s.\-/]*\d[+()\d\s.\-/]*$/, 'Use digits, spaces and + ( ) - only.'),
    z.literal(''),
    z.null(),
  ])
  .optional()
  .transform((v) => (v === undefined ? undefined : v ? v.trim() : null));

export const ZCreatePartyRequest = z
  .strictObject({
    kind: ZPartyKind.default('customer'),
    name: text(160).trim().min(1, 'Give the name.'),
    email: ZPartyEmail,
    phone: ZPhone,
    notes: optionalText(5000),
    tags: ZTags.optional(),
  })
  .meta({ id: 'CreatePartyRequest' });
export type TCreatePartyRequest = z.input<typeof ZCreatePartyRequest>;

export const ZUpdatePartyRequest = z
  .strictObject({
    kind: ZPartyKind.optional(),
    name: text(160).trim().min(1, 'Give the name.').optional(),
    email: ZPartyEmail,
    phone: ZPhone,
    notes: optionalText(5000),
    tags: ZTags.optional(),
  })
  .meta({ id: 'UpdatePartyRequest' });
export type TUpdatePartyRequest = z.input<typeof ZUpdatePartyRequest>;

export const ZPartyListQuery = ZPageQuery.extend({
  q: text(200).optional(),
  email: text(254).optional(),
  phone: text(40).optional(),
  kind: ZPartyKind.optional(),
});
export type TPartyListQuery = z.input<typeof ZPartyListQuery>;

export const ZPartyPage = paged(ZParty).meta({ id: 'PartyPage' });
export type TPartyPage = z.infer<typeof ZPartyPage>;
