import type { Channel, Mood, PartyKind, Role, Severity } from '../../domain/situation/vocabulary';

/**
 * The demo business: Larkspur & Co., a neighbourhood restaurant and a hair salon under one
 * owner. The texts are written to read like real situations so that the inbox, search and
 * filters can be tried on something that looks like a working week.
 */
export const DEMO_ORGANIZATION = 'Larkspur & Co.';
export const DEMO_PASSWORD = 'larkspur-demo-2026';

export const DEMO_LOCATIONS = [
  'Larkspur Kitchen, Harbour Street',
  'Larkspur Hair Studio, Mill Lane',
] as const;

export const DEMO_MEMBERS: ReadonlyArray<{
  name: string;
  email: string;
  role: Role;
  location: number | null;
}> = [
  { name: 'Helena Marsh', email: 'owner@larkspur.demo', role: 'owner', location: null },
  { name: 'Tomás Ferreira', email: 'tomas@larkspur.demo', role: 'manager', location: 0 },
  { name: 'Priya Nair', email: 'priya@larkspur.demo', role: 'manager', location: 1 },
  { name: 'Jonah Webb', email: 'jonah@larkspur.demo', role: 'staff', location: 0 },
  { name: 'Aiko Tanaka', email: 'aiko@larkspur.demo', role: 'staff', location: 0 },
  { name: 'Sam Okafor', email: 'sam@larkspur.demo', role: 'staff', location: 1 },
];

const FIRST = [
  'Margaret',
  'Daniel',
  'Sofia',
  'Ahmed',
  'Chloe',
  'Liam',
  'Grace',
  'Mateo',
  'Ingrid',
  'Kwame',
  'Zoë',
  'Oliver',
  'Fatima',
  'Noah',
  'Hannah',
  'Ravi',
  'Élodie',
  'George',
  'Mei',
  'Patrick',
  'Lucia',
  'Ben',
  'Amara',
  'Felix',
  'Nadia',
  'Owen',
  'Isla',
  'Yusuf',
  'Freya',
  'Carlos',
  'Wren',
  'Dmitri',
  'Rosa',
];
const LAST = [
  'Thompson',
  'Kowalski',
  'Bianchi',
  'Haddad',
  'Dubois',
  "O'Brien",
  'Lindqvist',
  'Mensah',
  'Fischer',
  'Ng',
  'Moreau',
  'Patel',
  'Quinn',
  'Novak',
  'Santos',
  'Baker',
  'Yilmaz',
  'Murphy',
  'Adeyemi',
  'Larsen',
  'Costa',
  'Evans',
  'Ibrahim',
  'Walsh',
  'Kim',
  'Rossi',
  'Shaw',
  'Horvat',
  'Lopez',
  'Doyle',
  'Berg',
  'Ali',
  'Hughes',
];

export const DEMO_VENDORS: ReadonlyArray<{
  name: string;
  email: string;
  notes: string;
  tags: string[];
}> = [
  {
    name: 'Harbour Fish Co.',
    email: 'orders@harbourfish.example',
    notes: 'Daily fish delivery before 9:00.',
    tags: ['supplier', 'kitchen'],
  },
  {
    name: 'Greenleaf Produce',
    email: 'hello@greenleaf.example',
    notes: 'Vegetables Mon/Wed/Fri.',
    tags: ['supplier', 'kitchen'],
  },
  {
    name: 'Lustre Salon Supplies',
    email: 'trade@lustre.example',
    notes: 'Colour and care products; account #4471.',
    tags: ['supplier', 'salon'],
  },
  {
    name: 'CleanPro Linen',
    email: 'service@cleanpro.example',
    notes: 'Towels and table linen, collected Tuesdays.',
    tags: ['supplier'],
  },
];

export const DEMO_TEAM_PARTIES: ReadonlyArray<{ name: string; notes: string }> = [
  { name: 'Jonah Webb', notes: 'Front of house, evenings.' },
  { name: 'Aiko Tanaka', notes: 'Line cook.' },
  { name: 'Sam Okafor', notes: 'Stylist, joined in spring.' },
];

