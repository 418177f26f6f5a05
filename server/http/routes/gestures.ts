import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId, ZProblem } from '../../../contract/common';
import {
  ZApproval,
  ZCatalogItem,
  ZCatalogItemRequest,
  ZDecisionRequest,
  ZEmpowerment,
  ZEmpowermentRequest,
  ZGesture,
  ZGestureRequest,
  ZLedgerPage,
  ZLedgerPageQuery,
  ZLedgerQuery,
  ZReversalRequest,
  ZSpend,
  ZSpendQuery,
} from '../../../contract/gestures';
import type { Policy } from '../../../domain/empowerment/policy';
import { approveGesture } from '../../app/approve-gesture';
import type { Deps } from '../../app/deps';
import { denyGesture } from '../../app/deny-gesture';
import { getEmpowerment } from '../../app/get-empowerment';
import { grantGesture } from '../../app/grant-gesture';
import { listApprovals } from '../../app/list-approvals';
import { listGestureCatalog } from '../../app/list-gesture-catalog';
import { listLedger } from '../../app/list-ledger';
import { readLedger } from '../../app/read-ledger';
import { readSpend } from '../../app/read-spend';
import { reverseGesture } from '../../app/reverse-gesture';
import { saveGestureCatalogItem } from '../../app/save-gesture-catalog-item';
import { setEmpowerment } from '../../app/set-empowerment';
import { listSituationGestures } from '../../app/list-situation-gestures';
import { actorOf } from '../auth';
import { presentCatalogItem, presentGesture, presentLedgerEntry } from '../presenters';

const ZParams = z.object({ id: ZId });
const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const tags = ['gestures'];

const presentEmpowerment = ({ currency, policy }: { currency: string; policy: Policy }) => ({
  currency,
  roles: policy.roles,
  members: policy.members,
  budgets: policy.monthlyBudgets,
});

