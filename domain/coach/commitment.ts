import { CLAUSE_BREAKS, clauseStart, type CoachDocument, normAt } from './document';
import { sentenceCue, wordIn } from './lexemes';
import { PatternSet } from './patterns';
import type { Token } from './tokenize';
import { OUR_STAFF } from './words';

export interface CommitmentFinding {
  kind: 'concrete' | 'vague';
  from: number;
  to: number;
  /** The words that made it vague ("soon", "look into it"), when there are some. */
  vagueFrom?: number;
  vagueTo?: number;
  /** Whether a hedge made it vague: "we'll do our best to…", "hopefully". */
  hedged?: boolean;
}

/** Someone on our side takes on an action ("we'll", "I am going to", "our team will"). */
const OUR_ACTION = new PatternSet<'action'>([
  [
    'i|we [will|shall] [be|also|then|now|definitely|certainly|absolutely|personally|immediately|happily|gladly|still|just|be] will|shall',
    'action',
  ],
  ['i|we will', 'action'],
  ['i|we shall', 'action'],
  ['i|we am|are going to', 'action'],
  // A plan with its time: "we aim to resolve this within 48 hours".
  ['i|we aim|plan|intend|expect to', 'action'],
  ['i|we am|are aiming|planning to', 'action'],
  // "We're hoping to have it fixed by the weekend" ("we're hoping to see you again" is warmth).
  [
    'i|we am|are hoping to have|get|fix|send|finish|open|reopen|deliver|resolve|sort|complete|ship|replace|refund|repair|install|start|book|call',
    'action',
  ],
  [
    'i|we am|are [now|currently|already|actively|still] working|looking|checking|investigating|reviewing|sending|refunding|replacing|issuing|arranging|booking|escalating|processing|following|reaching|calling|fixing|monitoring|organising|organizing|preparing|crediting|taking|raising|passing|bringing|chasing|emailing|texting|contacting',
    'action',
  ],
  [
    'our|the|a|my [support|customer|care|local|store|kitchen|tech|technical|engineering|specialist|delivery|billing|escalations|relations|social|baggage] team|teams|manager|managers|colleague|colleagues|engineer|engineers|specialist|specialists|member|staff|agent|technician|courier|store|department|rep|representative|supervisor|driver|chef|people|folks|someone will|shall',
    'action',
  ],
  [
    'our|the|a|my team|manager|colleague|engineer|specialist|store|department|technician|courier|supervisor|driver|chef|kitchen will|shall',
    'action',
  ],
  [
    'our|the|a|my * team|manager|colleague|engineer|specialist|store|department|technician|courier|supervisor will|shall',
    'action',
  ],
  // "Our billing team is looking into it and will update you": the team, at work on it now.
  [
    'our|the|my [support|customer|care|local|store|kitchen|tech|technical|engineering|delivery|billing|escalations|accounts|returns|repairs] team|teams|manager|managers|colleague|colleagues|engineer|engineers|specialist|specialists|staff|technician|technicians|store|department|supervisor is|are [now|currently|already|actively|still] working|looking|checking|investigating|reviewing|sending|processing|fixing|following|arranging|escalating|preparing|refunding|replacing',
    'action',
  ],
  ['someone|somebody will|shall', 'action'],
  // A department named for the work: "housekeeping will have the room ready by 2pm".
  [
    'housekeeping|reception|maintenance|concierge|security|accounts|billing|support|management|dispatch|logistics|catering will|shall',
    'action',
  ],
  // Handed on, with no one named and no time: "your comments have been passed to the team".
  [
    'your comments|feedback|complaint|concern|concerns|message|email|query|case|request has|have been passed|forwarded|escalated|sent|referred',
    'action',
  ],
  ['team * will', 'action'],
  [
    'they will|are [be] working|looking|reach|contact|call|get|send|follow|fix|refund|replace|be',
    'action',
  ],
  [
    'let me|us check|look|see|find|get|take|fix|sort|arrange|investigate|escalate|make|send|call|follow|contact|review|raise|pass|share|help|refund|replace|confirm|speak|talk|reach|dig',
    'action',
  ],
  // A plan made together, with the team or with them: "let's go through the rota on Monday".
  ['let us go|meet|sit|catch|run|walk|book|set|schedule|plan|arrange', 'action'],
  ['leave it with us|me', 'action'],
  // "We're on it": work taken on, with no time yet.
  ['we|i are|am [already|now] on it', 'action'],
  ['we|i are|am [already|now] on the case', 'action'],
  // What we are sending is coming: "the new dish is on its way and will be with you in 5 minutes".
  ['is|are on its|their|the way', 'action'],
  ['will be with you', 'action'],
  // "Your new order arrives tomorrow before noon", "it's coming today".
  ['arrives|ships|dispatches', 'action'],
  ['is|are coming|arriving|shipping', 'action'],
  ['will be ready', 'action'],
  ['will|should arrive|reach', 'action'],
  // The subject said once for two verbs: "I've spoken to the kitchen and will call you by 6".
  ['and will|shall', 'action'],
  // "We're aware of the outage and working on a fix".
  ['and [now|currently|already|actively|still] working|looking|investigating on|into|at', 'action'],
  // Handing it to someone who will act: "I've asked Priya to call you tomorrow at 11".
  ['i|we have [now|already|just] asked|arranged|instructed|booked|scheduled', 'action'],
  ['this|that|it|your * will be', 'action'],
  // "This won't happen again": a promise about the future, with nothing yet done to keep it.
  ['this|that|it will|shall not|never happen again', 'action'],
  ['this|that|it is not going to happen again', 'action'],
  // What we owe them, on its way: "the refund will be processed in due course".
  [
    'the|your refund|replacement|order|parcel|package|booking|voucher|credit|repair|dish|meal|cake|table|room|invoice will|should be',
    'action',
  ],
  ['this|that|it|your will be', 'action'],
  ['your * * will be', 'action'],
  ['you will|should|shall [be] [then] hear|receive|get|see|be', 'action'],
  // What we owe them, had by then: "you'll have the replacement on Thursday" (not "you'll have
  // to bring the receipt" or "you'll have a lovely time").
  [
    'you will|shall [then] have your|the|a|an [new|full] refund|replacement|order|parcel|package|booking|voucher|credit|repair|money|keys|key|confirmation|invoice|dish|cake|table|room|tickets|results|quote|car|bike|laptop|phone',
    'action',
  ],
  [
    'expect [to] [a|an|our|to] hear|call|reply|response|email|update|refund|replacement|message',
    'action',
  ],
]);

