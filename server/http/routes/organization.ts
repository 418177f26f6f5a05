import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId, ZProblem } from '../../../contract/common';
import {
  ZCategory,
  ZCreateCategoryRequest,
  ZCreateInviteRequest,
  ZCreatedInvite,
  ZInvite,
  ZLocation,
  ZLocationRequest,
  ZMember,
  ZOrganization,
  ZUpdateCategoryRequest,
  ZUpdateMemberRequest,
  ZUpdateOrganizationRequest,
} from '../../../contract/organization';
import { addCategory } from '../../app/add-category';
import { addLocation } from '../../app/add-location';
import { cancelInvite } from '../../app/cancel-invite';
import type { Deps } from '../../app/deps';
import { getOrganization } from '../../app/get-organization';
import { inviteMember } from '../../app/invite-member';
import { listInvites } from '../../app/list-invites';
import { listMembers } from '../../app/list-members';
import { revokeMemberSessions } from '../../app/revoke-member-sessions';
import { updateCategory } from '../../app/update-category';
import { updateOrganization } from '../../app/update-organization';
import { updateLocation } from '../../app/update-location';
import { updateMember } from '../../app/update-member';
import { actorOf } from '../auth';
import { organizationAddress } from '../../app/inbound-address';
import type { OrganizationRecord } from '../../storage/records';
import { presentCategory, presentInvite, presentLocation, presentMember } from '../presenters';

const ZParams = z.object({ id: ZId });
const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };

export function organizationRoutes(app: FastifyInstance, deps: Deps) {
  const presentOrganization = (org: OrganizationRecord) => ({
    id: org.id,
    name: org.name,
    createdAt: org.createdAt,
    followUpAfterHours: org.followUpAfterHours,
    surveyTiming: org.surveyTiming,
    emailConfigured: deps.mailer !== null,
    inboundAddress: organizationAddress(deps, org),
  });

  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/organization',
    {
      schema: {
        tags: ['organization'],
        summary: 'Your organisation',
        response: { 200: ZOrganization, ...errors },
      },
    },
    async (request) => presentOrganization(await getOrganization(deps, actorOf(request))),
  );

  r.patch(
    '/api/v1/organization',
    {
      schema: {
        tags: ['organization'],
        summary: 'Rename the organisation or change when follow-ups fall due (owners)',
        body: ZUpdateOrganizationRequest,
        response: { 200: ZOrganization, ...errors },
      },
    },
    async (request) =>
      presentOrganization(await updateOrganization(deps, actorOf(request), request.body)),
  );

  r.get(
    '/api/v1/members',
    {
      schema: {
        tags: ['members'],
        summary: 'The team',
        response: { 200: z.object({ items: z.array(ZMember) }), ...errors },
      },
    },
    async (request) => ({ items: (await listMembers(deps, actorOf(request))).map(presentMember) }),
  );

  r.patch(
    '/api/v1/members/:id',
    {
      schema: {
        tags: ['members'],
        summary: "Change a member's role or location (owners)",
        params: ZParams,
        body: ZUpdateMemberRequest,
        response: { 200: ZMember, ...errors },
      },
    },
    async (request) =>
      presentMember(await updateMember(deps, actorOf(request), request.params.id, request.body)),
  );

  r.post(
    '/api/v1/members/:id/revoke-sessions',
    {
      schema: {
        tags: ['members'],
        summary: 'Sign a member out everywhere (owners)',
        params: ZParams,
        response: { 200: z.object({ revoked: z.number().int() }), ...errors },
      },
    },
    async (request) => ({
      revoked: await revokeMemberSessions(deps, actorOf(request), request.params.id),
    }),
  );

  r.get(
    '/api/v1/invites',
    {
      schema: {
        tags: ['members'],
        summary: 'Open invites',
        response: { 200: z.object({ items: z.array(ZInvite) }), ...errors },
      },
    },
    async (request) => ({
      items: (await listInvites(deps, actorOf(request))).map(presentInvite),
    }),
  );

  r.post(
    '/api/v1/invites',
    {
      schema: {
        tags: ['members'],
        summary: 'Invite a member by link (owners)',
        body: ZCreateInviteRequest,
        response: { 201: ZCreatedInvite, ...errors },
      },
    },
    async (request, reply) => {
      const created = await inviteMember(deps, actorOf(request), request.body);
      return reply
        .status(201)
        .send({ invite: presentInvite(created.invite), link: created.link, token: created.token });
    },
  );

  r.delete(
    '/api/v1/invites/:id',
    {
      schema: {
        tags: ['members'],
        summary: 'Cancel an open invite (owners)',
        params: ZParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await cancelInvite(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/v1/locations',
    {
      schema: {
        tags: ['settings'],
        summary: 'Locations',
        response: { 200: z.object({ items: z.array(ZLocation) }), ...errors },
      },
    },
    async (request) => ({
      items: (await deps.storage.read.settings.listLocations(actorOf(request).organizationId)).map(
        presentLocation,
      ),
    }),
  );

  r.post(
    '/api/v1/locations',
    {
      schema: {
        tags: ['settings'],
        summary: 'Add a location (managers, owners)',
        body: ZLocationRequest,
        response: { 201: ZLocation, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentLocation(await addLocation(deps, actorOf(request), request.body))),
  );

  r.patch(
    '/api/v1/locations/:id',
    {
      schema: {
        tags: ['settings'],
        summary: 'Rename or archive a location (managers, owners)',
        params: ZParams,
        body: ZLocationRequest,
        response: { 200: ZLocation, ...errors },
      },
    },
    async (request) =>
      presentLocation(
        await updateLocation(deps, actorOf(request), request.params.id, request.body),
      ),
  );

  r.get(
    '/api/v1/categories',
    {
      schema: {
        tags: ['settings'],
        summary: 'Situation categories',
        response: { 200: z.object({ items: z.array(ZCategory) }), ...errors },
      },
    },
    async (request) => ({
      items: (await deps.storage.read.settings.listCategories(actorOf(request).organizationId)).map(
        presentCategory,
      ),
    }),
  );

  r.post(
    '/api/v1/categories',
    {
      schema: {
        tags: ['settings'],
        summary: 'Add a category (managers, owners)',
        body: ZCreateCategoryRequest,
        response: { 201: ZCategory, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentCategory(await addCategory(deps, actorOf(request), request.body))),
  );

  r.patch(
    '/api/v1/categories/:key',
    {
      schema: {
        tags: ['settings'],
        summary: 'Rename or archive a category (managers, owners)',
        params: z.object({ key: z.string().max(60) }),
        body: ZUpdateCategoryRequest,
        response: { 200: ZCategory, ...errors },
      },
    },
    async (request) =>
      presentCategory(
        await updateCategory(deps, actorOf(request), request.params.key, request.body),
      ),
  );
}
