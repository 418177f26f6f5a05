import { limitOf, type Member, type Policy } from './policy';

export interface GestureRequest {
  amount: number;
  /** The organisation's currency, for the reasons given in words; amounts are plain without it. */
  currency?: string;
  situationId: string;
  locationId: string | null;
  at: string;
}

/** What has been granted already, as the decision needs it. */
export interface History {
  /** Granted on this situation, by anyone. */
  situationTotal: number;
  /** Granted by this member in the period of their limit that `at` falls in. */
  memberPeriodTotal: number;
  /** Granted at the situation's location in the calendar month `at` falls in. */
  locationMonthTotal: number;
}

export type Decision =
  | { outcome: 'grant' }
  | { outcome: 'needs_approval'; by: 'manager' | 'owner'; why: string }
  | { outcome: 'deny'; why: string };

const amountIn = (currency: string | undefined) => (minor: number) =>
  currency
    ? new Intl.NumberFormat('en-IE', { style: 'currency', currency }).format(minor / 100)
    : (minor / 100).toFixed(2);

/**
 * Grant, ask for approval (from whom, and why), or deny (why). Pure: the same inputs give
 * the same decision. A location's monthly budget is a hard cap, approvals included; a
 * member's limits only decide who must agree.
 */
export function decide(
  request: GestureRequest,
  member: Member,
  history: History,
  policy: Policy,
  managers: ReadonlyArray<Member> = [],
): Decision {
  const euros = amountIn(request.currency);
  if (!Number.isSafeInteger(request.amount) || request.amount <= 0) {
    return { outcome: 'deny', why: 'A gesture has a value above zero.' };
  }
  const budget = request.locationId ? policy.monthlyBudgets[request.locationId] : undefined;
  if (budget !== undefined && history.locationMonthTotal + request.amount > budget) {
    const left = Math.max(0, budget - history.locationMonthTotal);
    return {
      outcome: 'deny',
      why: `This location's budget for the month has ${euros(left)} left, less than ${euros(request.amount)}.`,
    };
  }
  const over = overLimit(request.amount, member, history, policy, false, request.currency);
  if (!over) return { outcome: 'grant' };
  // A manager may approve what fits within a manager's own per-situation limit; above that,
  // it takes an owner.
  const managerCovers = managers.some(
    (m) =>
      m.id !== member.id &&
      !overLimit(
        request.amount,
        m,
        { ...history, memberPeriodTotal: 0 },
        policy,
        true,
        request.currency,
      ),
  );
  return { outcome: 'needs_approval', by: managerCovers ? 'manager' : 'owner', why: over };
}

/** Why an amount is over a member's limits, or null when it is within them. */
export function overLimit(
  amount: number,
  member: Member,
  history: History,
  policy: Policy,
  situationOnly = false,
  currency?: string,
): string | null {
  const euros = amountIn(currency);
  const limit = limitOf(member, policy);
  if (!limit) return null;
  if (limit.perSituation !== null && history.situationTotal + amount > limit.perSituation) {
    return limit.perSituation === 0
      ? 'Gestures need approval for this role.'
      : `Over the limit of ${euros(limit.perSituation)} per situation (${euros(history.situationTotal)} already given here).`;
  }
  if (
    !situationOnly &&
    limit.perPeriod !== null &&
    history.memberPeriodTotal + amount > limit.perPeriod
  ) {
    return `Over the limit of ${euros(limit.perPeriod)} per ${limit.period} (${euros(history.memberPeriodTotal)} already given).`;
  }
  return null;
}

export type ApprovalDecision = { outcome: 'approve' } | { outcome: 'refuse'; why: string };

/**
 * Whether `approver` may approve a request over `requester`'s limit. Staff never approve;
 * nobody approves their own request; an approver's own per-situation limit bounds what they
 * can agree to; and the location's budget still holds.
 */
export function mayApprove(
  request: GestureRequest,
  requester: Member,
  approver: Member,
  history: History,
  policy: Policy,
): ApprovalDecision {
  if (approver.role === 'staff')
    return { outcome: 'refuse', why: 'Staff cannot approve gestures.' };
  if (approver.id === requester.id) {
    return {
      outcome: 'refuse',
      why: 'Nobody can approve their own request beyond their own limit.',
    };
  }
  const budget = request.locationId ? policy.monthlyBudgets[request.locationId] : undefined;
  if (budget !== undefined && history.locationMonthTotal + request.amount > budget) {
    return {
      outcome: 'refuse',
      why: "The location's budget for the month does not cover it any more.",
    };
  }
  const over = overLimit(request.amount, approver, history, policy, true, request.currency);
  if (over) return { outcome: 'refuse', why: `${over} An owner must approve it.` };
  return { outcome: 'approve' };
}