/** A time the person could hold us to. */
const SPECIFIC_TIME = new PatternSet<'time'>([
  ['today', 'time'],
  ['tonight', 'time'],
  ['tomorrow', 'time'],
  ['this morning|afternoon|evening|lunchtime', 'time'],
  [
    'by monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|midday|midnight|lunchtime|eod|cob|close|the|end|next|then',
    'time',
  ],
  ['within * minutes|minute|hours|hour|days|day|weeks|business|working', 'time'],
  ['within the next|hour|day|hour', 'time'],
  ['in * minutes|minute|hours|hour|mins|days|day|weeks|week', 'time'],
  ['in half an hour', 'time'],
  // A range: "in 3-5 working days", "within 2 to 3 hours".
  ['in|within * -|to * minutes|hours|days|weeks|working|business', 'time'],
  ['in * working|business days', 'time'],
  ['at noon|midday|midnight|lunchtime', 'time'],
  ['this week|weekend', 'time'],
  ['over|during the weekend', 'time'],
  ['on monday|tuesday|wednesday|thursday|friday|saturday|sunday', 'time'],
  ['monday|tuesday|wednesday|thursday|friday|saturday|sunday', 'time'],
  ['next monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|morning', 'time'],
  ['first thing', 'time'],
  // A standing time, for a change that holds from now on: "the day before every delivery".
  ['the day|night|morning|evening before|after every|each|your|the', 'time'],
  ['right away|now', 'time'],
  // "I'll send it now." ("we're now looking into it" is not a time).
  ['now .|!|!!|,|;|-', 'time'],
  ['straight away', 'time'],
  ['immediately', 'time'],
  ['at once', 'time'],
  ['before you|close|closing|noon|midday|the|end', 'time'],
  // The day's landmarks: "before lunch", "by dinner service", "after breakfast".
  ['before|by|after lunch|dinner|breakfast|service|opening|lunchtime', 'time'],
  ['end of day|today|the', 'time'],
  // Already sent: "your new steak is on its way now".
  ['its|their way now|already', 'time'],
]);

