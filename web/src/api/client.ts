import type { TProblem } from '../../../contract/common';

/** A refused request, carrying the server's problem+json so forms can show field errors. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: TProblem;

  constructor(problem: TProblem) {
    super(problem.detail);
    this.status = problem.status;
    this.problem = problem;
  }

  /** Field errors keyed by path, in the shape Mantine forms take. */
  fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem.errors ?? []).map((e) => [e.path, e.message]));
  }
}

let csrfToken: string | null = null;

/** The session's CSRF token, echoed on every write (the server refuses cookie writes without it). */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

export async function api<T>(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(`/api/v1${path}`, {
    method,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(csrfToken && method !== 'GET' ? { 'x-csrf-token': csrfToken } : {}),
      ...headers,
    },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const problem =
      data && typeof data === 'object' && 'detail' in data
        ? (data as TProblem)
        : {
            type: 'about:blank',
            title: response.statusText,
            status: response.status,
            detail: 'The server could not handle this request.',
            code: 'UNKNOWN',
          };
    throw new ApiError(problem);
  }
  return data as T;
}

export function toQuery(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}
