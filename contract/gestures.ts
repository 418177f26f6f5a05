import { z } from 'zod';
import { GESTURE_KINDS, PERIODS } from '../domain/empowerment/policy';
import { SPEND_GROUPS } from '../domain/empowerment/ledger';
import { ZId, ZPageQuery, ZTimestamp, paged, text } from './common';

const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));
/** The most one gesture may be worth: a million in major units keeps typos out. */
export const MAX_MINOR = 100_000_000;

export const ZMinor = z
  .number()
  .int('Give whole minor units (cents), e.g. 2500 for 25.00.')
  .positive('A gesture is worth more than nothing.')
  .max(MAX_MINOR, 'That is far beyond any gesture.');

export const ZMoney = z
  .strictObject({
    minor: ZMinor,
    currency: z
      .string()
      .refine((c) => CURRENCIES.has(c), 'Use an ISO 4217 currency code, such as EUR.'),
  })
  .meta({ id: 'Money' });

export const ZGestureKind = z.enum(GESTURE_KINDS);

export const ZCatalogItem = z
  .object({
    id: ZId,
    name: z.string(),
    kind: ZGestureKind,
    defaultValue: z.number().int(),
    cost: z.number().int().describe('What it costs the business, in minor units'),
    percent: z.number().int().nullable().describe('For a discount: the percentage of the order'),
    fitsCategories: z.array(z.string()),
    fitsWants: z.array(z.string()),
    active: z.boolean(),
  })
  .meta({ id: 'CatalogItem' });
export type TCatalogItem = z.infer<typeof ZCatalogItem>;

export const ZCatalogItemRequest = z
  .strictObject({
    name: text(80).trim().min(1, 'Give the gesture a name.'),
    kind: ZGestureKind,
    defaultValue: ZMinor,
    cost: z.number().int().min(0).max(MAX_MINOR),
    percent: z.number().int().min(1).max(100).nullable().optional(),
    fitsCategories: z.array(z.string().max(60)).max(30).optional(),
    fitsWants: z.array(z.enum(['vent', 'validation', 'fix', 'compensation'])).optional(),
    active: z.boolean().optional(),
  })
  .meta({ id: 'CatalogItemRequest' });
export type TCatalogItemRequest = z.input<typeof ZCatalogItemRequest>;

export const ZLimit = z
  .strictObject({
    perSituation: z.number().int().min(0).max(MAX_MINOR).nullable(),
    perPeriod: z.number().int().min(0).max(MAX_MINOR).nullable(),
    period: z.enum(PERIODS),
  })
  .meta({ id: 'Limit' });

export const ZEmpowerment = z
  .object({
    currency: z.string(),
    roles: z.object({
      owner: ZLimit.optional(),
      manager: ZLimit.optional(),
      staff: ZLimit.optional(),
    }),
    members: z.record(z.string(), ZLimit),
    budgets: z.record(z.string(), z.number().int()).describe('Monthly, per location id'),
  })
  .meta({ id: 'Empowerment' });
export type TEmpowerment = z.infer<typeof ZEmpowerment>;

export const ZEmpowermentRequest = z
  .strictObject({
    roles: z
      .strictObject({
        owner: ZLimit.optional(),
        manager: ZLimit.optional(),
        staff: ZLimit.optional(),
      })
      .default({}),
    members: z.record(ZId, ZLimit).default({}),
    budgets: z
      .record(
        ZId,
        z
          .number()
          .int()
          .min(0)
          .max(MAX_MINOR * 100),
      )
      .default({}),
  })
  .meta({ id: 'EmpowermentRequest' });
export type TEmpowermentRequest = z.input<typeof ZEmpowermentRequest>;

export const ZGestureRequest = z
  .strictObject({
    catalogItemId: ZId.optional(),
    kind: ZGestureKind,
    name: text(80).optional(),
    amount: ZMoney,
    reason: text(500).trim().min(1, 'Say why it fits this person.'),
  })
  .meta({ id: 'GestureRequest' });
export type TGestureRequest = z.input<typeof ZGestureRequest>;

export const GESTURE_STATUSES = ['granted', 'pending_approval', 'denied', 'reversed'] as const;

export const ZGesture = z
  .object({
    id: ZId,
    situationId: ZId,
    status: z.enum(GESTURE_STATUSES),
    name: z.string(),
    kind: ZGestureKind,
    amount: z.object({ minor: z.number().int(), currency: z.string() }),
    reason: z.string(),
    requesterId: ZId,
    needs: z.enum(['manager', 'owner']).nullable().describe('Who may approve it, while pending'),
    why: z.string().nullable().describe('Why it needs approval'),
    decidedBy: ZId.nullable(),
    decisionNote: z.string().nullable(),
    grantedAt: ZTimestamp.nullable(),
    createdAt: ZTimestamp,
  })
  .meta({ id: 'Gesture' });
export type TGesture = z.infer<typeof ZGesture>;

export const ZApproval = z
  .object({
    gesture: ZGesture,
    requesterName: z.string().nullable(),
    situation: z.object({
      id: ZId,
      number: z.number().int(),
      title: z.string(),
      account: z.string().nullable(),
      partyName: z.string().nullable(),
      mood: z.string().nullable(),
      category: z.string().nullable(),
    }),
  })
  .meta({ id: 'Approval' });
export type TApproval = z.infer<typeof ZApproval>;

export const ZDecisionRequest = z
  .strictObject({ note: text(1000).nullable().optional() })
  .meta({ id: 'DecisionRequest' });

export const ZReversalRequest = z
  .strictObject({ reason: text(1000).trim().min(1, 'Say why it is reversed.') })
  .meta({ id: 'ReversalRequest' });

export const ZLedgerEntry = z
  .object({
    id: ZId,
    gestureId: ZId,
    situationId: ZId,
    type: z.enum(['granted', 'approval_requested', 'approved', 'denied', 'reversed']),
    at: ZTimestamp,
    actorId: ZId,
    actorName: z.string().nullable(),
    requesterId: ZId,
    locationId: ZId.nullable(),
    locationName: z.string().nullable(),
    kind: ZGestureKind,
    name: z.string(),
    amount: z.object({ minor: z.number().int(), currency: z.string() }),
    reason: z.string(),
  })
  .meta({ id: 'LedgerEntry' });
export type TLedgerEntry = z.infer<typeof ZLedgerEntry>;

const ZDate = z
  .string()
  .max(40)
  .refine((v) => !Number.isNaN(Date.parse(v)), 'Use an ISO 8601 date, e.g. 2026-01-31.')
  .transform((v) => new Date(v).toISOString());

export const ZLedgerQuery = z.object({
  from: ZDate.optional(),
  to: ZDate.optional(),
  locationId: ZId.optional(),
  memberId: ZId.optional(),
  kind: ZGestureKind.optional(),
});

export const ZLedgerPageQuery = ZLedgerQuery.extend(ZPageQuery.shape);

export const ZLedgerPage = paged(ZLedgerEntry).meta({ id: 'LedgerPage' });
export type TLedgerPage = z.infer<typeof ZLedgerPage>;

export const ZSpendQuery = ZLedgerQuery.extend({
  groupBy: z.enum(SPEND_GROUPS).default('location'),
});

export const ZSpend = z
  .object({
    currency: z.string(),
    groupBy: z.enum(SPEND_GROUPS),
    items: z.array(
      z.object({
        key: z.string().nullable(),
        label: z.string(),
        total: z.number().int(),
        count: z.number().int(),
      }),
    ),
    total: z.number().int(),
  })
  .meta({ id: 'Spend' });
export type TSpend = z.infer<typeof ZSpend>;