/** Timing that promises nothing checkable, and phrases that commit to nothing in particular. */
const VAGUE = new PatternSet<'vague'>([
  ['soon', 'vague'],
  ['shortly', 'vague'],
  ['asap', 'vague'],
  ['as soon as possible|we|i|they|it|can', 'vague'],
  ['as quickly as possible|we|i|they|can', 'vague'],
  ['in due course', 'vague'],
  ['at some point', 'vague'],
  ['in the near future', 'vague'],
  ['in the future', 'vague'],
  ['eventually', 'vague'],
  ['when we can', 'vague'],
  ['when possible', 'vague'],
  ['look|looking into', 'vague'],
  ['take|have|taking [a] [closer|further|quick] look', 'vague'],
  ['get back to you', 'vague'],
  ['go from there', 'vague'],
  ['pass|passed|passing on|along', 'vague'],
  ['be in touch', 'vague'],
  ['see what we|i can', 'vague'],
  ['do our|my best', 'vague'],
  ['working on it|this|that', 'vague'],
  ['working [hard] to', 'vague'],
  ['keep you posted|updated|informed', 'vague'],
  ['get [this|it|that] sorted|resolved|fixed', 'vague'],
  // "Will sort it.", "I'll sort this out": taken on, with no time.
  ['sort it|this|that [out]', 'vague'],
  ['reach out', 'vague'],
  ['follow up', 'vague'],
  ['at a later date', 'vague'],
  ['later', 'vague'],
]);

/**
 * A promise hedged as it is made: "we'll do our best to get it to you this week", "we're
 * hoping to have it fixed by the weekend", "I'll try to call you by 5". The time is there, the
 * promise is not: they cannot hold us to it.
 */
const HEDGED = new PatternSet<true>([
  ['do our|my best', true],
  ['try|trying to', true],
  ['hope|hoping to', true],
  ['hopefully', true],
  ['if all goes well', true],
  ['if all goes to plan', true],
  ['fingers crossed', true],
]);

const DISCRETE_ACTIONS = new Set([
  'send',
  'sending',
  'refund',
  'refunding',
  'call',
  'calling',
  'connect',
  'email',
  'replace',
  'issue',
  'issuing',
  'credit',
  'book',
  'cancel',
  'arrange',
  'bring',
  'make',
  'contact',
  'check',
  'dispatch',
  'ship',
  'process',
  'remove',
  'add',
  'reach',
  'transfer',
  'escalate',
  'forward',
  'message',
  'reply',
  'respond',
  'text',
  'fix',
  'ring',
  // The work itself, done by the named person: "Marco will bake a new one for 3 pm".
  'bake',
  'cook',
  'deliver',
  'repair',
  'redo',
  'install',
  'visit',
  // "Sam will pop round on Thursday", "Jo will come by at 4".
  'pop',
  'drop',
  'come',
  'collect',
  'prepare',
  'post',
  'remake',
  'resend',
  'rebook',
  'reprint',
  'reorder',
  'reschedule',
  'reissue',
  'serve',
  'clean',
  'order',
  // "Priya will swap the filter by Friday", "Tom will restock the bar before service".
  'swap',
  'change',
  'update',
  'restock',
  'return',
  'print',
  'test',
  'reset',
  'unblock',
]);
const isDiscreteAction = wordIn(DISCRETE_ACTIONS);

