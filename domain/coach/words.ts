import { rememberLast } from './lexemes';

/**
 * Crude word stems and a few families of service words, so that "sorry your order was late"
 * can be matched against the diagnosed cause "the courier delayed the delivery".
 */
const STOP = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'but',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'it',
  'this',
  'that',
  'our',
  'your',
  'we',
  'you',
  'they',
  'their',
  'i',
  'my',
  'me',
  'us',
  'had',
  'has',
  'have',
  'not',
  'no',
  'did',
  'do',
  'does',
  'so',
  'too',
  'very',
  'which',
  'who',
  'when',
  'what',
  'then',
  'than',
  'there',
  'as',
  'into',
  'out',
  'up',
  'about',
  'its',
  "it's",
  'he',
  'she',
  'his',
  'her',
  'them',
  'would',
  'could',
  'should',
  'will',
  'can',
  'all',
]);

/**
 * Who works on our side, as a reply names them: "our driver followed the instructions", "the
 * kitchen knows and will have it out in five minutes".
 */
export const OUR_STAFF: ReadonlySet<string> = new Set([
  'staff',
  'team',
  'driver',
  'drivers',
  'courier',
  'couriers',
  'chef',
  'chefs',
  'cook',
  'cooks',
  'kitchen',
  'technician',
  'technicians',
  'engineer',
  'engineers',
  'stylist',
  'stylists',
  'waiter',
  'waiters',
  'waitress',
  'server',
  'servers',
  'barista',
  'receptionist',
  'groomer',
  'plumber',
  'installer',
  'installers',
  'fitter',
  'fitters',
  'cleaner',
  'cleaners',
  'crew',
  'agent',
  'agents',
  'colleague',
  'colleagues',
  'employee',
  'employees',
  'manager',
  'supervisor',
  'store',
  'department',
]);

/** Irregular past forms: "we forgot", "I sent", "the courier left it". */
const IRREGULAR_PAST = new Set([
  'forgot',
  'got',
  'made',
  'sent',
  'left',
  'lost',
  'gave',
  'took',
  'let',
  'put',
  'gone',
  'went',
  'broke',
  'kept',
  'told',
  'wrote',
  'sold',
  'cut',
  'ran',
  'brought',
]);

/** Whether a word is a verb's past form: "forgot", "crashed", "used" ("need" and "feed" are not). */
export function isPastForm(norm: string): boolean {
  return (
    IRREGULAR_PAST.has(norm) || (norm.length >= 4 && norm.endsWith('ed') && !norm.endsWith('eed'))
  );
}

/**
 * Families of words that mean the same in a complaint. First those that say what kind of thing
 * went wrong (late, wrong, broken, cold, rude, missing, badly made): against the cause, these
 * must agree where both sides name one.
 */
const FAILURE_FAMILIES: string[][] = [
  [
    'late',
    'delay',
    'wait',
    'slow',
    'long',
    'overdue',
    'behind',
    'queue',
    'hold',
    'time',
    'hour',
    'minut',
    'tardi',
  ],
  [
    'wrong',
    'mistak',
    'incorrect',
    'error',
    'mix',
    'mixup',
    'swap',
    'other',
    'misread',
    'confus',
    'misspell',
    'misspelt',
    'typo',
  ],
  [
    'broken',
    'break',
    'damag',
    'faulti',
    'fault',
    'defect',
    'crack',
    'torn',
    'dent',
    'smash',
    'leak',
  ],
  ['cold', 'temperatur', 'lukewarm', 'warm', 'heat', 'frozen'],
  [
    'rude',
    'attitud',
    'dismiss',
    'unfriendli',
    'impolit',
    'behaviour',
    'behavior',
    'manner',
    'tone',
    'ignor',
  ],
  ['miss', 'lost', 'forgot', 'forgotten', 'omit', 'left'],
  ['qualiti', 'tast', 'burnt', 'overcook', 'undercook', 'stale', 'raw', 'bland', 'salt'],
];

/** Then those that say what it happened to: a bill, a booking, a delivery, hair, a system. */
const SUBJECT_FAMILIES: string[][] = [
  [
    'charg',
    'bill',
    'price',
    'overcharg',
    'invoic',
    'pay',
    'payment',
    'cost',
    'fee',
    'refund',
    'money',
  ],
  ['book', 'reserv', 'appoint', 'slot', 'tabl', 'doubl', 'overbook'],
  ['deliveri', 'deliv', 'courier', 'shipment', 'ship', 'parcel', 'packag', 'order', 'arriv'],
  [
    'hair',
    'colour',
    'color',
    'cut',
    'dye',
    'bleach',
    'styl',
    'toner',
    'shade',
    'highlight',
    'blond',
  ],
  [
    'dropped',
    'drop',
    'ticket',
    'printer',
    'system',
    'till',
    'app',
    'site',
    'websit',
    'outag',
    'down',
  ],
];

const FAMILIES = [...FAILURE_FAMILIES, ...SUBJECT_FAMILIES];

