import type { Channel, Mood, PartyKind } from '../../domain/situation/vocabulary';
import { addLocation } from '../app/add-location';
import { createOrganization } from '../app/create-organization';
import { createParty } from '../app/create-party';
import type { Actor, Deps } from '../app/deps';
import { actOnSituation } from '../app/act-on-situation';
import { approveGesture } from '../app/approve-gesture';
import { grantGesture, type GestureInput } from '../app/grant-gesture';
import { saveGestureCatalogItem } from '../app/save-gesture-catalog-item';
import { setEmpowerment } from '../app/set-empowerment';
import type { GestureKind } from '../../domain/empowerment/policy';
import { DomainError } from '../../domain/shared/domain-error';
import type { PlaybookAction } from '../../domain/playbook/engine';
import { openSituation } from '../app/open-situation';
import { answerSurvey } from '../app/answer-survey';
import { sendSurvey } from '../app/send-survey';
import { updateSituation } from '../app/update-situation';
import {
  DEMO_LOCATIONS,
  DEMO_MEMBERS,
  DEMO_ORGANIZATION,
  DEMO_PASSWORD,
  DEMO_SCENARIOS,
  DEMO_TEAM_PARTIES,
  DEMO_VENDORS,
  demoCustomers,
} from './demo-business';
import { DEMO_CATALOG, DEMO_RECOVERIES, type DemoRecovery } from './demo-recoveries';

export interface DemoLogin {
  email: string;
  role: string;
  name: string;
}

export interface SeedResult {
  created: boolean;
  logins: DemoLogin[];
  password: string;
  situations: number;
}

/** A small seeded generator, so every demo database tells the same story. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: (n: number) => Math.floor(next() * n),
    of: <T>(items: ReadonlyArray<T>): T => items[Math.floor(next() * items.length)]!,
  };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Loads Larkspur & Co. through the same use cases the app runs, with the clock moved back
 * in time, so every situation has a consistent timeline. Does nothing if it is already there.
 */