/** Vague phrases that announce work of ours even without a subject ("look into it soon"). */
const OUR_VAGUE_WORK = new Set(['look', 'get', 'go', 'pass', 'passed', 'keep', 'working', 'sort']);
/** Vague phrases that give no time: "soon", "as soon as possible", "in due course". */
const VAGUE_TIMES = new Set([
  'soon',
  'shortly',
  'asap',
  'as',
  'in',
  'at',
  'eventually',
  'when',
  'later',
]);
/** What makes "later" a time: "later today", "later this afternoon". */
const LATER_ON = new Set(['today', 'tonight', 'this']);
/** Times that mean now: "right away", "straight away", "immediately", "at once", "now". */
const IMMEDIATELY = new Set(['right', 'straight', 'immediately', 'at', 'now']);

/**
 * The strongest commitment in the text. Concrete means our action plus a time the person can
 * hold us to ("I'll call you by 5pm today"); "now" or "right away" count for a discrete action.
 * Vague means we take something on without a time, or with "soon" or "ASAP".
 */
export function findCommitments(doc: CoachDocument): CommitmentFinding[] {
  const { tokens } = doc;
  const found: CommitmentFinding[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.asks) continue;
    const ours = OUR_ACTION.findAll(tokens, sentence.from, sentence.to);
    const named =
      (sentence.cues & FUTURE) !== 0 ? namedColleagueActs(tokens, sentence.from, sentence.to) : [];
    const candidates = named.length ? [...ours, ...named] : ours;
    const actions = candidates.length
      ? candidates.filter(
          (m) =>
            !isPurposeOrCondition(tokens, m.from, sentence.from) &&
            !fromSomeoneElse(tokens, m, sentence.to) &&
            !askedOfThem(tokens, m) &&
            !whatTheyShouldGet(tokens, m) &&
            !refuses(tokens, m) &&
            !onlyForetells(tokens, m) &&
            !checksOurUnderstanding(tokens, m) &&
            !warnsOfWhatWeMustDo(tokens, m, sentence.from) &&
            (tokens[m.from]!.norm !== 'and' || carriesOurSubject(tokens, sentence.from, m.from)),
        )
      : candidates;
    const vagueStandalone = VAGUE.findAll(tokens, sentence.from, sentence.to);
    if (!actions.length) {
      // "Look into it soon" without a subject still announces vague work on our side.
      const own = vagueStandalone.find(
        (m) =>
          OUR_VAGUE_WORK.has(tokens[m.from]!.norm) &&
          // "Sort it out yourselves" tells them to; "will sort it" takes it on.
          !(tokens[m.from]!.norm === 'sort' && tokens[m.from - 1]?.kind !== 'word') &&
          !isPurposeOrCondition(tokens, m.from, sentence.from) &&
          !requestedOfThem(tokens, m.from, sentence.from),
      );
      if (own)
        found.push({
          kind: 'vague',
          from: sentence.from,
          to: sentence.to,
          vagueFrom: own.from,
          vagueTo: own.to,
        });
      continue;
    }
    const times = [
      ...SPECIFIC_TIME.findAll(tokens, sentence.from, sentence.to),
      ...clockTimesAndDates(tokens, sentence.from, sentence.to),
    ];
    // "Later today" names the day; "later" alone does not.
    const vague = vagueStandalone.find(
      (m) =>
        VAGUE_TIMES.has(tokens[m.from]!.norm) &&
        !(tokens[m.from]!.norm === 'later' && LATER_ON.has(tokens[m.to]?.norm ?? '')),
    );
    const immediate = times.find((t) => IMMEDIATELY.has(tokens[t.from]!.norm));
    const dated = times.find((t) => t !== immediate);
    const action = actions[0]!;
    const verbIsDiscrete = hasDiscreteVerb(tokens, action.from, sentence.to);
    // A hedge before the time governs the promise; "I'll call you at 5, and I hope to have
    // good news" hedges only the news.
    const when = dated ?? immediate;
    const hedge = HEDGED.findAll(tokens, sentence.from, sentence.to).find(
      (h) => when === undefined || h.from < when.from,
    );
    if (!vague && !hedge && (dated || (immediate && verbIsDiscrete))) {
      found.push({ kind: 'concrete', from: sentence.from, to: sentence.to });
    } else {
      const cue = vague ?? hedge ?? vagueStandalone[0];
      found.push({
        kind: 'vague',
        from: sentence.from,
        to: sentence.to,
        ...(cue
          ? { vagueFrom: cue.from, vagueTo: cue.to }
          : { vagueFrom: action.from, vagueTo: action.to }),
        ...(!vague && hedge ? { hedged: true } : {}),
      });
    }
  }
  return found;
}

