import { CLAUSE_BREAKS, spanOf, type CoachDocument, normAt } from './document';
import { sentenceCue, wordIn } from './lexemes';
import type { Token } from './tokenize';
import { isPastForm } from './words';

export type QuestionType = 'open' | 'closed';

export interface Question {
  type: QuestionType;
  from: number;
  to: number;
}

const WH_WORDS = new Set([
  'what',
  'how',
  'why',
  'where',
  'when',
  'which',
  'who',
  'whom',
  'whose',
  'whats',
]);
const AUXILIARIES = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'am',
  'can',
  'could',
  'would',
  'will',
  'should',
  'shall',
  'may',
  'might',
  'have',
  'has',
  'had',
  'must',
]);
const SUBJECTS = new Set([
  'i',
  'you',
  'we',
  'they',
  'he',
  'she',
  'it',
  'that',
  'this',
  'there',
  'your',
  'the',
  'u',
  'y',
  'everything',
  'anything',
  'anyone',
  'someone',
  'all',
]);

/** Verbs that invite the person to tell their story: "can you tell me what happened?". */
const TELLING_VERBS = new Set([
  'tell',
  'describe',
  'explain',
  'share',
  'walk',
  'elaborate',
  'expand',
  'clarify',
  'say',
  'talk',
  // After "mind" or "by" only (see `GERUND_ASKS`): "would you mind telling me more?".
  'telling',
  'describing',
  'explaining',
  'sharing',
  'walking',
  'elaborating',
  'expanding',
  'clarifying',
]);
/** The same sets, answered from a word's entry in the loops that ask them of every word. */
const isWhWord = wordIn(WH_WORDS);
const isAuxiliary = wordIn(AUXILIARIES);
const isTellingVerb = wordIn(TELLING_VERBS);
/**
 * Where a telling verb in -ing asks them to tell: "would you mind telling me…", "could you
 * start by describing…". Elsewhere it asks what they are doing: "are you telling me it was
 * empty?", "were you sharing the table?".
 */
const GERUND_ASKS = new Set(['mind', 'by']);
const ELABORATION = new Set([
  'more',
  'details',
  'detail',
  'info',
  'information',
  'about',
  'else',
  'example',
  'examples',
]);

/**
 * Each sentence that asks something is one question. A sentence asks when it ends in "?", or
 * when it opens with an inverted auxiliary or a question word and is not closed by a full
 * stop — chat messages often drop the question mark ("can you send me the receipt").
 */
export function findQuestions(doc: CoachDocument): Question[] {
  const questions: Question[] = [];
  for (let index = 0; index < doc.sentences.length; index++) {
    const sentence = doc.sentences[index]!;
    const start = doc.clauseStarts[index]!;
    if (start >= sentence.to) {
      // "…the same time. Yeah?", "OK?": a tag on its own asks them to agree.
      if (sentence.asks && sentence.words > 0)
        questions.push({ type: 'closed', from: sentence.from, to: sentence.to });
      continue;
    }
    const asks =
      sentence.asks ||
      (sentence.terminal === '' && opensAsQuestion(doc.tokens, start, sentence.to));
    if (!asks) {
      // "Tell me what happened." asks, and openly, with no question mark; so does "I was
      // wondering what you thought", and "I wonder whether you'd like a refund" asks for a yes.
      const type = invitesTheirStory(doc.tokens, start, sentence.to)
        ? 'open'
        : (wondersOfThem(doc.tokens, start, sentence.to) ??
          wishesToHear(doc.tokens, start, sentence.to) ??
          ((sentence.cues & REACHING_OUT_WORDS) !== 0
            ? checksIn(doc.tokens, sentence.from, sentence.to)
            : null));
      if (type) questions.push({ type, from: sentence.from, to: sentence.to });
      continue;
    }
    questions.push({
      type: classify(doc.tokens, start, sentence.to),
      from: sentence.from,
      to: sentence.to,
    });
  }
  return questions;
}

const ASKED_OF = new Set(['me', 'us']);
/** Question words that ask for a view or an account rather than a fact. */
const VIEW_WORDS = new Set(['what', 'how', 'why']);
/** "…any thoughts about what…", "…any ideas on how…", "…a sense of why…". */
const THEIR_OWN_VIEW = new Set(['thought', 'thoughts', 'sense', 'idea', 'ideas']);
const VIEW_LINKS = new Set(['about', 'of', 'on']);
/** Words that soften a request without changing what is asked: "tell me a little bit more". */
const SOFTENERS = new Set(['a', 'little', 'bit', 'few', 'things']);

