import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/shared/domain-error';
import { authenticateSession, authenticateToken, type Authenticated } from '../app/authenticate';
import type { Actor, Deps } from '../app/deps';
import type { StartedSession } from '../app/start-session';

export const SESSION_COOKIE = 'turnaround_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    auth: Authenticated | null;
  }
  interface FastifyContextConfig {
    /** Routes reachable without signing in (setup, login, health…). */
    public?: boolean;
  }
}

/**
 * Resolves who is calling, from a bearer token or the session cookie, for every /api route.
 * Cookie-authenticated writes must also carry the session's CSRF token in a header: a page
 * on another site can make the browser send the cookie, but cannot read the token.
 */
export function registerAuth(app: FastifyInstance, deps: Deps) {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs') || request.is404)
      return;
    const header = request.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      request.auth = match?.[1] ? await authenticateToken(deps, match[1]) : null;
      if (!request.auth)
        throw new DomainError('UNAUTHENTICATED', 'The API token is not valid or was revoked.');
    } else {
      const token = request.cookies[SESSION_COOKIE];
      if (token) request.auth = await authenticateSession(deps, token);
      const needsCsrf =
        request.auth && !SAFE_METHODS.has(request.method) && !request.routeOptions.config.public;
      if (needsCsrf && request.headers[CSRF_HEADER] !== request.auth?.csrfToken) {
        throw new DomainError(
          'FORBIDDEN',
          'This request is missing its CSRF token. Reload the page and try again.',
        );
      }
    }
    if (!request.auth && !request.routeOptions.config.public) {
      throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
    }
  });
}

export function actorOf(request: FastifyRequest): Actor {
  const auth = request.auth;
  if (!auth) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
  return {
    userId: auth.user.id,
    name: auth.user.name,
    organizationId: auth.user.organizationId,
    role: auth.user.role,
  };
}

export function setSessionCookie(reply: FastifyReply, session: StartedSession, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: new Date(session.expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
