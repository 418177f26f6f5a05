import type { SituationRecord, UserRecord } from '../storage/records';
import { nowIso, type Deps } from './deps';

/** What a reminder job came to: sent, or why not. Stale means the work moved on meanwhile. */
export type ReminderOutcome = 'sent' | 'stale' | 'no_recipient' | 'email_not_configured';

/** The member who must act, or, when nobody is, the organisation's first owner. */
export async function responsible(
  deps: Deps,
  situation: SituationRecord,
  userId: string | null,
): Promise<UserRecord | null> {
  const read = deps.storage.read;
  const member = userId ? await read.members.userInOrg(situation.organizationId, userId) : null;
  if (member) return member;
  const everyone = await read.members.listUsers(situation.organizationId, nowIso(deps));
  return everyone.find((u) => u.role === 'owner') ?? null;
}

export function link(deps: Deps, path: string): string {
  return `${deps.config.publicUrl}${path}`;
}