/**
 * An imperative that asks for their account: "tell me what happened", "walk us through it",
 * "describe the dish", "help me understand". "Tell me your order number" asks for a fact, so
 * "tell" needs what, how, why, about or more after it.
 */
function invitesTheirStory(tokens: Token[], start: number, to: number): boolean {
  let i = start;
  if (tokens[i]?.norm === 'please') i++;
  const verb = tokens[i]?.norm ?? '';
  const next = tokens[i + 1]?.norm ?? '';
  const after = tokens[i + 2]?.norm ?? '';
  if (i + 2 >= to) return false;
  if (verb === 'tell' && ASKED_OF.has(next)) {
    // "tell me a little bit more about…", "tell us a bit about…"
    let k = i + 2;
    while (k < to && SOFTENERS.has(tokens[k]!.norm)) k++;
    const what = tokens[k]?.norm ?? '';
    return WH_WORDS.has(what) || what === 'about' || what === 'more';
  }
  if ((verb === 'walk' || verb === 'talk') && ASKED_OF.has(next)) return after === 'through';
  // "Fill me in on what happened at the door."
  if (verb === 'fill' && ASKED_OF.has(next)) return after === 'in';
  if (verb === 'help' && ASKED_OF.has(next)) return after === 'understand';
  return verb === 'describe';
}

/**
 * "I'd love to hear more about what happened", "I'd like to know how the evening went", "I'm
 * curious what you'd like us to do": a wish to hear their account, put as a statement, asks
 * for it. "I'd like to know if the table suited you" asks for a yes.
 */
function wishesToHear(tokens: Token[], start: number, to: number): QuestionType | null {
  let i = start;
  if (tokens[i]?.norm !== 'i' && tokens[i]?.norm !== 'we') return null;
  i++;
  const verb = tokens[i]?.norm;
  if (verb === 'am' || verb === 'are') {
    if (tokens[i + 1]?.norm !== 'curious') return null;
    i += 2;
    if (tokens[i]?.norm === 'to' && HEARING_WORDS.has(tokens[i + 1]?.norm ?? '')) i += 2;
  } else {
    if (verb === 'would') i++;
    if (tokens[i]?.norm !== 'love' && tokens[i]?.norm !== 'like') return null;
    if (tokens[i + 1]?.norm !== 'to' || !HEARING_WORDS.has(tokens[i + 2]?.norm ?? '')) return null;
    i += 3;
  }
  if (i >= to) return null;
  const asked = tokens[i]!.norm;
  if (asked === 'if' || asked === 'whether') return 'closed';
  // "…your thoughts on the new menu" asks for their view; "…your order number" for a fact.
  const theirView = asked === 'your' && VIEWS.has(tokens[i + 1]?.norm ?? '');
  return WH_WORDS.has(asked) || asked === 'more' || asked === 'about' || theirView ? 'open' : null;
}
const HEARING_WORDS = new Set(['hear', 'know', 'understand', 'learn']);

/**
 * "Just checking in to see how the new phone is working for you", "I'm writing to ask whether
 * the refund came through": a follow-up put as what we are doing, asking about them. ("We're
 * checking to see what went wrong" is work of ours, and asks nothing.)
 */
function checksIn(tokens: Token[], from: number, to: number): QuestionType | null {
  for (let i = from; i < Math.min(to, from + 8); i++) {
    const norm = tokens[i]!.norm;
    let next = i + 1;
    if (norm === 'checking' && tokens[next]?.norm === 'in') next++;
    else if (!REACHING_OUT.has(norm)) continue;
    if (tokens[next]?.norm !== 'to' || !FINDING_OUT.has(tokens[next + 1]?.norm ?? '')) return null;
    let asked = next + 2;
    if (tokens[asked]?.norm === 'out') asked++;
    const word = tokens[asked]?.norm ?? '';
    const type =
      word === 'if' || word === 'whether' ? 'closed' : WH_WORDS.has(word) ? 'open' : null;
    if (type === null) return null;
    for (let k = asked + 1; k < to; k++)
      if (tokens[k]!.norm === 'you' || tokens[k]!.norm === 'your') return type;
    return null;
  }
  return null;
}
const REACHING_OUT = new Set(['writing', 'messaging', 'emailing', 'texting', 'calling', 'ringing']);
/** Sentences with one of those words, or "checking": the others are not read for it. */
const REACHING_OUT_WORDS = sentenceCue((norm) => norm === 'checking' || REACHING_OUT.has(norm));
const FINDING_OUT = new Set(['see', 'ask', 'find', 'check', 'hear']);
const VIEWS = new Set([
  'thoughts',
  'view',
  'views',
  'side',
  'story',
  'experience',
  'feedback',
  'take',
]);