/** CSV as spreadsheets read it: every field quoted, quotes doubled, formulas defused. */
function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function gestureRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/gesture-catalog',
    {
      schema: {
        tags,
        summary: 'The gesture catalogue',
        response: { 200: z.object({ items: z.array(ZCatalogItem) }), ...errors },
      },
    },
    async (request) => ({
      items: (await listGestureCatalog(deps, actorOf(request))).map(presentCatalogItem),
    }),
  );
  r.post(
    '/api/v1/gesture-catalog',
    {
      schema: {
        tags,
        summary: 'Add a gesture to the catalogue (owners)',
        body: ZCatalogItemRequest,
        response: { 201: ZCatalogItem, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentCatalogItem(await saveGestureCatalogItem(deps, actorOf(request), request.body)),
        ),
  );
  r.put(
    '/api/v1/gesture-catalog/:id',
    {
      schema: {
        tags,
        summary: 'Change a gesture, or set it inactive (owners)',
        params: ZParams,
        body: ZCatalogItemRequest,
        response: { 200: ZCatalogItem, ...errors },
      },
    },
    async (request) =>
      presentCatalogItem(
        await saveGestureCatalogItem(deps, actorOf(request), request.body, request.params.id),
      ),
  );

  r.get(
    '/api/v1/empowerment',
    {
      schema: {
        tags,
        summary: 'Limits per role and member, monthly budgets per location',
        response: { 200: ZEmpowerment, ...errors },
      },
    },
    async (request) => presentEmpowerment(await getEmpowerment(deps, actorOf(request))),
  );
  r.put(
    '/api/v1/empowerment',
    {
      schema: {
        tags,
        summary: 'Set the limits and budgets (owners); replaces them all',
        body: ZEmpowermentRequest,
        response: { 200: ZEmpowerment, ...errors },
      },
    },
    async (request) =>
      presentEmpowerment(
        await setEmpowerment(deps, actorOf(request), {
          roles: request.body.roles,
          members: request.body.members,
          monthlyBudgets: request.body.budgets,
        }),
      ),
  );

  r.post(
    '/api/v1/situations/:id/gestures',
    {
      schema: {
        tags,
        summary: 'Make it up: granted within your limit, otherwise sent for approval',
        params: ZParams,
        body: ZGestureRequest,
        response: { 201: ZGesture, ...errors },
      },
    },
    async (request, reply) => {
      const { gesture } = await grantGesture(
        deps,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(presentGesture(gesture));
    },
  );
  r.get(
    '/api/v1/situations/:id/gestures',
    {
      schema: {
        tags,
        summary: "A situation's gestures",
        params: ZParams,
        response: { 200: z.object({ items: z.array(ZGesture) }), ...errors },
      },
    },
    async (request) => ({
      items: (await listSituationGestures(deps, actorOf(request), request.params.id)).map(
        presentGesture,
      ),
    }),
  );

  r.get(
    '/api/v1/approvals',
    {
      schema: {
        tags,
        summary: 'Gestures waiting for approval, with their story (managers, owners)',
        response: { 200: z.object({ items: z.array(ZApproval) }), ...errors },
      },
    },
    async (request) => ({
      items: (await listApprovals(deps, actorOf(request))).map(
        ({ gesture, situation, requesterName }) => ({
          gesture: presentGesture(gesture),
          requesterName,
          situation: {
            id: situation.id,
            number: situation.number,
            title: situation.title,
            account: situation.account,
            partyName: situation.partyName,
            mood: situation.mood,
            category: situation.category,
          },
        }),
      ),
    }),
  );
  r.post(
    '/api/v1/approvals/:id/approve',
    {
      schema: {
        tags,
        summary: 'Approve a gesture over the requester’s limit',
        params: ZParams,
        body: ZDecisionRequest,
        response: { 200: ZGesture, ...errors },
      },
    },
    async (request) =>
      presentGesture(
        (await approveGesture(deps, actorOf(request), request.params.id, request.body.note ?? null))
          .gesture,
      ),
  );
  r.post(
    '/api/v1/approvals/:id/deny',
    {
      schema: {
        tags,
        summary: 'Deny a gesture, with a note for the requester',
        params: ZParams,
        body: ZDecisionRequest,
        response: { 200: ZGesture, ...errors },
      },
    },
    async (request) =>
      presentGesture(
        (await denyGesture(deps, actorOf(request), request.params.id, request.body.note ?? null))
          .gesture,
      ),
  );
  r.post(
    '/api/v1/gestures/:id/reverse',
    {
      schema: {
        tags,
        summary: 'Reverse a granted gesture, with a reason',
        params: ZParams,
        body: ZReversalRequest,
        response: { 200: ZGesture, ...errors },
      },
    },
    async (request) =>
      presentGesture(
        (await reverseGesture(deps, actorOf(request), request.params.id, request.body.reason))
          .gesture,
      ),
  );

  r.get(
    '/api/v1/ledger',
    {
      schema: {
        tags,
        summary:
          'Every grant, approval, denial and reversal, newest first, a page at a time (managers, owners)',
        querystring: ZLedgerPageQuery,
        response: { 200: ZLedgerPage, ...errors },
      },
    },
    async (request) => {
      const { cursor, limit, ...filter } = request.query;
      const page = await listLedger(deps, actorOf(request), filter, { cursor, limit });
      return {
        items: page.entries.map((e) => presentLedgerEntry(e, page)),
        nextCursor: page.nextCursor,
      };
    },
  );
  r.get(
    '/api/v1/ledger/csv',
    {
      schema: {
        tags,
        summary: 'The same entries as CSV, for a spreadsheet',
        querystring: ZLedgerQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const { entries, members, locations } = await readLedger(
        deps,
        actorOf(request),
        request.query,
      );
      const header = [
        'at',
        'type',
        'gesture',
        'kind',
        'amount',
        'currency',
        'location',
        'by',
        'reason',
        'situation',
      ];
      const lines = entries
        .map((e) => presentLedgerEntry(e, { members, locations }))
        .map((e) =>
          [
            e.at,
            e.type,
            e.name,
            e.kind,
            (e.amount.minor / 100).toFixed(2),
            e.amount.currency,
            e.locationName,
            e.actorName,
            e.reason,
            e.situationId,
          ]
            .map(csvCell)
            .join(','),
        );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="turnaround-ledger.csv"')
        .send([header.map(csvCell).join(','), ...lines].join('\r\n') + '\r\n');
    },
  );
  r.get(
    '/api/v1/ledger/spend',
    {
      schema: {
        tags,
        summary: 'What was given, by location, member, kind or month',
        querystring: ZSpendQuery,
        response: { 200: ZSpend, ...errors },
      },
    },
    async (request) => {
      const { groupBy, ...filter } = request.query;
      const actor = actorOf(request);
      const items = await readSpend(deps, actor, filter, groupBy);
      const { currency } = await getEmpowerment(deps, actor);
      return { currency, groupBy, items, total: items.reduce((t, i) => t + i.total, 0) };
    },
  );
}
