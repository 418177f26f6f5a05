import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type FieldProblem } from '../../domain/shared/domain-error';
import type { TProblem } from '../../contract/common';
import { STATUS_BY_CODE, TITLE_BY_STATUS } from './error-map';

export function problem(
  status: number,
  code: string,
  detail: string,
  errors?: FieldProblem[],
): TProblem {
  return {
    type: `urn:turnaround:problem:${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLE_BY_STATUS[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, body: TProblem) {
  return reply.status(body.status).type('application/problem+json').send(body);
}

interface ZodIssueLike {
  path?: PropertyKey[];
  message?: string;
  code?: string;
  keys?: string[];
}

/** Turns zod issues into {path, message}, naming unknown fields rather than their parent. */
function fieldProblems(issues: ZodIssueLike[], part: string): FieldProblem[] {
  return issues.flatMap((issue) => {
    const base = (issue.path ?? []).map(String);
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((key) => ({
        path: [...base, key].join('.'),
        message: 'This field is not known here.',
      }));
    }
    const path = base.length > 0 ? base.join('.') : part;
    return [{ path, message: issue.message ?? 'Invalid value.' }];
  });
}

export function toProblem(error: FastifyError | Error, request: FastifyRequest): TProblem {
  if (error instanceof DomainError) {
    return problem(STATUS_BY_CODE[error.code], error.code, error.message, error.errors);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = (error as FastifyError).validationContext ?? 'body';
    const errors = fieldProblems(
      error.validation.map((v) => ({
        path: v.instancePath.split('/').filter(Boolean),
        message: v.message,
        code: v.keyword,
        keys: (v.params as { keys?: string[] }).keys,
      })),
      part,
    );
    const detail = errors.map((e) => `${e.path}: ${e.message}`).join(' ');
    return problem(400, 'VALIDATION', detail || 'The request is not valid.', errors);
  }
  const fastifyError = error as FastifyError;
  const status = fastifyError.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code =
      status === 413
        ? 'BODY_TOO_LARGE'
        : status === 429
          ? 'RATE_LIMITED'
          : status === 415
            ? 'UNSUPPORTED_MEDIA_TYPE'
            : fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError
              ? 'MALFORMED_JSON'
              : 'BAD_REQUEST';
    const detail =
      code === 'BODY_TOO_LARGE'
        ? 'The request body is larger than 1 MiB.'
        : code === 'MALFORMED_JSON'
          ? 'The body is not valid JSON.'
          : code === 'RATE_LIMITED'
            ? 'Too many attempts. Wait a minute and try again.'
            : error.message;
    return problem(
      status,
      code,
      detail,
      code === 'MALFORMED_JSON' ? [{ path: 'body', message: error.message }] : undefined,
    );
  }
  request.log.error({ err: error }, 'unhandled error');
  return problem(500, 'INTERNAL', 'Something went wrong on our side. It has been logged.');
}
