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