/**
 * "I was wondering if you could…", "I wonder what you made of it": a question put as our own
 * thought, asked of them when "you" comes right after (not "I wonder if the oven was off").
 */
function wondersOfThem(tokens: Token[], start: number, to: number): QuestionType | null {
  let i = start;
  if (tokens[i]?.norm !== 'i') return null;
  i++;
  if (tokens[i]?.norm === 'was' || tokens[i]?.norm === 'am') i++;
  if (tokens[i]?.norm !== 'wondering' && tokens[i]?.norm !== 'wonder') return null;
  const asked = tokens[i + 1]?.norm ?? '';
  // "I wonder if you could tell me a bit more" asks for their story, as it does with a "?".
  const type =
    asked === 'if' || asked === 'whether'
      ? youAreAskedToTell(tokens, i + 2, to)
        ? 'open'
        : 'closed'
      : WH_WORDS.has(asked)
        ? 'open'
        : null;
  return type !== null && mentionsYou(tokens, i + 2, to) ? type : null;
}

function opensAsQuestion(tokens: Token[], start: number, to: number): boolean {
  const first = tokens[start]!.norm;
  const second = tokens[start + 1]?.norm ?? '';
  // "and then what happened", "who took the order": the question word is the subject ("what
  // happened was the oven broke" tells).
  if (ASKED_AS_SUBJECT.has(first) && isPastForm(second)) return !tellsAfter(tokens, start + 2, to);
  if (to - start < 3) return false;
  const third = tokens[start + 2]?.norm ?? '';
  // "what happened", "where are you", "what time did you arrive".
  if (WH_WORDS.has(first))
    return (
      AUXILIARIES.has(second) ||
      second === 'not' ||
      SUBJECTS.has(second) ||
      AUXILIARIES.has(third) ||
      // "what time suits you", "which day works for you".
      (third.length > 3 && third.endsWith('s') && mentionsYou(tokens, start + 3, to))
    );
  if (AUXILIARIES.has(first) && (SUBJECTS.has(second) || second === 'not')) return true;
  // "would Tuesday work for you", "does 3pm suit you": an offer put to them.
  return ASKING_OPENERS.has(first) && mentionsYou(tokens, start + 2, to);
}

/** Question words that can be a sentence's subject: "what happened", "who served you". */
const ASKED_AS_SUBJECT = new Set(['what', 'who']);
const COPULAS = new Set(['is', 'was', 'are', 'were']);

/** Whether a copula follows: "what happened was…" answers instead of asking. */
function tellsAfter(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (COPULAS.has(tokens[i]!.norm)) return true;
  return false;
}

/** Auxiliaries that open a question even before a subject of their own ("will call you" does not). */
const ASKING_OPENERS = new Set(['would', 'could', 'does', 'do', 'is', 'are']);

/** Who else a question can be about, right after its auxiliary: "did the driver say…". */
const OTHER_SUBJECTS = new Set([
  'the',
  'he',
  'she',
  'they',
  'his',
  'her',
  'their',
  'our',
  'my',
  'a',
  'an',
  'someone',
  'somebody',
  'anyone',
  'anybody',
]);

function mentionsYou(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + 3); i++) {
    const norm = tokens[i]!.norm;
    if (norm === 'you' || norm === 'your' || norm === 'u') return true;
  }
  return false;
}

function classify(tokens: Token[], start: number, to: number): QuestionType {
  const opening = tokens[start]!.norm;
  // "When you got home, was the box damaged?": a clause of time sets the scene, and the
  // question is what follows it; with no question after it ("When you use it, it would be
  // somewhere else?") the sentence states something and asks for a yes.
  if (opening === 'when' && SUBJECTS.has(tokens[start + 1]?.norm ?? '')) {
    const clause = lastQuestionClause(tokens, start, to);
    return clause > start ? classify(tokens, clause, to) : 'closed';
  }
  const type = classifyFromHead(tokens, start, to);
  // "I'm sorry about the wait, could you tell us what happened?": after a statement, the
  // question proper is the last clause that opens like one.
  if (type === 'closed' && !WH_WORDS.has(opening) && !AUXILIARIES.has(opening)) {
    const clause = lastQuestionClause(tokens, start, to);
    if (clause > start) return classify(tokens, clause, to);
  }
  return type;
}

