import { timingSafeEqual } from 'node:crypto';
import type { Deps } from './deps';

/**
 * A survey link is `/survey/<id>.<signature>`: the signature is an HMAC of the id under the
 * server's secret, so links cannot be guessed or made up, and nothing secret is stored.
 */
export function surveyToken(deps: Pick<Deps, 'secrets'>, surveyId: string): string {
  return `${surveyId}.${signature(deps, surveyId)}`;
}

export function surveyUrl(deps: Pick<Deps, 'secrets' | 'config'>, surveyId: string): string {
  return `${deps.config.publicUrl}/survey/${surveyToken(deps, surveyId)}`;
}

/** The survey id a link stands for, or null when the link was not made by this server. */
export function surveyIdOf(deps: Pick<Deps, 'secrets'>, token: string): string | null {
  const dot = token.lastIndexOf('.');
  if (dot <= 0) return null;
  const id = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(signature(deps, id));
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

function signature(deps: Pick<Deps, 'secrets'>, surveyId: string): string {
  // Hex, cut to 128 bits: plenty against guessing, and a link that fits in an SMS.
  return deps.secrets.digest(`survey:${surveyId}`).slice(0, 32);
}