const CLOCK = /^\d{1,2}(?::\d{2})?(?:am|pm)$|^\d{1,2}:\d{2}$/;
const HOUR = /^\d{1,2}$/;
const DAY_OF_MONTH = /^\d{1,2}(?:st|nd|rd|th)?$/;
const BEFORE_A_TIME = new Set(['by', 'at', 'before', 'until', 'till', 'around']);
const ORDINAL_DAY = /^\d{1,2}(?:st|nd|rd|th)$/;
const ON_A_DAY = new Set(['on', 'by', 'before', 'until', 'till']);
const AFTER_AN_HOUR = new Set(['am', 'pm', 'oclock', "o'clock"]);
const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/**
 * Times of day and dates a person can hold us to: "4pm", "10:30", "by 4", "4 pm", "March 3",
 * "3rd of May". A month name counts only beside a day number ("may" is mostly a verb).
 */
function clockTimesAndDates(tokens: Token[], from: number, to: number) {
  const found: Array<{ from: number; to: number }> = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'number') continue;
    const before = normAt(tokens, i - 1);
    const after = i + 1 < to ? tokens[i + 1]!.norm : '';
    const afterThat = i + 2 < to ? tokens[i + 2]!.norm : '';
    if (
      CLOCK.test(token.norm) ||
      (HOUR.test(token.norm) && (AFTER_AN_HOUR.has(after) || BEFORE_A_TIME.has(before)))
    )
      found.push({ from: i, to: i + 1 });
    else if (
      DAY_OF_MONTH.test(token.norm) &&
      (MONTHS.has(before) || MONTHS.has(after) || (after === 'of' && MONTHS.has(afterThat)))
    )
      found.push({ from: i, to: i + 1 });
    // "on the 5th", "by the 12th": a day of this month.
    else if (
      ORDINAL_DAY.test(token.norm) &&
      before === 'the' &&
      ON_A_DAY.has(normAt(tokens, i - 2))
    )
      found.push({ from: i, to: i + 1 });
  }
  return found;
}

function hasDiscreteVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isDiscreteAction(tokens[i]!.lex)) return true;
  return false;
}

/** Capitalised words that start sentences without naming anyone. */
const NOT_A_NAME = new Set([
  'it',
  'this',
  'that',
  'there',
  'they',
  'you',
  'he',
  'she',
  'we',
  'i',
  'nobody',
  'no',
  'nothing',
  'someone',
  'everyone',
  'what',
  'who',
  'which',
  'when',
  'if',
  'please',
]);

/**
 * "Priya will call you by 4 pm", "Marco is going to bring a new plate": a colleague named as
 * the owner of the action, the promise the method asks for. A capitalised word counts as a
 * name only when a concrete action follows ("Sunday will be busy" names no one who acts).
 */