function classifyFromHead(tokens: Token[], start: number, to: number): QuestionType {
  // The interrogative clause can follow a lead-in: "Without giving details, can you…".
  let head = start;
  for (let i = start; i < to; i++) {
    const lex = tokens[i]!.lex;
    if ((isWhWord(lex) && !hedges(tokens, i, to)) || isAuxiliary(lex)) {
      head = i;
      break;
    }
    if (tokens[i]!.raw === ',' && i + 1 < to) continue;
    if (i - start > 6) break;
  }
  // "Anything else that's worrying you?" asks them to go on, whatever verb follows.
  if (tokens[start]!.norm === 'anything' && tokens[start + 1]?.norm === 'else') return 'open';
  const first = tokens[head]!.norm;
  // "You're going to do what?", "Acting out would be what?": the question word left in place
  // asks for their words, whatever the sentence opened with ("…or what?" only presses for a yes).
  const last = lastWordAt(tokens, start, to);
  const inSitu =
    last > head && WH_WORDS.has(tokens[last]!.norm) && normAt(tokens, last - 1) !== 'or';
  if (inSitu) return 'open';
  // "If you were to look at this form, what would you put down?": the question proper comes
  // after a clause that sets it up.
  const setUp = tokens[start]!.norm === 'if' || (!WH_WORDS.has(first) && !AUXILIARIES.has(first));
  if (setUp && asksWhLater(tokens, start, to)) return 'open';
  if (WH_WORDS.has(first)) {
    // "Which would you prefer, Tuesday or Wednesday?" offers a choice of two.
    if (endsWithChoice(tokens, head, to)) return 'closed';
    // "What time…", "Which store…" still ask the person to say something of their own.
    return 'open';
  }
  if (AUXILIARIES.has(first)) {
    // "Can you tell me what happened?" and "could you share more details?" invite a story.
    let weTell = false;
    // "Did the technician explain what he was replacing?" asks about someone else's telling.
    const otherTells = OTHER_SUBJECTS.has(tokens[head + 1]?.norm ?? '');
    for (let i = head + 1; i < Math.min(to, head + 7); i++) {
      const norm = tokens[i]!.norm;
      // "Is it okay if I share…?", "Can we talk about that?" ask leave for us to speak: the
      // answer is yes or no.
      if (norm === 'i' || norm === 'we') weTell = true;
      else if (norm === 'you') weTell = false;
      if (
        isTellingVerb(tokens[i]!.lex) &&
        !weTell &&
        !otherTells &&
        (!norm.endsWith('ing') || GERUND_ASKS.has(tokens[i - 1]!.norm))
      ) {
        const after = tokens[i + 1]?.norm ?? '';
        if (norm === 'say' && !WH_WORDS.has(after) && !ELABORATION.has(after)) continue;
        // "Did you tell the waiter?" asks about a telling; "can you tell me what…" asks for one.
        if (
          (norm === 'tell' || norm === 'telling') &&
          !['me', 'us', 'more', 'about'].includes(after) &&
          !WH_WORDS.has(after)
        )
          continue;
        // "Could you tell me whether the salon is open?" asks for a yes or a no.
        const asked = ASKED_OF.has(after) ? (tokens[i + 2]?.norm ?? '') : after;
        if (asked === 'whether' || asked === 'if') return 'closed';
        return 'open';
      }
      if (norm === 'provide' || norm === 'give' || norm === 'send') {
        for (let j = i + 1; j < Math.min(to, i + 5); j++)
          if (ELABORATION.has(tokens[j]!.norm) && tokens[j]!.norm !== 'about') return 'open';
      }
      const next = tokens[i + 1]?.norm ?? '';
      // "Can you let us know what was promised?", "may we know when it was taken?" ask them to
      // tell; "do you know what time it was?" asks whether they know.
      if ((norm === 'know' || norm === 'remember') && (WH_WORDS.has(next) || next === 'more')) {
        const asking = normAt(tokens, i - 2) === 'let' && ASKED_OF.has(normAt(tokens, i - 1));
        return asking || weTell ? 'open' : 'closed';
      }
      // "Could you show us what is on the screen?", "send me what store it was".
      if (
        (norm === 'show' || norm === 'send') &&
        ASKED_OF.has(next) &&
        WH_WORDS.has(tokens[i + 2]?.norm ?? '')
      )
        return 'open';
      // "Can I ask you, what do you like about it?": the real question is the embedded one.
      if (
        (norm === 'ask' ||
          norm === 'wondering' ||
          norm === 'wonder' ||
          norm === 'think' ||
          norm === 'hear') &&
        whAfterRequest(tokens, i + 1, to)
      )
        return 'open';
      // "Have you had any thoughts about what might be causing it?", "do you have a sense of
      // what worried her?", "have you got any ideas on what would make this right?": their own
      // view of it is asked for, not a yes ("have you thought about when…" asks for a time).
      if (
        THEIR_OWN_VIEW.has(norm) &&
        VIEW_LINKS.has(tokens[i + 1]?.norm ?? '') &&
        VIEW_WORDS.has(tokens[i + 2]?.norm ?? '')
      )
        return 'open';
      // "Can you think of anything else you could do?" asks them for ideas of their own.
      if (
        norm === 'think' &&
        tokens[i + 1]?.norm === 'of' &&
        (tokens[i + 2]?.norm === 'anything' || tokens[i + 2]?.norm === 'any')
      )
        return 'open';
      if (norm === 'anything' && tokens[i + 1]?.norm === 'else') return 'open';
    }
    // "Have you ever had other interests, like, what do you do when you're not with them?":
    // the yes-no opening gives way to a question of its own.
    if (whClauseAfterBreak(tokens, head + 1, to)) return 'open';
    if (youAreAskedToTell(tokens, head + 1, to)) return 'open';
    return 'closed';
  }
  // "So tell me a bit more about your visit?" invites their story, question mark or not.
  if (invitesTheirStory(tokens, start, to)) return 'open';
  // A statement with a question mark ("You've been drinking more?") asks for a yes or no,
  // unless it asks the person to go on ("And then?").
  const words = to - start;
  for (let i = start; i < Math.min(to, start + 6); i++) {
    if (
      (tokens[i]!.norm === 'wondering' || tokens[i]!.norm === 'curious') &&
      WH_WORDS.has(tokens[i + 1]?.norm ?? '')
    )
      return 'open';
  }
  if (words <= 3 && ['then', 'else', 'and', 'because', 'like'].includes(normAt(tokens, to - 2)))
    return 'open';
  // "I'm wondering if you could tell me a little about how it happened?"
  if (youAreAskedToTell(tokens, start, to)) return 'open';
  if (whClauseAfterBreak(tokens, start + 1, to)) return 'open';
  return 'closed';
}

