import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Role } from '../situation/vocabulary';
import { decide, mayApprove, type GestureRequest, type History } from './decide';
import { periodStart, type Limit, type Member, type Policy } from './policy';

const staff: Member = { id: 'staff-1', role: 'staff' };
const manager: Member = { id: 'manager-1', role: 'manager' };
const owner: Member = { id: 'owner-1', role: 'owner' };
const policy: Policy = {
  roles: {
    staff: { perSituation: 2000, perPeriod: 5000, period: 'day' },
    manager: { perSituation: 10000, perPeriod: null, period: 'month' },
  },
  members: {},
  monthlyBudgets: { bistro: 30000 },
};
const none: History = { situationTotal: 0, memberPeriodTotal: 0, locationMonthTotal: 0 };
const request = (amount: number): GestureRequest => ({
  amount,
  situationId: 's1',
  locationId: 'bistro',
  at: '2026-11-20T19:00:00.000Z',
});

describe('the empowerment decision', () => {
  it('grants within the limit, on the spot', () => {
    expect(decide(request(750), staff, none, policy, [manager])).toEqual({ outcome: 'grant' });
  });

  it('asks a manager when staff go over their limit, and an owner when a manager could not agree', () => {
    expect(decide(request(6000), staff, none, policy, [manager])).toMatchObject({
      outcome: 'needs_approval',
      by: 'manager',
      why: expect.stringMatching(/Over the limit of 20.00 per situation/),
    });
    expect(decide(request(15000), staff, none, policy, [manager])).toMatchObject({
      outcome: 'needs_approval',
      by: 'owner',
    });
    const dayAlmostSpent = { ...none, memberPeriodTotal: 4500 };
    expect(decide(request(1000), staff, dayAlmostSpent, policy, [manager])).toMatchObject({
      outcome: 'needs_approval',
      why: expect.stringMatching(/per day/),
    });
  });

  it('leaves owners unlimited unless they set a limit for themselves, and a member limit replaces the role', () => {
    expect(decide(request(25000), owner, none, policy)).toEqual({ outcome: 'grant' });
    const capped = {
      ...policy,
      members: { [owner.id]: { perSituation: 5000, perPeriod: null, period: 'day' as const } },
    };
    expect(decide(request(6000), owner, none, capped).outcome).toBe('needs_approval');
    const trusted = {
      ...policy,
      members: { [staff.id]: { perSituation: 8000, perPeriod: null, period: 'day' as const } },
    };
    expect(decide(request(6000), staff, none, trusted).outcome).toBe('grant');
  });

  it('denies what the location budget no longer covers, saying what is left', () => {
    const spent = { ...none, locationMonthTotal: 29500 };
    expect(decide(request(750), owner, spent, policy)).toEqual({
      outcome: 'deny',
      why: "This location's budget for the month has 5.00 left, less than 7.50.",
    });
  });

  it('lets managers approve within their own limit, never staff, never the requester', () => {
    expect(mayApprove(request(6000), staff, manager, none, policy)).toEqual({ outcome: 'approve' });
    expect(
      mayApprove(request(6000), staff, { id: 'staff-2', role: 'staff' }, none, policy).outcome,
    ).toBe('refuse');
    expect(mayApprove(request(15000), staff, manager, none, policy)).toMatchObject({
      outcome: 'refuse',
      why: expect.stringMatching(/An owner must approve it/),
    });
    expect(mayApprove(request(15000), manager, manager, none, policy)).toMatchObject({
      why: 'Nobody can approve their own request beyond their own limit.',
    });
    expect(mayApprove(request(15000), staff, owner, none, policy)).toEqual({ outcome: 'approve' });
  });

  it('counts days, ISO weeks and months from their start', () => {
    expect(periodStart('day', '2026-11-20T19:00:00.000Z')).toBe('2026-11-20T00:00:00.000Z');
    expect(periodStart('week', '2026-11-22T19:00:00.000Z')).toBe('2026-11-16T00:00:00.000Z');
    expect(periodStart('month', '2026-11-22T19:00:00.000Z')).toBe('2026-11-01T00:00:00.000Z');
  });
});

// ---- properties ----------------------------------------------------------------------------

const ROLES: Role[] = ['owner', 'manager', 'staff'];
const limitArb: fc.Arbitrary<Limit> = fc.record({
  perSituation: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
  perPeriod: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null }),
  period: fc.constantFrom('day', 'week', 'month'),
});
const membersArb = fc.uniqueArray(
  fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), role: fc.constantFrom(...ROLES) }),
  { minLength: 1, maxLength: 5, selector: (m) => m.id },
);
const policyArb = (members: Member[]): fc.Arbitrary<Policy> =>
  fc.record({
    roles: fc
      .record(
        { owner: fc.option(limitArb, { nil: undefined }), manager: limitArb, staff: limitArb },
        { requiredKeys: ['manager', 'staff'] },
      )
      .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined))),
    members: fc.dictionary(fc.constantFrom(...members.map((m) => m.id)), limitArb, { maxKeys: 2 }),
    monthlyBudgets: fc.record({ north: fc.integer({ min: 0, max: 50_000 }) }, { requiredKeys: [] }),
  });