export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']/g, '');
  for (const suffix of [
    'ingly',
    'ations',
    'ation',
    'ings',
    'ing',
    'edly',
    'ed',
    'ies',
    'es',
    's',
    'ly',
    'y',
    'e',
  ]) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length) + (suffix === 'ies' ? 'i' : '');
      break;
    }
  }
  return w;
}

/** Members that tell no kind of failure on their own: "the courier left it next door". */
const NO_FAILURE_ON_THEIR_OWN = new Set(['left', 'other', 'time', 'hour', 'minut', 'long']);

const FAMILY_OF = new Map<string, number>();
// Each member as written and as `stem` leaves it: "late" is looked up as "lat", "rude" as "rud".
FAMILIES.forEach((family, index) =>
  family.forEach((member) => {
    FAMILY_OF.set(member, index);
    if (!FAMILY_OF.has(stem(member))) FAMILY_OF.set(stem(member), index);
  }),
);

/** Stems already placed in a family (-1 for none): the search below walks every member. */
const familyOfStem = new Map<string, number>();
const MAX_REMEMBERED_STEMS = 20_000;

/**
 * Words that start like a family member and mean something else: a waiter does not wait, and
 * a stylist is who did it, not what went wrong.
 */
const FALSE_FRIENDS = new Set(['waiter', 'waitress', 'waitstaff', 'timer', 'stylist']);

function familyOf(stemmed: string): number | undefined {
  let family = familyOfStem.get(stemmed);
  if (family === undefined) {
    family = FALSE_FRIENDS.has(stemmed) ? -2 : (FAMILY_OF.get(stemmed) ?? -1);
    if (family === -1)
      for (const [member, index] of FAMILY_OF)
        if (member.length >= 4 && stemmed.startsWith(member)) {
          family = index;
          break;
        }
    if (familyOfStem.size >= MAX_REMEMBERED_STEMS) familyOfStem.clear();
    familyOfStem.set(stemmed, family);
  }
  return family < 0 ? undefined : family;
}

/** What a diagnosed cause is about: the stems of its content words and their families. */
export interface CauseMeaning {
  stems: Set<string>;
  families: Set<number>;
  /** The kinds of failure it names ("late", "wrong"…), among `families`. */
  failures: Set<number>;
}

/** The kind of failure a stem names, if it names one plainly. */
function failureKindOf(stemmed: string): number | undefined {
  if (NO_FAILURE_ON_THEIR_OWN.has(stemmed)) return undefined;
  const family = familyOf(stemmed);
  return family !== undefined && family < FAILURE_FAMILIES.length ? family : undefined;
}

/**
 * What a cause is about. The composer checks every keystroke's draft against the same
 * diagnosed cause, so the last one is remembered rather than read again.
 */
export const causeMeaning = rememberLast((text: string): CauseMeaning => {
  const stems = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}']+/u)) {
    if (word.length < 2 || STOP.has(word)) continue;
    stems.add(stem(word));
  }
  const families = new Set<number>();
  const failures = new Set<number>();
  for (const s of stems) {
    const family = familyOf(s);
    if (family !== undefined) families.add(family);
    const failure = failureKindOf(s);
    if (failure !== undefined) failures.add(failure);
  }
  return { stems, families, failures };
});

/**
 * Whether the stems name the cause's own failure, and something of what it was about: "the
 * soup was cold" against "the kitchen served the soup cold" ("the kitchen closes at 10" shares
 * a word but names no failure).
 */
export function namesTheSameFailure(stems: string[], cause: CauseMeaning): boolean {
  let shared = false;
  let sameFailure = false;
  for (const stemmed of stems) {
    const failure = failureKindOf(stemmed);
    if (failure !== undefined && cause.failures.has(failure)) sameFailure = true;
    else if (cause.stems.has(stemmed)) shared = true;
  }
  return shared && sameFailure;
}

/** Whether the stems name something going wrong: late, cold, broken, rude, missing… */
export function namesSomeFailure(stems: string[]): boolean {
  for (const stemmed of stems) if (failureKindOf(stemmed) !== undefined) return true;
  return false;
}

/**
 * Whether any of the words (given as their `stem`s) shares a stem or a family with the cause. Where both name a kind
 * of failure, it must be the same kind: "sorry your order arrived late" shares the order with
 * "the courier took the parcel to the wrong address", not what went wrong.
 */
export function sharesMeaning(stems: string[], cause: CauseMeaning): boolean {
  let shared = false;
  let sameFailure = false;
  let otherFailure = false;
  for (const stemmed of stems) {
    const family = familyOf(stemmed);
    if (cause.stems.has(stemmed) || (family !== undefined && cause.families.has(family)))
      shared = true;
    if (cause.failures.size === 0) continue;
    const failure = failureKindOf(stemmed);
    if (failure === undefined) continue;
    if (cause.failures.has(failure)) sameFailure = true;
    else otherFailure = true;
  }
  return shared && (sameFailure || !otherFailure);
}
