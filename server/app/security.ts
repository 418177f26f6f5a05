import { createHmac, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id; the package exports it as a const enum, which isolated modules cannot read.
const ARGON2ID = 2;
import type { Passwords, Secrets } from './deps';

export const argon2Passwords: Passwords = {
  hash: (password) => hash(password, { algorithm: ARGON2ID }),
  verify: async (stored, password) => {
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  },
};

/** Digests kept: enough for every member of a large deployment signed in on a couple of devices. */
const DIGESTS_KEPT = 2_000;

/**
 * Tokens are stored as an HMAC keyed by SESSION_SECRET: a leaked database alone opens nothing.
 *
 * Every API request digests its token or session cookie to find it, and the same few recur:
 * the HMAC was about 9 µs of a request on the benchmark's machine, a lookup here well under 1.
 */
export function hmacSecrets(secret: string): Secrets {
  const digests = new Map<string, string>();
  return {
    newToken: (prefix = '') => prefix + randomBytes(32).toString('base64url'),
    digest: (token) => {
      let digest = digests.get(token);
      if (digest === undefined) {
        digest = createHmac('sha256', secret).update(token).digest('hex');
        if (digests.size >= DIGESTS_KEPT) digests.delete(digests.keys().next().value!);
        digests.set(token, digest);
      }
      return digest;
    },
  };
}