const stepArb = fc.record({
  member: fc.nat(),
  approver: fc.nat(),
  amount: fc.integer({ min: -100, max: 12_000 }),
  situation: fc.constantFrom('s1', 's2', 's3'),
  location: fc.constantFrom('north', 'south', null),
  hoursLater: fc.integer({ min: 0, max: 60 }),
});

interface Grant {
  member: string;
  approved: boolean;
  amount: number;
  situation: string;
  location: string | null;
  at: string;
}

describe('the empowerment decision (property)', () => {
  it('never lets granted totals exceed any limit or budget, whatever the requests', () => {
    fc.assert(
      fc.property(
        membersArb.chain((members) =>
          fc.tuple(fc.constant(members), policyArb(members), fc.array(stepArb, { maxLength: 60 })),
        ),
        ([members, policy, steps]) => {
          const grants: Grant[] = [];
          let clock = Date.UTC(2026, 10, 1, 9);
          const sum = (gs: Grant[]) => gs.reduce((t, g) => t + g.amount, 0);
          const historyFor = (member: Member, r: GestureRequest): History => {
            const limit = policy.members[member.id] ?? policy.roles[member.role];
            const since = periodStart(limit?.period ?? 'day', r.at);
            const month = periodStart('month', r.at);
            return {
              situationTotal: sum(grants.filter((g) => g.situation === r.situationId)),
              memberPeriodTotal: sum(
                grants.filter((g) => g.member === member.id && !g.approved && g.at >= since),
              ),
              locationMonthTotal: sum(
                grants.filter((g) => g.location === r.locationId && r.locationId && g.at >= month),
              ),
            };
          };
          for (const step of steps) {
            clock += step.hoursLater * 3_600_000;
            const member = members[step.member % members.length]!;
            const r: GestureRequest = {
              amount: step.amount,
              situationId: step.situation,
              locationId: step.location,
              at: new Date(clock).toISOString(),
            };
            const history = historyFor(member, r);
            const decision = decide(
              r,
              member,
              history,
              policy,
              members.filter((m) => m.role === 'manager'),
            );
            if (decision.outcome === 'grant') {
              // Within every limit that applies, at the moment of granting.
              const limit =
                policy.members[member.id] ??
                policy.roles[member.role] ??
                (member.role === 'owner' ? null : { perSituation: 0, perPeriod: 0 });
              if (limit?.perSituation != null)
                expect(history.situationTotal + r.amount).toBeLessThanOrEqual(limit.perSituation);
              if (limit?.perPeriod != null)
                expect(history.memberPeriodTotal + r.amount).toBeLessThanOrEqual(limit.perPeriod);
              grants.push({
                member: member.id,
                approved: false,
                amount: r.amount,
                situation: r.situationId,
                location: r.locationId,
                at: r.at,
              });
            } else if (decision.outcome === 'needs_approval') {
              const approver = members[step.approver % members.length]!;
              if (mayApprove(r, member, approver, history, policy).outcome === 'approve') {
                expect(approver.role).not.toBe('staff');
                expect(approver.id).not.toBe(member.id);
                grants.push({
                  member: member.id,
                  approved: true,
                  amount: r.amount,
                  situation: r.situationId,
                  location: r.locationId,
                  at: r.at,
                });
              }
            }
            expect(r.amount > 0 || decision.outcome === 'deny').toBe(true);
          }
          // No location ever spends more than its monthly budget.
          for (const [location, budget] of Object.entries(policy.monthlyBudgets)) {
            const byMonth = new Map<string, number>();
            for (const g of grants.filter((g) => g.location === location)) {
              const month = periodStart('month', g.at);
              byMonth.set(month, (byMonth.get(month) ?? 0) + g.amount);
            }
            for (const total of byMonth.values()) expect(total).toBeLessThanOrEqual(budget);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('depends only on its inputs, and leaves them as they were', () => {
    fc.assert(
      fc.property(
        membersArb.chain((members) =>
          fc.tuple(
            fc.constant(members),
            policyArb(members),
            stepArb,
            fc.nat(30_000),
            fc.nat(30_000),
            fc.nat(30_000),
          ),
        ),
        ([members, policy, step, a, b, c]) => {
          const member = members[step.member % members.length]!;
          const r: GestureRequest = {
            amount: step.amount,
            situationId: step.situation,
            locationId: step.location,
            at: '2026-11-20T12:00:00.000Z',
          };
          const history: History = {
            situationTotal: a,
            memberPeriodTotal: b,
            locationMonthTotal: c,
          };
          const frozen = structuredClone({ r, member, history, policy });
          const first = decide(r, member, history, policy, members);
          expect(
            decide(
              structuredClone(r),
              { ...member },
              { ...history },
              structuredClone(policy),
              structuredClone(members),
            ),
          ).toEqual(first);
          expect({ r, member, history, policy }).toEqual(frozen);
        },
      ),
    );
  });
});