/**
 * Whether the question ends with the options it offers, after a comma: "…, Tuesday or
 * Wednesday?", "…, a refund or a replacement?" (a few words joined by "or", no clause of
 * their own).
 */
function endsWithChoice(tokens: Token[], from: number, to: number): boolean {
  let comma = -1;
  for (let i = to - 1; i > from; i--)
    if (tokens[i]!.raw === ',') {
      comma = i;
      break;
    }
  if (comma < 0) return false;
  let or = false;
  let words = 0;
  for (let i = comma + 1; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind === 'punct') continue;
    const norm = token.norm;
    if (norm === 'or') or = true;
    else if (AUXILIARIES.has(norm) || WH_WORDS.has(norm) || SUBJECTS.has(norm)) {
      // "the" opens an option ("the fish or the lamb"); other subjects start a clause.
      if (norm !== 'the') return false;
    }
    words++;
  }
  return or && words <= 7;
}

/** Sounds that hold a place in speech without meaning anything: "uh", "um", "mm". */
const FILLERS = new Set(['uh', 'um', 'uhm', 'er', 'erm', 'mm', 'hmm', 'mhm']);

/** Words between "ask", "hear", "think"… and the question they lead to: "ask you, um, what". */
const REQUEST_WORDS = new Set([
  'you',
  'me',
  'us',
  'about',
  'of',
  'more',
  'a',
  'bit',
  'little',
  'back',
  'to',
  'again',
  'if',
  'then',
]);

/**
 * A question word within three words after a verb of asking or thinking, the words between
 * being part of the request ("hear a bit about what…", "think back to when…"), fillers and
 * punctuation aside. "Think straight when you've been drinking" embeds no question.
 */
function whAfterRequest(tokens: Token[], from: number, to: number): boolean {
  for (let i = from, seen = 0; i < to && seen < 3; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || FILLERS.has(token.norm)) continue;
    if (WH_WORDS.has(token.norm)) return true;
    if (!REQUEST_WORDS.has(token.norm)) return false;
    seen++;
  }
  return false;
}

