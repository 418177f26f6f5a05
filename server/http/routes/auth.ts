import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAcceptInviteRequest,
  ZApiToken,
  ZCreateTokenRequest,
  ZCreatedToken,
  ZInvitePreview,
  ZLoginRequest,
  ZMe,
  ZSetupRequest,
  ZSetupStatus,
  ZSignupRequest,
  ZTokenLoginRequest,
} from '../../../contract/auth';
import { ZProblem } from '../../../contract/common';
import { DomainError } from '../../../domain/shared/domain-error';
import { acceptInvite } from '../../app/accept-invite';
import { createApiToken } from '../../app/create-api-token';
import { createTokenWithPassword } from '../../app/create-token-with-password';
import type { Deps } from '../../app/deps';
import { findOpenInvite } from '../../app/find-invite';
import { listApiTokens } from '../../app/list-api-tokens';
import { logIn } from '../../app/log-in';
import { logOut } from '../../app/log-out';
import { revokeApiToken } from '../../app/revoke-api-token';
import { setUpFirstOrganization } from '../../app/set-up-first-organization';
import { signUp } from '../../app/sign-up';
import type { StartedSession } from '../../app/start-session';
import { SESSION_COOKIE, actorOf, clearSessionCookie, setSessionCookie } from '../auth';
import { presentMe, presentToken } from '../presenters';

const errors = {
  400: ZProblem,
  401: ZProblem,
  403: ZProblem,
  404: ZProblem,
  409: ZProblem,
  410: ZProblem,
  429: ZProblem,
};
const tags = ['auth'];

export interface AuthRouteOptions {
  secureCookies: boolean;
  loginRateLimit: number;
}

export function authRoutes(app: FastifyInstance, deps: Deps, options: AuthRouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Password guesses (and the other unauthenticated writes) are limited per client address.
  const rateLimit = { max: options.loginRateLimit, timeWindow: '1 minute' };
  const publicLimited = { public: true, rateLimit };

  async function signedIn(reply: FastifyReply, session: StartedSession) {
    setSessionCookie(reply, session, options.secureCookies);
    const org = await deps.storage.read.organizations.byId(session.user.organizationId);
    if (!org) throw new DomainError('UNAUTHENTICATED', 'The session could not be started.');
    return presentMe(session.user, session.csrfToken, org);
  }

  r.get(
    '/api/v1/auth/status',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Whether first-run setup is still open',
        response: { 200: ZSetupStatus },
      },
    },
    async () => ({
      needsSetup: (await deps.storage.read.organizations.count()) === 0,
      signupEnabled: deps.config.allowSignup,
    }),
  );

  r.post(
    '/api/v1/auth/setup',
    {
      config: publicLimited,
      schema: {
        tags,
        summary: 'First run: create the organisation and its owner',
        body: ZSetupRequest,
        response: { 201: ZMe, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await signedIn(reply, await setUpFirstOrganization(deps, request.body))),
  );

  r.post(
    '/api/v1/auth/signup',
    {
      config: publicLimited,
      schema: {
        tags,
        summary: 'Public sign-up (off unless ALLOW_SIGNUP=true)',
        body: ZSignupRequest,
        response: { 201: ZMe, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await signedIn(reply, await signUp(deps, request.body))),
  );

  r.post(
    '/api/v1/auth/login',
    {
      config: publicLimited,
      schema: {
        tags,
        summary: 'Sign in; sets the session cookie',
        body: ZLoginRequest,
        response: { 200: ZMe, ...errors },
      },
    },
    async (request, reply) => signedIn(reply, await logIn(deps, request.body)),
  );

  r.post(
    '/api/v1/auth/logout',
    {
      config: { public: true },
      schema: { tags, summary: 'Sign out of this browser', response: { 204: z.null() } },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logOut(deps, token);
      clearSessionCookie(reply, options.secureCookies);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/v1/auth/me',
    { schema: { tags, summary: 'Who is signed in', response: { 200: ZMe, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      const org = await deps.storage.read.organizations.byId(actor.organizationId);
      if (!org || !request.auth) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
      return presentMe(request.auth.user, request.auth.csrfToken, org);
    },
  );

  r.post(
    '/api/v1/auth/token',
    {
      config: publicLimited,
      schema: {
        tags,
        summary: 'For scripts: email and password in, an API token out',
        body: ZTokenLoginRequest,
        response: { 201: ZCreatedToken, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createTokenWithPassword(deps, request.body);
      return reply
        .status(201)
        .send({ token: created.token, apiToken: presentToken(created.apiToken) });
    },
  );

  const ZInviteParams = z.object({ token: z.string().min(1).max(200) });

  r.get(
    '/api/v1/auth/invites/:token',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'What an invite link is for',
        params: ZInviteParams,
        response: { 200: ZInvitePreview, ...errors },
      },
    },
    async (request) => {
      const invite = await findOpenInvite(deps, request.params.token);
      return {
        organization: invite.organizationName,
        email: invite.email,
        role: invite.role,
        expiresAt: invite.expiresAt,
      };
    },
  );

  r.post(
    '/api/v1/auth/invites/:token/accept',
    {
      config: publicLimited,
      schema: {
        tags,
        summary: 'Join an organisation from an invite',
        params: ZInviteParams,
        body: ZAcceptInviteRequest,
        response: { 201: ZMe, ...errors },
      },
    },
    async (request, reply) => {
      const session = await acceptInvite(deps, { token: request.params.token, ...request.body });
      return reply.status(201).send(await signedIn(reply, session));
    },
  );

  r.get(
    '/api/v1/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'API tokens (owners see all, others their own)',
        response: { 200: z.object({ items: z.array(ZApiToken) }), ...errors },
      },
    },
    async (request) => ({ items: (await listApiTokens(deps, actorOf(request))).map(presentToken) }),
  );

  r.post(
    '/api/v1/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token; it is shown once',
        body: ZCreateTokenRequest,
        response: { 201: ZCreatedToken, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createApiToken(deps, actorOf(request), request.body);
      return reply
        .status(201)
        .send({ token: created.token, apiToken: presentToken(created.apiToken) });
    },
  );

  r.delete(
    '/api/v1/tokens/:id',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Revoke an API token',
        params: z.object({ id: z.string().max(64) }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await revokeApiToken(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
