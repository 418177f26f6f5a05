import type { Role } from '../situation/vocabulary';

/**
 * The empowerment policy (METHOD.md, principle 9): the front line can make it up to a person
 * on the spot, within limits the owner sets. Amounts are integers in the organisation's
 * currency, in minor units.
 */

export const GESTURE_KINDS = [
  'voucher',
  'gift_card',
  'refund',
  'discount',
  'free_item',
  'upgrade',
  'loyalty_points',
  'custom',
] as const;
export type GestureKind = (typeof GESTURE_KINDS)[number];

export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];

/** How much one may grant without asking: null means no limit of that kind. */
export interface Limit {
  perSituation: number | null;
  perPeriod: number | null;
  period: Period;
}

export interface Policy {
  /** By role; a role with no entry may grant nothing without approval, except owners. */
  roles: Partial<Record<Role, Limit>>;
  /** A member's own limit replaces their role's. */
  members: Record<string, Limit>;
  /** Per location: the most that may be granted in a calendar month, approvals included. */
  monthlyBudgets: Record<string, number>;
}

export interface Member {
  id: string;
  role: Role;
}

/** The limit that applies to a member, or null when they are unlimited. */
export function limitOf(member: Member, policy: Policy): Limit | null {
  const own = policy.members[member.id] ?? policy.roles[member.role];
  if (own) return own;
  // Owners are unlimited unless they set a limit for themselves; anyone else without a limit
  // may grant nothing on the spot.
  return member.role === 'owner' ? null : { perSituation: 0, perPeriod: 0, period: 'day' };
}

/** The start of the day, ISO week (Monday) or month that `at` falls in, in UTC. */
export function periodStart(period: Period, at: string): string {
  const d = new Date(at);
  const start = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  if (period === 'week') start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  if (period === 'month') start.setUTCDate(1);
  return start.toISOString();
}
