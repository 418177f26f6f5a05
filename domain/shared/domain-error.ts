/**
 * Every rule the domain refuses is a coded error. The HTTP edge maps each code to a status
 * (server/http/error-map.ts); the domain itself never speaks HTTP.
 */
export const DOMAIN_ERROR_CODES = [
  'NOT_FOUND',
  'VALIDATION',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'ALREADY_SET_UP',
  'SIGNUP_DISABLED',
  'EMAIL_TAKEN',
  'INVITE_INVALID',
  'LAST_OWNER',
  'SITUATION_CLOSED',
  'ILLEGAL_TRANSITION',
  // The playbook engine's refusals: each comes with what to do first.
  'APOLOGY_BEFORE_DIAGNOSIS',
  'STEP_PREREQUISITE',
  'STEP_NOT_SKIPPABLE',
  'LOOP_NOT_ALLOWED',
  'VENT_ONLY_UNAVAILABLE',
  'RESOLVE_WITHOUT_SOLUTION',
  'CLOSE_WITHOUT_FOLLOW_UP',
  'BUILT_IN_PLAYBOOK',
  'PLAYBOOK_IN_USE',
  // Making it up.
  'GESTURE_DENIED',
  'APPROVAL_REFUSED',
  'ALREADY_DECIDED',
  // Email.
  'EMAIL_NOT_CONFIGURED',
  'NO_EMAIL_ADDRESS',
  // Surveys.
  'SURVEY_EXPIRED',
  'SURVEY_ANSWERED',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export interface FieldProblem {
  path: string;
  message: string;
}

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly errors: FieldProblem[] | undefined;

  constructor(code: DomainErrorCode, message: string, errors?: FieldProblem[]) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.errors = errors;
  }
}
