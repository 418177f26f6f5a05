import { sql, type Kysely } from 'kysely';
import { literalLimit } from '../prepared';
import type { GestureKind, Limit, Period, Policy } from '../../../domain/empowerment/policy';
import type { DialectName } from '../database';
import type { DB, GesturesTable, LedgerEntriesTable } from '../schema';

export interface CatalogItemRecord {
  id: string;
  organizationId: string;
  name: string;
  kind: GestureKind;
  defaultValue: number;
  cost: number;
  percent: number | null;
  fitsCategories: string[];
  fitsWants: string[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export type GestureStatus = 'granted' | 'pending_approval' | 'denied' | 'reversed';

export interface GestureRecord {
  id: string;
  organizationId: string;
  situationId: string;
  locationId: string | null;
  requesterId: string;
  catalogItemId: string | null;
  name: string;
  kind: GestureKind;
  amount: number;
  currency: string;
  reason: string;
  status: GestureStatus;
  needs: 'manager' | 'owner' | null;
  why: string | null;
  decidedBy: string | null;
  decisionNote: string | null;
  grantedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type LedgerType = 'granted' | 'approval_requested' | 'approved' | 'denied' | 'reversed';

export interface LedgerEntryRecord {
  id: string;
  organizationId: string;
  gestureId: string;
  situationId: string;
  locationId: string | null;
  type: LedgerType;
  actorId: string;
  requesterId: string;
  kind: GestureKind;
  name: string;
  amount: number;
  currency: string;
  reason: string;
  at: string;
}

export interface LedgerFilter {
  from?: string | undefined;
  to?: string | undefined;
  locationId?: string | undefined;
  memberId?: string | undefined;
  kind?: string | undefined;
}

export function gestureQueries(db: Kysely<DB>, dialect: DialectName) {
  const granted = (organizationId: string) =>
    db
      .selectFrom('gestures')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_minor'), sql<number>`0`).as('total'))
      .where('organization_id', '=', organizationId)
      .where('status', '=', 'granted');
  const total = async (query: ReturnType<typeof granted>) =>
    Number((await query.executeTakeFirst())?.total ?? 0);
  const filtered = (organizationId: string, filter: LedgerFilter) => {
    let query = db
      .selectFrom('ledger_entries')
      .selectAll()
      .where('organization_id', '=', organizationId);
    if (filter.from) query = query.where('at', '>=', filter.from);
    if (filter.to) query = query.where('at', '<', filter.to);
    if (filter.locationId) query = query.where('location_id', '=', filter.locationId);
    if (filter.memberId) query = query.where('requester_id', '=', filter.memberId);
    if (filter.kind) query = query.where('kind', '=', filter.kind);
    return query;
  };

  return {
    /**
     * Grants in one organisation are decided one at a time: on PostgreSQL the organisation's
     * row is locked for the transaction (SQLite has a single writer already), so two requests
     * racing for the last of a budget cannot both see it free.
     */
    async lockOrganization(organizationId: string): Promise<void> {
      if (dialect !== 'postgres') return;
      await sql`select id from organizations where id = ${organizationId} for update`.execute(db);
    },

    async currencyOf(organizationId: string): Promise<string> {
      const row = await db
        .selectFrom('organizations')
        .select('currency')
        .where('id', '=', organizationId)
        .executeTakeFirstOrThrow();
      return row.currency;
    },

    async catalog(organizationId: string): Promise<CatalogItemRecord[]> {
      const rows = await db
        .selectFrom('gesture_catalog')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .orderBy('name')
        .execute();
      return rows.map(toCatalogItem);
    },

    async catalogItem(organizationId: string, id: string): Promise<CatalogItemRecord | undefined> {
      const row = await db
        .selectFrom('gesture_catalog')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toCatalogItem(row);
    },

    async saveCatalogItem(item: CatalogItemRecord, isNew: boolean): Promise<void> {
      const values = {
        name: item.name,
        kind: item.kind,
        default_value_minor: item.defaultValue,
        cost_minor: item.cost,
        percent: item.percent,
        fits_categories: JSON.stringify(item.fitsCategories),
        fits_wants: JSON.stringify(item.fitsWants),
        active: item.active ? 1 : 0,
        updated_at: item.updatedAt,
      };
      if (isNew) {
        await db
          .insertInto('gesture_catalog')
          .values({
            ...values,
            id: item.id,
            organization_id: item.organizationId,
            created_at: item.createdAt,
          })
          .execute();
      } else {
        await db
          .updateTable('gesture_catalog')
          .set(values)
          .where('organization_id', '=', item.organizationId)
          .where('id', '=', item.id)
          .execute();
      }
    },

    async policy(organizationId: string): Promise<Policy> {
      const limits = await db
        .selectFrom('empowerment_limits')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .execute();
      const budgets = await db
        .selectFrom('location_budgets')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .execute();
      const policy: Policy = { roles: {}, members: {}, monthlyBudgets: {} };
      for (const row of limits) {
        const limit: Limit = {
          perSituation: row.per_situation_minor === null ? null : Number(row.per_situation_minor),
          perPeriod: row.per_period_minor === null ? null : Number(row.per_period_minor),
          period: row.period as Period,
        };
        const [scope, key] = row.subject.split(':') as ['role' | 'member', string];
        if (scope === 'role') policy.roles[key as keyof Policy['roles']] = limit;
        else policy.members[key] = limit;
      }
      for (const row of budgets) policy.monthlyBudgets[row.location_id] = Number(row.monthly_minor);
      return policy;
    },

    async replacePolicy(organizationId: string, policy: Policy): Promise<void> {
      await db
        .deleteFrom('empowerment_limits')
        .where('organization_id', '=', organizationId)
        .execute();
      await db
        .deleteFrom('location_budgets')
        .where('organization_id', '=', organizationId)
        .execute();
      const limits = [
        ...Object.entries(policy.roles).map(([role, limit]) => [`role:${role}`, limit] as const),
        ...Object.entries(policy.members).map(([id, limit]) => [`member:${id}`, limit] as const),
      ];
      if (limits.length) {
        await db
          .insertInto('empowerment_limits')
          .values(
            limits.map(([subject, limit]) => ({
              organization_id: organizationId,
              subject,
              per_situation_minor: limit!.perSituation,
              per_period_minor: limit!.perPeriod,
              period: limit!.period,
            })),
          )
          .execute();
      }
      const budgets = Object.entries(policy.monthlyBudgets);
      if (budgets.length) {
        await db
          .insertInto('location_budgets')
          .values(
            budgets.map(([locationId, monthly]) => ({
              organization_id: organizationId,
              location_id: locationId,
              monthly_minor: monthly,
            })),
          )
          .execute();
      }
    },

    /** Granted on one situation, by anyone. */
    async grantedOnSituation(organizationId: string, situationId: string): Promise<number> {
      return total(granted(organizationId).where('situation_id', '=', situationId));
    },

    /** Granted directly (not by approval) by one member since a time. */
    async grantedByMemberSince(organizationId: string, memberId: string, since: string) {
      return total(
        granted(organizationId)
          .where('requester_id', '=', memberId)
          .where('decided_by', 'is', null)
          .where('granted_at', '>=', since),
      );
    },

    async grantedAtLocationSince(organizationId: string, locationId: string, since: string) {
      return total(
        granted(organizationId)
          .where('location_id', '=', locationId)
          .where('granted_at', '>=', since),
      );
    },

    async insertGesture(g: GestureRecord): Promise<void> {
      await db.insertInto('gestures').values(toGestureRow(g)).execute();
    },

    async updateGesture(g: GestureRecord): Promise<void> {
      const { id, organization_id, ...rest } = toGestureRow(g);
      await db
        .updateTable('gestures')
        .set(rest)
        .where('organization_id', '=', organization_id)
        .where('id', '=', id)
        .execute();
    },

    async gesture(organizationId: string, id: string): Promise<GestureRecord | undefined> {
      const row = await db
        .selectFrom('gestures')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toGesture(row);
    },

    async gesturesOf(organizationId: string, situationId: string): Promise<GestureRecord[]> {
      const rows = await db
        .selectFrom('gestures')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('situation_id', '=', situationId)
        .orderBy('created_at')
        .execute();
      return rows.map(toGesture);
    },

    async pendingApprovals(organizationId: string): Promise<GestureRecord[]> {
      const rows = await db
        .selectFrom('gestures')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('status', '=', 'pending_approval')
        .orderBy('created_at')
        .execute();
      return rows.map(toGesture);
    },

    /** The ledger is only ever added to: there is no query that changes or removes an entry. */
    async appendLedger(entry: LedgerEntryRecord): Promise<void> {
      await db
        .insertInto('ledger_entries')
        .values({
          id: entry.id,
          organization_id: entry.organizationId,
          gesture_id: entry.gestureId,
          situation_id: entry.situationId,
          location_id: entry.locationId,
          type: entry.type,
          actor_id: entry.actorId,
          requester_id: entry.requesterId,
          kind: entry.kind,
          name: entry.name,
          amount_minor: entry.amount,
          currency: entry.currency,
          reason: entry.reason,
          at: entry.at,
        })
        .execute();
    },

    /** One page of the ledger, newest first; the cursor is the last entry's time and id. */
    async ledgerPage(
      organizationId: string,
      filter: LedgerFilter,
      page: { after: [string, string] | null; limit: number },
    ): Promise<LedgerEntryRecord[]> {
      let query = filtered(organizationId, filter);
      if (page.after) {
        const [at, id] = page.after;
        query = query.where((eb) => eb(eb.refTuple('at', 'id'), '<', eb.tuple(at, id)));
      }
      const rows = await query
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(literalLimit(page.limit))
        .execute();
      return rows.map(toLedgerEntry);
    },

    /** Every entry matching the filter, oldest first: for exports and totals. */
    async ledger(organizationId: string, filter: LedgerFilter): Promise<LedgerEntryRecord[]> {
      const query = filtered(organizationId, filter);
      const rows = await query.orderBy('at').orderBy('id').execute();
      return rows.map(toLedgerEntry);
    },
  };
}

function toCatalogItem(r: DB['gesture_catalog']): CatalogItemRecord {
  return {
    id: r.id,
    organizationId: r.organization_id,
    name: r.name,
    kind: r.kind as GestureKind,
    defaultValue: Number(r.default_value_minor),
    cost: Number(r.cost_minor),
    percent: r.percent === null ? null : Number(r.percent),
    fitsCategories: JSON.parse(r.fits_categories) as string[],
    fitsWants: JSON.parse(r.fits_wants) as string[],
    active: Number(r.active) === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toGestureRow(g: GestureRecord): GesturesTable {
  return {
    id: g.id,
    organization_id: g.organizationId,
    situation_id: g.situationId,
    location_id: g.locationId,
    requester_id: g.requesterId,
    catalog_item_id: g.catalogItemId,
    name: g.name,
    kind: g.kind,
    amount_minor: g.amount,
    currency: g.currency,
    reason: g.reason,
    status: g.status,
    needs: g.needs,
    why: g.why,
    decided_by: g.decidedBy,
    decision_note: g.decisionNote,
    granted_at: g.grantedAt,
    created_at: g.createdAt,
    updated_at: g.updatedAt,
  };
}

function toGesture(r: GesturesTable): GestureRecord {
  return {
    id: r.id,
    organizationId: r.organization_id,
    situationId: r.situation_id,
    locationId: r.location_id,
    requesterId: r.requester_id,
    catalogItemId: r.catalog_item_id,
    name: r.name,
    kind: r.kind as GestureKind,
    amount: Number(r.amount_minor),
    currency: r.currency,
    reason: r.reason,
    status: r.status as GestureStatus,
    needs: r.needs as GestureRecord['needs'],
    why: r.why,
    decidedBy: r.decided_by,
    decisionNote: r.decision_note,
    grantedAt: r.granted_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toLedgerEntry(r: LedgerEntriesTable): LedgerEntryRecord {
  return {
    id: r.id,
    organizationId: r.organization_id,
    gestureId: r.gesture_id,
    situationId: r.situation_id,
    locationId: r.location_id,
    type: r.type as LedgerType,
    actorId: r.actor_id,
    requesterId: r.requester_id,
    kind: r.kind as GestureKind,
    name: r.name,
    amount: Number(r.amount_minor),
    currency: r.currency,
    reason: r.reason,
    at: r.at,
  };
}