/**
 * "It took, what, like, three days?", "…for, what, a week?": a question word dropped in to
 * hedge a guess, followed by "like", a filler, or a pause and the guess itself.
 */
function hedges(tokens: Token[], i: number, to: number): boolean {
  let next = i + 1;
  while (next < to && tokens[next]!.kind === 'punct') next++;
  const word = tokens[next]?.norm ?? '';
  if (word === 'like' || FILLERS.has(word)) return true;
  // After a pause, a guess is a word or two to the end ("what, a week?"), not a clause.
  return next > i + 1 && next < to && to - next <= 3 && !AUXILIARIES.has(word);
}

/**
 * Where the last clause that opens like a question starts, after a comma, a dash or "and":
 * an auxiliary before its subject ("…, could you tell us…") or a question word before a word
 * of its clause ("…, what do you…", "…, what happens then?"). -1 when there is none.
 */
function lastQuestionClause(tokens: Token[], from: number, to: number): number {
  for (let i = to - 2; i > from; i--) {
    const norm = tokens[i]!.norm;
    const next = tokens[i + 1]!;
    const opens =
      (AUXILIARIES.has(norm) && (SUBJECTS.has(next.norm) || next.norm === 'not')) ||
      (WH_WORDS.has(norm) && next.kind === 'word' && !hedges(tokens, i, to));
    if (opens && afterClauseBreak(tokens, i, from)) return i;
  }
  return -1;
}

/** Whether the word at `i` follows a comma, a dash, "and" or the like (fillers aside). */
function afterClauseBreak(tokens: Token[], i: number, from: number): boolean {
  let before = i - 1;
  while (before >= from && FILLERS.has(tokens[before]!.norm)) before--;
  const previous = tokens[before];
  return previous !== undefined && (CLAUSE_BREAKS.has(previous.raw) || previous.norm === 'and');
}

/**
 * A question word that opens a clause of its own after a break ("…, what do you…",
 * "… and how did you…", "…-- why'd she leave?") and is followed by an auxiliary and its
 * subject, as a question is.
 */
function whClauseAfterBreak(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to - 2; i++) {
    if (!isWhWord(tokens[i]!.lex) || !afterClauseBreak(tokens, i, from)) continue;
    const next = tokens[i + 1]!.norm;
    const after = tokens[i + 2]!.norm;
    if (AUXILIARIES.has(next) && (SUBJECTS.has(after) || after === 'not')) return true;
    // "…, how important is it to you?", "…, what consequences might follow?"
    if (tokens[i + 1]!.kind === 'word' && AUXILIARIES.has(after)) return true;
  }
  return false;
}

/** "…if you could tell me about…", "…you can describe…": they are asked for their account. */
function youAreAskedToTell(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to - 3; i++) {
    if (tokens[i]!.norm !== 'you') continue;
    const modal = tokens[i + 1]!.norm;
    if (modal !== 'can' && modal !== 'could' && modal !== 'would') continue;
    let v = i + 2;
    if (tokens[v]?.norm === 'please' || tokens[v]?.norm === 'just') v++;
    const verb = tokens[v]?.norm ?? '';
    const after = tokens[v + 1]?.norm ?? '';
    if (verb === 'tell') {
      if (ASKED_OF.has(after) || after === 'more' || after === 'about' || WH_WORDS.has(after))
        return true;
    } else if (TELLING_VERBS.has(verb) && verb !== 'say') return true;
  }
  return false;
}

/** A wh-word that opens a clause of its own: "…, what would you tell me?", "where is it now?" */
function asksWhLater(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to - 1; i++) {
    if (!WH_WORDS.has(tokens[i]!.norm)) continue;
    const next = tokens[i + 1]!.norm;
    const after = tokens[i + 2]?.norm ?? '';
    if (AUXILIARIES.has(next) && (SUBJECTS.has(after) || after === 'not')) return true;
    // "…, what would make this right?": the wh-word starts a clause after a comma or "and".
    if (AUXILIARIES.has(next) && afterClauseBreak(tokens, i, from)) return true;
    if ((next === 'ways' || next === 'way') && normAt(tokens, i - 1) === 'in') return true;
  }
  return false;
}

function lastWordAt(tokens: Token[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (tokens[i]!.kind === 'word') return i;
  return -1;
}

export function questionSpan(doc: CoachDocument, question: Question) {
  return spanOf(doc.tokens, question.from, question.to);
}