/** Sentences with "will", "shall" or "going": only they can say a colleague will act. */
const FUTURE = sentenceCue((norm) => norm === 'will' || norm === 'shall' || norm === 'going');

function namedColleagueActs(tokens: Token[], from: number, to: number) {
  const found: Array<{ from: number; to: number }> = [];
  for (let i = from; i < to - 2; i++) {
    // The auxiliary first: it rules out almost every word without a look at its letters.
    let verb = i + 1;
    const auxiliary = tokens[verb]!.norm;
    if (auxiliary === 'will' || auxiliary === 'shall') verb++;
    else if (auxiliary === 'is' && tokens[verb + 1]?.norm === 'going') verb += 3;
    else continue;
    const name = tokens[i]!;
    if (name.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(name.raw) || NOT_A_NAME.has(name.norm))
      continue;
    if (tokens[verb]?.norm === 'personally' || tokens[verb]?.norm === 'also') verb++;
    if (DISCRETE_ACTIONS.has(tokens[verb]?.norm ?? '')) found.push({ from: i, to: verb });
  }
  return found;
}

/** "so we can follow up" and "if we can" describe purposes or conditions, not promises. */
function isPurposeOrCondition(tokens: Token[], at: number, sentenceFrom: number): boolean {
  const before = normAt(tokens, at - 1);
  const twoBefore = normAt(tokens, at - 2);
  if (
    before === 'so' ||
    before === 'if' ||
    before === 'unless' ||
    before === 'whether' ||
    before === 'hope' ||
    before === 'to'
  )
    return true;
  if (before === 'that' && (twoBefore === 'so' || twoBefore === 'hope')) return true;
  // "We need it by 7, or we'll have to source elsewhere": what we will do if they don't.
  if (before === 'or' || before === 'otherwise' || (before === ',' && twoBefore === 'otherwise'))
    return true;
  // "If it arrives damaged…", "when your parcel is coming…": a condition on its arrival.
  if (ARRIVING.has(tokens[at]!.norm)) {
    for (let i = Math.max(sentenceFrom, at - 3); i < at; i++)
      if (WHEN_OR_IF.has(tokens[i]!.norm)) return true;
  }
  return at > sentenceFrom && before === 'can' && twoBefore === 'we';
}

/**
 * Whether "and will…" at `at` carries on from a subject on our side: the first word of its
 * clause is "we" or "I" ("Thanks, I've noted it and will tell the team today"), or one of us
 * ("the kitchen knows and will have it out in five minutes"). "You'll get an email and will
 * need to click the link" tells them what they will do.
 */
function carriesOurSubject(tokens: Token[], sentenceFrom: number, at: number): boolean {
  let start = at;
  while (start > sentenceFrom && !CLAUSE_BREAKS.has(tokens[start - 1]!.raw)) start--;
  const subject = clauseStart(tokens, start, at);
  const first = tokens[subject]?.norm ?? '';
  if (first === 'we' || first === 'i') return true;
  return (
    (first === 'our' || first === 'the' || first === 'my') &&
    OUR_STAFF.has(tokens[subject + 1]?.norm ?? '')
  );
}
const ARRIVING = new Set(['arrives', 'ships', 'dispatches', 'is', 'are', 'will', 'should']);
const WHEN_OR_IF = new Set(['if', 'when', 'once', 'unless', 'until', 'whenever']);

/** "Please let us know…", "could you take a look…": asked of the person, not promised by us. */
function requestedOfThem(tokens: Token[], at: number, sentenceFrom: number): boolean {
  for (let i = Math.max(sentenceFrom, at - 4); i < at; i++)
    if (['please', 'you', 'can', 'could'].includes(tokens[i]!.norm)) return true;
  return false;
}

/**
 * "We will not refund a finished cut", "I won't apologise for that": a refusal takes nothing
 * on. "We won't let this happen again" and "I won't rest until it's found" still promise.
 */
