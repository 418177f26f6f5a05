import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import type { Deps } from '../app/deps';
import { registerAuth } from './auth';
import { registerIdempotency } from './idempotency';
import { registerMetrics } from './metrics';
import { liveRoutes } from './routes/live';
import { surveyRoutes } from './routes/surveys';
import { problem, sendProblem, toProblem } from './problem';
import { responseSerializer } from './response-serializer';
import { registerSecurityHeaders } from './security-headers';
import { authRoutes } from './routes/auth';
import { followThroughRoutes } from './routes/follow-through';
import { replyRoutes } from './routes/replies';
import { webhookRoutes } from './routes/webhooks';
import { coachRoutes } from './routes/coach';
import { gestureRoutes } from './routes/gestures';
import { organizationRoutes } from './routes/organization';
import { partyRoutes } from './routes/parties';
import { playbookRoutes } from './routes/playbooks';
import { situationRoutes } from './routes/situations';

export interface AppOptions {
  deps: Deps;
  logger?: FastifyServerOptions['logger'];
  secureCookies: boolean;
  loginRateLimit: number;
  /** Trust X-Forwarded-For (only behind a proxy that sets it; otherwise clients could pick their address). */
  trustProxy?: boolean;
  /** Parse every answer with its schema and refuse any that strays from it (for tests). */
  checkResponses?: boolean;
  /** The built web app (dist/web); served with a fallback to index.html for client routes. */
  webRoot?: string | undefined;
}

export const BODY_LIMIT = 1024 * 1024;
const LOGO_FILE = fileURLToPath(new URL('../../web/public/favicon.svg', import.meta.url));

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { deps } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    ajv: { customOptions: { removeAdditional: false } },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer({ checked: options.checkResponses ?? false }));

  app.setErrorHandler((error, request, reply) =>
    sendProblem(reply, toProblem(error as Error, request)),
  );
  app.setNotFoundHandler((request, reply) => {
    const webIndex = options.webRoot && join(options.webRoot, 'index.html');
    const wantsPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      webIndex &&
      existsSync(webIndex);
    if (wantsPage) return reply.type('text/html').sendFile('index.html');
    return sendProblem(
      reply,
      problem(
        404,
        'NOT_FOUND',
        `There is nothing at ${request.method} ${request.url.split('?')[0]}.`,
      ),
    );
  });

  registerSecurityHeaders(app, { https: options.secureCookies });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Turnaround API',
        description:
          'Service recovery: situations, parties, the team and settings. Errors are RFC 9457 problem+json.',
        version: '1',
      },
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'An API token from POST /api/v1/tokens or /api/v1/auth/token',
          },
          session: { type: 'apiKey', in: 'cookie', name: 'turnaround_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  const logo = readFileSync(LOGO_FILE);
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    logo: { type: 'image/svg+xml', content: logo, href: '/' },
    theme: {
      title: 'Turnaround API',
      favicon: [
        {
          filename: 'favicon.svg',
          rel: 'icon',
          type: 'image/svg+xml',
          sizes: 'any',
          content: logo,
        },
      ],
    },
  });

  registerAuth(app, deps);
  registerIdempotency(app, deps);
  registerMetrics(app);

  app.get('/healthz', { config: { public: true }, schema: { hide: true } }, async () => ({
    status: 'ok',
  }));
  app.get(
    '/readyz',
    { config: { public: true }, schema: { hide: true } },
    async (request, reply) => {
      try {
        await deps.storage.ping();
        return { status: 'ready', database: deps.storage.dialect };
      } catch (error) {
        request.log.warn({ err: error }, 'database not reachable');
        return sendProblem(
          reply,
          problem(503, 'DATABASE_UNREACHABLE', 'The database is not answering.'),
        );
      }
    },
  );

  authRoutes(app, deps, {
    secureCookies: options.secureCookies,
    loginRateLimit: options.loginRateLimit,
  });
  organizationRoutes(app, deps);
  partyRoutes(app, deps);
  situationRoutes(app, deps);
  playbookRoutes(app, deps);
  gestureRoutes(app, deps);
  coachRoutes(app, deps);
  followThroughRoutes(app, deps);
  replyRoutes(app, deps);
  webhookRoutes(app, deps);
  surveyRoutes(app, deps);
  liveRoutes(app, deps);

  if (options.webRoot && existsSync(options.webRoot)) {
    await app.register(fastifyStatic, {
      root: options.webRoot,
      wildcard: false,
      index: 'index.html',
    });
  }
  return app;
}
