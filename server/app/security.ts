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

/** Tokens are stored as an HMAC keyed by SESSION_SECRET: a leaked database alone opens nothing. */
export function hmacSecrets(secret: string): Secrets {
  return {
    newToken: (prefix = '') => prefix + randomBytes(32).toString('base64url'),
    digest: (token) => createHmac('sha256', secret).update(token).digest('hex'),
  };
}