export async function seedDemo(
  base: Deps,
  options: {
    situations?: number;
    days?: number;
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<SeedResult> {
  const logins = DEMO_MEMBERS.map((m) => ({ email: m.email, role: m.role, name: m.name }));
  if (await base.storage.read.members.userByEmail(DEMO_MEMBERS[0]!.email)) {
    return { created: false, logins, password: DEMO_PASSWORD, situations: 0 };
  }
  const total = options.situations ?? 200;
  const days = options.days ?? 90;
  const rand = prng(20261122);
  const realNow = base.clock().getTime();
  let now = realNow - (days + 2) * DAY;
  const deps: Deps = { ...base, clock: () => new Date(now) };

  const owner = DEMO_MEMBERS[0]!;
  const { organizationId, owner: ownerUser } = await deps.storage.transaction((store) =>
    createOrganization(deps, store, {
      organization: DEMO_ORGANIZATION,
      name: owner.name,
      email: owner.email,
      password: DEMO_PASSWORD,
    }),
  );
  const ownerActor: Actor = {
    userId: ownerUser.id,
    name: ownerUser.name,
    organizationId,
    role: 'owner',
  };
  const locations = [];
  for (const name of DEMO_LOCATIONS) locations.push(await addLocation(deps, ownerActor, { name }));

  const passwordHash = await deps.passwords.hash(DEMO_PASSWORD);
  const members: Array<{ actor: Actor; location: number | null }> = [
    { actor: ownerActor, location: null },
  ];
  for (const m of DEMO_MEMBERS.slice(1)) {
    const id = deps.newId();
    await deps.storage.read.members.insertUser({
      id,
      organizationId,
      email: m.email,
      name: m.name,
      passwordHash,
      role: m.role,
      locationId: m.location === null ? null : locations[m.location]!.id,
      createdAt: new Date(now).toISOString(),
    });
    members.push({
      actor: { userId: id, name: m.name, organizationId, role: m.role },
      location: m.location,
    });
  }

  // What staff may give on the spot, and what the owner keeps an eye on.
  for (const item of DEMO_CATALOG) await saveGestureCatalogItem(deps, ownerActor, item);
  await setEmpowerment(deps, ownerActor, {
    roles: {
      staff: { perSituation: 2000, perPeriod: 6000, period: 'day' },
      manager: { perSituation: 10000, perPeriod: 60000, period: 'month' },
    },
    members: {},
    monthlyBudgets: { [locations[0]!.id]: 80000, [locations[1]!.id]: 60000 },
  });
  const managerOf = (location: 0 | 1 | null) =>
    members.find(
      (m) => m.actor.role === 'manager' && (location === null || m.location === location),
    )?.actor ?? ownerActor;

  const partiesByKind: Record<PartyKind, string[]> = { customer: [], vendor: [], team_member: [] };
  for (const c of demoCustomers(33, rand.pick)) {
    partiesByKind.customer.push(
      (await createParty(deps, ownerActor, { kind: 'customer', ...c })).id,
    );
  }
  for (const v of DEMO_VENDORS) {
    partiesByKind.vendor.push((await createParty(deps, ownerActor, { kind: 'vendor', ...v })).id);
  }
  for (const t of DEMO_TEAM_PARTIES) {
    partiesByKind.team_member.push(
      (await createParty(deps, ownerActor, { kind: 'team_member', ...t, tags: ['team'] })).id,
    );
  }

  // Opening times spread over the period, a little busier at weekends, in service hours.
  const openings = Array.from({ length: total }, () => {
    const day = Math.floor(Math.pow(rand.next(), 0.8) * days);
    const hour = 11 + rand.pick(11);
    return realNow - day * DAY - (24 - hour) * HOUR + rand.pick(60) * 60_000;
  }).sort((a, b) => a - b);

  for (const [i, openedAt] of openings.entries()) {
    const scenario = rand.of(DEMO_SCENARIOS);
    const atLocation = members.filter(
      (m) => scenario.location === null || m.location === null || m.location === scenario.location,
    );
    const opener = rand.of(
      atLocation.filter((m) => m.actor.role === 'staff').concat(atLocation),
    ).actor;
    const owner = rand.next() < 0.1 ? null : rand.of(atLocation).actor.userId;
    const channel: Channel = rand.of(scenario.channels);
    const mood: Mood = rand.of(scenario.moods);
    const details = {
      account: scenario.account,
      channel,
      live: (scenario.live ?? false) && channel === 'in_person',
      partyId: rand.next() < 0.85 ? rand.of(partiesByKind[scenario.party]) : null,
      locationId: scenario.location === null ? null : locations[scenario.location]!.id,
      category: scenario.category,
      severity: scenario.severity,
      mood,
      ownerId: owner,
    };
    now = openedAt;
    // About a third are quick captures from the floor, completed a few minutes later.
    const quick = details.live || rand.next() < 0.25;
    const situation = await openSituation(
      deps,
      opener,
      quick ? { title: scenario.title, live: details.live } : { title: scenario.title, ...details },
    );
    if (quick) {
      now += (3 + rand.pick(40)) * 60_000;
      if (now < realNow) await updateSituation(deps, opener, situation.id, details);
    }
    const ageDays = (realNow - openedAt) / DAY;
    const resolveAfter = (1 + rand.pick(47)) * HOUR;
    // Recent situations are mostly still being handled; older ones mostly resolved.
    const resolveChance = ageDays < 3 ? 0.2 : ageDays < 14 ? 0.6 : 0.93;
    const handler = owner ? members.find((m) => m.actor.userId === owner)!.actor : opener;
    const recovery = DEMO_RECOVERIES[scenario.title]!;
    /** Takes one action some minutes after the last, unless that would be in the future. */
    const act = async (minutes: number, action: DemoAction) => {
      if (now + minutes * 60_000 >= realNow) return false;
      now += minutes * 60_000;
      if (action.type !== 'gesture') {
        await actOnSituation(deps, handler, situation.id, action);
        return true;
      }
      // Gestures go through the empowerment policy like any other: over the limit, someone
      // who may approve does so a little later, unless that is still to come.
      const granted = await grantGesture(deps, handler, situation.id, action.input).catch(
        (error: unknown) => {
          if (error instanceof DomainError && error.code === 'GESTURE_DENIED') return null;
          throw error;
        },
      );
      if (!granted) {
        // The month's budget is spent: staff say so and skip the gesture, as they would.
        await actOnSituation(deps, handler, situation.id, {
          type: 'skip',
          step: 'make_it_up',
          reason: 'This month’s budget for gestures is spent.',
        });
        return true;
      }
      const { gesture } = granted;
      if (gesture.status === 'pending_approval' && resolving && now + 15 * 60_000 < realNow) {
        now += 15 * 60_000;
        const approver =
          gesture.needs === 'owner' || handler.role !== 'staff'
            ? ownerActor
            : managerOf(scenario.location);
        await approveGesture(deps, approver, gesture.id, 'Agreed: it fits them.');
      }
      return true;
    };
    const resolving = rand.next() < resolveChance && openedAt + resolveAfter < realNow;
    const ventOnly = recovery.wants.includes('vent') && rand.next() < 0.6;
    const walk = recoverySteps(recovery, {
      account: scenario.account,
      mood,
      live: details.live,
      accepted: rand.next() < 0.9,
      due: (hours) => new Date(now + hours * HOUR).toISOString(),
    });
    // Unresolved situations stop somewhere along the way, as real ones do.
    const stepsToTake = resolving ? walk.length : rand.pick(walk.length);
    let taken = 0;
    for (const [minutes, action] of walk.slice(0, ventOnly ? 2 : stepsToTake)) {
      if (!(await act(minutes + rand.pick(5), action))) break;
      taken++;
    }
    const walkedAll = taken === (ventOnly ? 2 : walk.length);
    /**
     * Promises and tasks are mostly kept, a little before they fall due; the odd one slips,
     * so "My tasks" has something overdue, as it would in a real week.
     */
    const keepPromises = async (until: number, keptShare: number) => {
      const { tasks } = (await deps.storage.read.situations.byId(
        handler.organizationId,
        situation.id,
      ))!;
      const open = tasks
        .filter((t) => !t.doneAt)
        .sort((a, b) => Date.parse(a.due) - Date.parse(b.due));
      for (const task of open) {
        const keptAt = Math.max(now + 60_000, Date.parse(task.due) - rand.pick(120) * 60_000);
        if (keptAt >= until || rand.next() >= keptShare) continue;
        await act((keptAt - now) / 60_000, { type: 'complete_task', taskId: task.id });
      }
    };
    if (resolving && walkedAll) {
      now = Math.max(now + 5 * 60_000, openedAt + resolveAfter);
      const resolved = await act(
        0,
        ventOnly
          ? { type: 'vent_only', reason: 'They wanted to be heard, and they were.' }
          : { type: 'resolve', reason: null },
      );
      const followUpAt = now + (2 + rand.pick(6)) * DAY;
      await keepPromises(Math.min(followUpAt, realNow), 0.95);
      // Follow-ups that fell due long ago were nearly all made; recent ones may still wait.
      const followUpChance = followUpAt < realNow - 7 * DAY ? 0.97 : 0.6;
      if (resolved && followUpAt < realNow && rand.next() < followUpChance) {
        now = Math.max(now + 60_000, followUpAt);
        const held = rand.next() < 0.9;
        await act(0, {
          type: 'record',
          step: 'follow_up',
          data: {
            how: rand.of(['phone', 'email', 'message'] as const),
            held: held ? 'yes' : 'no',
            satisfaction: held ? 4 + rand.pick(2) : 2,
            come_back: held ? 'yes' : 'unsure',
          },
        });
        await act(1, {
          type: 'close',
          reason: held ? 'Followed up; the fix held.' : 'Followed up; offered another visit.',
        });
        // Some customers answer the survey a day or two later; the odd low answer reopens
        // the situation, as it would.
        const answerAt = now + (1 + rand.pick(36)) * HOUR;
        if (
          details.partyId &&
          scenario.party === 'customer' &&
          answerAt < realNow &&
          rand.next() < 0.45
        ) {
          now = answerAt;
          const { url } = await sendSurvey(deps, handler, situation.id, { email: false });
          const low = !held || rand.next() < 0.08;
          await answerSurvey(deps, url.slice(url.lastIndexOf('/') + 1), {
            putRight: low ? rand.of(['partly', 'no'] as const) : 'yes',
            score: low ? 1 + rand.pick(2) : 4 + rand.pick(2),
            comeBack: low
              ? rand.of(['maybe', 'no'] as const)
              : rand.of(['yes', 'yes', 'maybe'] as const),
            comment:
              rand.next() < 0.5 ? rand.of(low ? DEMO_LOW_COMMENTS : DEMO_GOOD_COMMENTS) : null,
          });
        }
      }
    } else if (taken > 0) {
      await keepPromises(realNow, 0.7);
    }
    options.onProgress?.(i + 1, total);
  }
  return { created: true, logins, password: DEMO_PASSWORD, situations: total };
}

const DEMO_GOOD_COMMENTS = [
  'Thank you for sorting it out so quickly.',
  'The manager was lovely about it. We will be back.',
  'Appreciated the call afterwards — nobody does that.',
  'All good now, thanks for listening.',
];
const DEMO_LOW_COMMENTS = [
  'The refund still has not arrived.',
  'Nice words, but the same thing happened again last week.',
  'Nobody called back when they said they would.',
];

type DemoAction = PlaybookAction | { type: 'gesture'; input: GestureInput };

function kindOf(name: string): GestureKind {
  if (/voucher/i.test(name)) return 'voucher';
  if (/refund/i.test(name)) return 'refund';
  if (/% off/i.test(name)) return 'discount';
  return 'free_item';
}

/**
 * The default playbook's steps for one demo recovery, each with the minutes it took after
 * the one before.
 */
function recoverySteps(
  r: DemoRecovery,
  at: {
    account: string;
    mood: Mood;
    live: boolean;
    accepted: boolean;
    due: (hours: number) => string;
  },
): Array<[number, DemoAction]> {
  const record = (step: string, data: Record<string, unknown>): PlaybookAction => ({
    type: 'record',
    step,
    data,
  });
  const euros = (minor: number) => ({ minor, currency: 'EUR' });
  return [
    [2, record('listen', { account: at.account, mood: at.mood, live: at.live })],
    [
      1,
      record('empathize', {
        acknowledgement: 'That must have been really frustrating, and you are right to tell us.',
      }),
    ],
    [
      6,
      record('diagnose', {
        questions: [
          'Could you tell me what happened, from the start?',
          'What would help most now?',
        ],
        root_cause: r.cause,
        cause_owner: r.owner,
        wants: r.wants,
      }),
    ],
    [
      3,
      record('alternatives', {
        options: r.options.map(([description, cost, fit]) => ({
          description,
          cost: euros(cost),
          fit,
        })),
        their_proposal: r.proposal,
        chosen: r.options[0]![0],
      }),
    ],
    [2, record('apologize', { apology: r.apology })],
    [1, record('apologize', { response: at.accepted ? 'accepted' : 'declined' })],
    [
      8,
      record('solve', {
        actions: r.actions,
        ...(r.promise && { promises: [{ what: r.promise[0], due: at.due(r.promise[1]) }] }),
      }),
    ],
    [
      2,
      Array.isArray(r.gesture)
        ? {
            type: 'gesture',
            input: {
              kind: kindOf(r.gesture[0]),
              name: r.gesture[0],
              amount: euros(r.gesture[1]),
              reason: r.gesture[2],
            },
          }
        : { type: 'skip', step: 'make_it_up', reason: r.gesture.skip },
    ],
    [20, record('communicate', { team_told: r.team, confirmed: true })],
  ];
}
