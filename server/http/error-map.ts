import type { DomainErrorCode } from '../../domain/shared/domain-error';

/** The one place where domain refusals become HTTP statuses. */
export const STATUS_BY_CODE: Record<DomainErrorCode, number> = {
  NOT_FOUND: 404,
  VALIDATION: 400,
  CONFLICT: 409,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  ALREADY_SET_UP: 409,
  SIGNUP_DISABLED: 403,
  EMAIL_TAKEN: 409,
  INVITE_INVALID: 410,
  LAST_OWNER: 409,
  SITUATION_CLOSED: 409,
  ILLEGAL_TRANSITION: 409,
  APOLOGY_BEFORE_DIAGNOSIS: 409,
  STEP_PREREQUISITE: 409,
  STEP_NOT_SKIPPABLE: 409,
  LOOP_NOT_ALLOWED: 409,
  VENT_ONLY_UNAVAILABLE: 409,
  RESOLVE_WITHOUT_SOLUTION: 409,
  CLOSE_WITHOUT_FOLLOW_UP: 409,
  BUILT_IN_PLAYBOOK: 409,
  PLAYBOOK_IN_USE: 409,
};

export const TITLE_BY_STATUS: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  410: 'Gone',
  413: 'Request too large',
  415: 'Unsupported media type',
  422: 'Unprocessable request',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Unavailable',
};