function refuses(tokens: Token[], action: { to: number }): boolean {
  const next = tokens[action.to]?.norm;
  if (next !== 'not' && next !== 'never') return false;
  const verb = tokens[action.to + 1]?.norm;
  return verb !== 'let' && verb !== 'rest' && verb !== 'stop';
}

/**
 * "If it happens again we'll have to look at other suppliers": what we would be driven to,
 * a warning, not work taken on ("if you send a photo, we'll replace it today" promises).
 */
function warnsOfWhatWeMustDo(
  tokens: Token[],
  match: { from: number; to: number },
  sentenceFrom: number,
): boolean {
  if (tokens[match.to]?.norm !== 'have' || tokens[match.to + 1]?.norm !== 'to') return false;
  const opening = tokens[clauseStart(tokens, sentenceFrom, match.from)]?.norm;
  return opening === 'if' || opening === 'unless';
}

/**
 * "Let me make sure I have this right", "let me check I've understood": checking that we heard
 * them, not work taken on ("let me check the booking" is).
 */
function checksOurUnderstanding(tokens: Token[], match: { from: number; to: number }): boolean {
  if (tokens[match.from]!.norm !== 'let') return false;
  for (let i = match.to; i < match.to + 4 && i + 1 < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    if (norm !== 'i' && norm !== 'we') continue;
    const verb = tokens[i + 1]!.norm;
    if (verb === 'understand' || verb === 'understood' || verb === 'heard') return true;
    // "…I have this right", "…I've got it straight" ("…we have your address" is a check).
    if (
      (verb === 'have' || verb === 'got') &&
      (RIGHTLY.has(normAt(tokens, i + 3)) || RIGHTLY.has(normAt(tokens, i + 4)))
    )
      return true;
  }
  return false;
}
const RIGHTLY = new Set(['right', 'straight', 'correct', 'correctly']);

/**
 * "I'm sure it will be fine", "that'll be because the oven was off": a forecast or a reason,
 * not something we take on ("it will be ready by 5" is).
 */
function onlyForetells(tokens: Token[], match: { from: number; to: number }): boolean {
  return (
    tokens[match.to - 1]!.norm === 'be' &&
    normAt(tokens, match.to - 2) === 'will' &&
    FORECASTS.has(tokens[match.to]?.norm ?? '')
  );
}
const FORECASTS = new Set([
  'fine',
  'ok',
  'okay',
  'alright',
  'great',
  'lovely',
  'perfect',
  'nice',
  'good',
  'better',
  'worth',
  'because',
  'busy',
  'quiet',
]);

/** "This isn't what you should get from us" says what they deserve, not what we will do. */
function whatTheyShouldGet(tokens: Token[], match: { from: number; to: number }): boolean {
  const before = normAt(tokens, match.from - 1);
  return (
    tokens[match.from]!.norm === 'you' &&
    tokens[match.from + 1]?.norm === 'should' &&
    (before === 'what' || before === 'which')
  );
}

/** "I have asked you for the receipt" is a request we made of them, not work we set going. */
function askedOfThem(tokens: Token[], match: { from: number; to: number }): boolean {
  const verb = tokens[match.to - 1]!.norm;
  return (verb === 'asked' || verb === 'instructed') && tokens[match.to]?.norm === 'you';
}

const OUR_SIDE = new Set(['us', 'me', 'our', 'my', 'we', 'i']);

/** "You will receive a call from your bank": something will happen, but not by our hand. */
function fromSomeoneElse(
  tokens: Token[],
  match: { from: number; to: number },
  to: number,
): boolean {
  if (tokens[match.from]!.norm !== 'you') return false;
  for (let i = match.to; i < to - 1; i++) {
    if (tokens[i]!.norm !== 'from') continue;
    return !OUR_SIDE.has(tokens[i + 1]!.norm);
  }
  return false;
}
