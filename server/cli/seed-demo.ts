import type { Channel, Mood, PartyKind } from '../../domain/situation/vocabulary';
import { addLocation } from '../app/add-location';
import { createOrganization } from '../app/create-organization';
import { createParty } from '../app/create-party';
import type { Actor, Deps } from '../app/deps';
import { moveSituation } from '../app/move-situation';
import { openSituation } from '../app/open-situation';
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
    if (rand.next() < resolveChance && openedAt + resolveAfter < realNow) {
      now = openedAt + resolveAfter;
      const closer = owner ? members.find((m) => m.actor.userId === owner)!.actor : opener;
      await moveSituation(deps, closer, situation.id, 'resolve', null);
      const closeAt = now + (2 + rand.pick(6)) * DAY;
      if (closeAt < realNow && rand.next() < 0.8) {
        now = closeAt;
        await moveSituation(
          deps,
          closer,
          situation.id,
          'close',
          'Followed up; the customer was happy with the outcome.',
        );
      }
    }
    options.onProgress?.(i + 1, total);
  }
  return { created: true, logins, password: DEMO_PASSWORD, situations: total };
}