export function demoCustomers(count: number, pick: (n: number) => number) {
  const used = new Set<string>();
  const customers: Array<{
    name: string;
    email: string | null;
    phone: string | null;
    tags: string[];
    notes: string | null;
  }> = [];
  while (customers.length < count) {
    const name = `${FIRST[pick(FIRST.length)]} ${LAST[pick(LAST.length)]}`;
    if (used.has(name)) continue;
    used.add(name);
    const slug = name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z ]/g, '')
      .replace(' ', '.');
    const regular = pick(3) === 0;
    customers.push({
      name,
      email: pick(4) === 0 ? null : `${slug}@mail.example`,
      phone:
        pick(3) === 0 ? null : `+44 7${String(100 + pick(900))} ${String(100000 + pick(900000))}`,
      tags: regular ? ['regular'] : pick(5) === 0 ? ['first visit'] : [],
      notes: regular ? 'Comes in most weeks; likes the window table.' : null,
    });
  }
  return customers;
}

export interface DemoScenario {
  title: string;
  account: string;
  category: string;
  channels: Channel[];
  moods: Mood[];
  severity: Severity;
  location: 0 | 1 | null;
  party: PartyKind;
  live?: boolean;
}

export const DEMO_SCENARIOS: ReadonlyArray<DemoScenario> = [
  {
    title: 'Wrong main course served at table 12',
    account:
      'Ordered the sea bream with no butter (dairy allergy); got the butter-basted version. Noticed after two bites and was worried.',
    category: 'wrong_order',
    channels: ['in_person'],
    moods: ['upset', 'angry'],
    severity: 'high',
    location: 0,
    party: 'customer',
    live: true,
  },
  {
    title: 'Dessert brought before mains were cleared',
    account: 'Table felt rushed; the waiter put desserts down while they were still eating.',
    category: 'staff_behaviour',
    channels: ['in_person'],
    moods: ['disappointed'],
    severity: 'low',
    location: 0,
    party: 'customer',
    live: true,
  },
  {
    title: 'Booking lost for a birthday dinner',
    account:
      'Booked a table for eight two weeks ago by phone; we had no record and only a table for four free.',
    category: 'booking',
    channels: ['in_person', 'phone'],
    moods: ['angry', 'upset'],
    severity: 'high',
    location: 0,
    party: 'customer',
    live: true,
  },
  {
    title: 'Waited 50 minutes for food',
    account: 'Kitchen was backed up on a Friday; nobody came to explain the wait.',
    category: 'late',
    channels: ['in_person', 'online_review'],
    moods: ['upset', 'disappointed'],
    severity: 'medium',
    location: 0,
    party: 'customer',
  },
  {
    title: 'Charged twice for the tasting menu',
    account: 'The card shows two charges of £85 from Saturday night.',
    category: 'billing',
    channels: ['email', 'phone'],
    moods: ['upset', 'calm'],
    severity: 'medium',
    location: 0,
    party: 'customer',
  },
  {
    title: 'Steak overcooked, sent back twice',
    account:
      'Asked for medium-rare, came well done both times. Partner had finished by the time the third arrived.',
    category: 'quality',
    channels: ['in_person'],
    moods: ['angry', 'upset'],
    severity: 'medium',
    location: 0,
    party: 'customer',
    live: true,
  },
  {
    title: 'Three-star review: "overpriced for the portion"',
    account:
      'Review says the lunch set is small for £24 and the staff did not explain what was included.',
    category: 'price_pushback',
    channels: ['online_review'],
    moods: ['disappointed'],
    severity: 'low',
    location: 0,
    party: 'customer',
  },
  {
    title: 'Wine glass dropped on a guest',
    account:
      'A glass of red was knocked over onto a guest’s jacket while clearing the next table. Whole room turned to look.',
    category: 'staff_behaviour',
    channels: ['in_person'],
    moods: ['upset', 'angry'],
    severity: 'high',
    location: 0,
    party: 'customer',
    live: true,
  },
  {
    title: 'Takeaway order missing the sides',
    account: 'Collected order had no fries and no salad; they noticed at home.',
    category: 'wrong_order',
    channels: ['phone', 'chat'],
    moods: ['disappointed', 'upset'],
    severity: 'low',
    location: 0,
    party: 'customer',
  },
  {
    title: 'Hair colour came out brassy',
    account:
      'Asked for ash blonde; it turned orange-ish after the first wash. Has a wedding in ten days.',
    category: 'quality',
    channels: ['phone', 'in_person'],
    moods: ['upset', 'angry'],
    severity: 'high',
    location: 1,
    party: 'customer',
  },
  {
    title: 'Kept waiting 35 minutes past appointment',
    account: 'Stylist was running over; nobody offered a drink or an update.',
    category: 'late',
    channels: ['in_person'],
    moods: ['disappointed', 'upset'],
    severity: 'medium',
    location: 1,
    party: 'customer',
    live: true,
  },
  {
    title: 'Cut much shorter than asked',
    account:
      'Wanted a trim of two centimetres, lost closer to eight. Has been growing it out for a year.',
    category: 'quality',
    channels: ['in_person', 'social'],
    moods: ['angry', 'upset'],
    severity: 'high',
    location: 1,
    party: 'customer',
    live: true,
  },
  {
    title: 'Price for highlights higher than quoted',
    account: 'Quoted £120 on the phone, charged £165 at the till with no explanation of the extra.',
    category: 'price_pushback',
    channels: ['in_person', 'email'],
    moods: ['upset', 'disappointed'],
    severity: 'medium',
    location: 1,
    party: 'customer',
  },
  {
    title: 'Online booking double-booked the 10:00 slot',
    account: 'Two clients arrived for the same chair; one had taken the morning off work.',
    category: 'booking',
    channels: ['in_person', 'email'],
    moods: ['upset', 'calm'],
    severity: 'medium',
    location: 1,
    party: 'customer',
  },
  {
    title: 'Scalp irritation after treatment',
    account: 'Client reports a burning feeling and redness the evening after the bleach treatment.',
    category: 'damaged_or_faulty',
    channels: ['phone', 'email'],
    moods: ['upset', 'angry'],
    severity: 'critical',
    location: 1,
    party: 'customer',
  },
  {
    title: 'Fish delivery arrived after lunch service started',
    account:
      'Harbour Fish delivered at 12:40 instead of 9:00; two specials had to come off the menu.',
    category: 'late',
    channels: ['phone', 'email'],
    moods: ['calm', 'disappointed'],
    severity: 'medium',
    location: 0,
    party: 'vendor',
  },
  {
    title: 'Produce box with spoiled herbs',
    account: 'Half the basil and coriander was black and slimy on arrival.',
    category: 'damaged_or_faulty',
    channels: ['email'],
    moods: ['disappointed'],
    severity: 'low',
    location: 0,
    party: 'vendor',
  },
  {
    title: 'Colour order short by six tubes',
    account:
      'Invoice lists 24 tubes of 7.1; box contained 18. Saturday is fully booked for colour.',
    category: 'wrong_order',
    channels: ['email', 'phone'],
    moods: ['calm', 'disappointed'],
    severity: 'medium',
    location: 1,
    party: 'vendor',
  },
  {
    title: 'Linen invoice charged for a missed collection',
    account: 'CleanPro did not come on Tuesday but the invoice includes the collection fee.',
    category: 'billing',
    channels: ['email'],
    moods: ['calm'],
    severity: 'low',
    location: null,
    party: 'vendor',
  },
  {
    title: 'Shift swap made without telling the kitchen',
    account:
      'A front-of-house swap left Saturday brunch one server short; the kitchen learned at 10:00.',
    category: 'staff_behaviour',
    channels: ['in_person', 'chat'],
    moods: ['upset', 'disappointed'],
    severity: 'medium',
    location: 0,
    party: 'team_member',
  },
  {
    title: 'New stylist changed a client’s colour formula',
    account:
      'Acted without the client card notes; client had a known sensitivity to one developer.',
    category: 'other',
    channels: ['in_person'],
    moods: ['upset', 'calm'],
    severity: 'high',
    location: 1,
    party: 'team_member',
  },
  {
    title: 'Gift voucher refused at the till',
    account:
      'Customer’s voucher from the salon was not accepted at the restaurant; staff said they were separate businesses.',
    category: 'billing',
    channels: ['in_person', 'social'],
    moods: ['angry', 'upset'],
    severity: 'medium',
    location: 0,
    party: 'customer',
    live: true,
  },
  {
    title: 'Noise complaint from a neighbouring table',
    account:
      'A large party was very loud; a couple on their anniversary asked to move but no table was free.',
    category: 'other',
    channels: ['in_person'],
    moods: ['disappointed', 'upset'],
    severity: 'low',
    location: 0,
    party: 'customer',
    live: true,
  },
  {
    title: 'Allergen information missing from the new menu',
    account: 'Guest with a nut allergy could not find allergen labels and the server was unsure.',
    category: 'quality',
    channels: ['in_person', 'email'],
    moods: ['upset', 'calm'],
    severity: 'high',
    location: 0,
    party: 'customer',
  },
  {
    title: 'Instagram comment: rude receptionist',
    account:
      'Public comment on our post says the receptionist rolled her eyes when asked about prices.',
    category: 'staff_behaviour',
    channels: ['social'],
    moods: ['angry', 'upset'],
    severity: 'medium',
    location: 1,
    party: 'customer',
  },
];
