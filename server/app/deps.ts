import type { Role } from '../../domain/situation/vocabulary';
import type { Scheduler } from '../jobs/scheduler';
import type { LiveFeed } from '../live/live-feed';
import type { Mailer } from '../mail/mailer';
import type { Storage } from '../storage/store';

/** What every use case may be handed; the composition root (server/main.ts) builds it. */
export interface Deps {
  storage: Storage;
  clock: () => Date;
  newId: () => string;
  secrets: Secrets;
  passwords: Passwords;
  config: {
    publicUrl: string;
    allowSignup: boolean;
    /** Where organisations receive email (`<mailbox>@<domain>`); null when mail in is off. */
    inboundDomain: string | null;
    /** Whether webhooks may post to private and loopback addresses (WEBHOOKS_ALLOW_PRIVATE). */
    webhooksAllowPrivate: boolean;
  };
  /** Background jobs: reminders now, delayed sends and webhooks later. */
  jobs: Scheduler;
  /** Email out; null when SMTP_URL is not set. */
  mailer: Mailer | null;
  /** Tells open screens that a situation changed (Server-Sent Events). */
  live: LiveFeed;
}

export interface Passwords {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export interface Secrets {
  /** A fresh random token for a session, an invite or an API key. */
  newToken(prefix?: string): string;
  /** The form a token is stored in: tokens themselves are never kept. */
  digest(token: string): string;
}

/** The member on whose behalf a use case runs. */
export interface Actor {
  userId: string;
  /** Shown as the owner of what they open, without a lookup. */
  name: string;
  organizationId: string;
  role: Role;
}

export function nowIso(deps: Pick<Deps, 'clock'>): string {
  return deps.clock().toISOString();
}
