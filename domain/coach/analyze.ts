import { findApologies, type ApologyInstance } from './apology';
import { findAssumedCauses } from './assumption';
import { findBlame, type BlameKind } from './blame';
import { findCommitments } from './commitment';
import { readDocument, spanOf, type CoachDocument, normAt } from './document';
import { findEmpathy } from './empathy';
import { rememberLast } from './lexemes';
import { estimateMood, type MoodResult } from './mood';
import { findQuestions } from './questions';
import { fitRewrites, lowerFirst, restOfSentence, sentenceAt } from './rewrites';
import type {
  Analysis,
  ApologyType,
  CoachContext,
  CommitmentType,
  Finding,
  Span,
  Suggestion,
} from './types';

export type * from './types';

/** Sentences longer than this are hard to take in when someone is upset. */
const LONG_SENTENCE_WORDS = 30;
/** At the diagnose step, this many closed questions in a row read like an interrogation. */
const CLOSED_RUN = 3;

/**
 * Reads a draft reply (or a message from the person) and says what it does well and what
 * will land badly, with spans to highlight and rewrites where one helps. Pure and fast: the
 * browser runs it on every keystroke and the server runs it again before anything is sent.
 */
export function analyze(text: string, context: CoachContext = {}): Analysis {
  const doc = readDocument(text);
  const findings: Finding[] = [];
  const role = context.role ?? 'agent';

  const apologies = findApologies(doc, context.rootCause);
  const blame = findBlame(doc);
  // "You are useless", "you always complain" restate nothing: a sentence with an insult or an
  // absolute in it reflects no one's side (nor does a jibe put as a question name their
  // feeling: "feeling a little entitled, are you?"), and "Who cares?" or "Have you no
  // patience?" asks nothing of them.
  let empathy = findEmpathy(doc);
  let questions = findQuestions(doc);
  if (blame.length) {
    // "Why would we deliberately send you a broken laptop?" defends, and "why didn't you tell
    // me the fridge was broken?" reproaches; neither asks anything.
    const blamingSentences = new Set(
      blame
        .filter(
          (b) =>
            b.kind === 'hostile' ||
            b.kind === 'absolute' ||
            ((b.kind === 'defensive' || b.kind === 'blame') &&
              REPROACHING_QUESTION.has(doc.tokens[b.from]!.norm)),
        )
        .map((b) => doc.sentenceOf[b.from]),
    );
    // A jibe put as a question: "feeling a little entitled, are you?".
    const jibingQuestions = new Set(
      blame
        .filter((b) => b.kind === 'hostile' && doc.sentences[doc.sentenceOf[b.from]!]!.asks)
        .map((b) => doc.sentenceOf[b.from]),
    );
    // A sentence that puts the fault on them ("you were supposed to bring the receipt") or
    // weighs them against others ("you're the only guest who complained") does not restate
    // their side either.
    const faulting = new Set(
      blame
        .filter((b) => b.kind === 'blame' || b.kind === 'defensive')
        .map((b) => doc.sentenceOf[b.from]),
    );
    // Nor does a phrase of empathy caught inside a reproach: "who told you it was okay to…?".
    empathy = empathy.filter(
      (e) =>
        !(
          e.kind === 'empathy' &&
          blame.some((b) => b.kind === 'blame' && e.from < b.to && b.from < e.to)
        ) &&
        (e.kind !== 'reflection' ||
          !(
            blamingSentences.has(doc.sentenceOf[e.from]) || faulting.has(doc.sentenceOf[e.from])
          )) &&
        (e.kind !== 'feeling' || !jibingQuestions.has(doc.sentenceOf[e.from])),
    );
    questions = questions.filter((q) => !blamingSentences.has(doc.sentenceOf[q.from]));
  }
  // "I'm sorry for the way you feel" names their feeling only to turn it back on them: the
  // sentence of a non-apology shares no feeling.
  const takenBack = apologies.filter((a) => a.kind === 'non_apology');
  if (takenBack.length) {
    const sentences = new Set(takenBack.map((a) => doc.sentenceOf[a.from]));
    empathy = empathy.filter(
      (e) => e.kind === 'dismissive' || !sentences.has(doc.sentenceOf[e.from]),
    );
  }
  // "So what happened then" asks, though without a question mark: a question restates nothing.
  if (questions.length)
    empathy = empathy.filter(
      (e) =>
        e.kind !== 'reflection' ||
        !questions.some((q) => doc.sentenceOf[q.from] === doc.sentenceOf[e.from]),
    );
  const commitments = findCommitments(doc);
  const moodResult = estimateMood(doc, context.toUs === true);

  const deflections = blame.filter((b) => b.kind === 'defensive' || b.kind === 'policy');
  const deflecting = deflections.length > 0;
  const deflectingSentences = new Set(deflections.map((b) => doc.sentenceOf[b.from]!));
  const apology = apologyType(apologies, deflecting);
  addApologyFindings(doc, apologies, apology, deflecting, context, findings);

  // Whether anything in the reply acknowledges them: every empathy finding but one taken back.
  let acknowledged = false;
  for (const item of empathy) {
    const span = spanOf(doc.tokens, item.from, item.to);
    if (item.kind === 'dismissive') {
      const replacement = dismissiveRewrite(doc.text.slice(span.start, span.end));
      findings.push({
        kind: 'dismissive',
        span,
        severity: 'problem',
        message: 'This brushes their feelings aside. Acknowledge what they feel instead.',
        suggestion: {
          label: 'Acknowledge instead',
          replacement,
          // "Calm down, it's no big deal." goes whole; "As I said," gives way to a phrase.
          ...(replacement.endsWith('.') ? { span: sentenceAt(doc, span.start) } : {}),
        },
      });
    } else if (
      item.kind === 'empathy' &&
      takesUnderstandingBack(doc, item.to, deflectingSentences)
    ) {
      findings.push({
        kind: 'bare_understanding',
        span,
        severity: 'warning',
        message:
          '"I understand, but…" takes the understanding back as it gives it. Say what you understand, then what you can do.',
      });
    } else if (item.kind === 'empathy' && saysOnlyIUnderstand(doc, item.to)) {
      // Still an acknowledgement, only a weak one.
      acknowledged = true;
      const we = doc.tokens[item.from]!.norm === 'we';
      findings.push({
        kind: 'bare_understanding',
        span,
        severity: 'warning',
        message:
          '"I understand" with nothing after it can sound like a brush-off. Say what you understand.',
        suggestion: {
          label: 'Say what you understand',
          replacement: `${we ? 'We' : 'I'} understand how frustrating this has been`,
        },
      });
    } else {
      acknowledged = true;
      findings.push({
        kind: 'empathy',
        span,
        severity: 'good',
        message:
          item.kind === 'reflection'
            ? 'Reflects what they said back to them.'
            : 'Acknowledges how they feel.',
      });
    }
  }
  const hasEmpathy =
    acknowledged ||
    apologies.some(
      (a) =>
        a.kind !== 'refused' &&
        a.kind !== 'non_apology' &&
        EMPATHIC_OBJECT.test(
          doc.text.slice(
            doc.tokens[a.objectFrom]?.start ?? 0,
            doc.tokens[a.objectTo - 1]?.end ?? 0,
          ),
        ),
    );

  if (!hasEmpathy && context.step === 'empathize' && role === 'agent' && doc.words > 0) {
    findings.push({
      kind: 'missing_empathy',
      span: { start: 0, end: 0 },
      severity: 'warning',
      message: 'This is the step to show empathy, but nothing here acknowledges how they feel.',
      suggestion: {
        label: 'Acknowledge their feelings',
        replacement:
          context.mood === 'disappointed'
            ? 'I can see why that was disappointing. '
            : 'I can see why that upset you. ',
      },
    });
  }

  for (const item of blame) findings.push(blameFinding(doc, item.kind, item.from, item.to));
  const blames =
    blame.length > 0 ||
    empathy.some(
      (e) =>
        e.kind === 'dismissive' &&
        /as i|already|like i/i.test(
          doc.text.slice(doc.tokens[e.from]!.start, doc.tokens[e.to - 1]!.end),
        ),
    );

  let open = 0;
  let closed = 0;
  let run = 0;
  for (const question of questions) {
    const span = spanOf(doc.tokens, question.from, question.to);
    if (question.type === 'open') {
      open++;
      run = 0;
      findings.push({
        kind: 'open_question',
        span,
        severity: 'good',
        message: 'An open question: it invites them to tell you more.',
      });
    } else {
      closed++;
      run++;
      findings.push({
        kind: 'closed_question',
        span,
        severity: 'info',
        message: 'A yes/no question: fine for checking a fact, not for finding out what happened.',
      });
      if (run === CLOSED_RUN && context.step === 'diagnose') {
        findings.push({
          kind: 'closed_question_run',
          span,
          severity: 'warning',
          message: `${CLOSED_RUN} closed questions in a row feel like an interrogation. Ask one open question ("What happened when…?") instead.`,
          suggestion: {
            label: 'Ask openly',
            replacement: 'Could you tell me what happened, from the start?',
          },
        });
      }
    }
  }

  let commitment: CommitmentType = 'none';
  for (const item of commitments) {
    if (item.kind === 'concrete') {
      commitment = 'concrete';
      findings.push({
        kind: 'commitment',
        span: spanOf(doc.tokens, item.from, item.to),
        severity: 'good',
        message: 'A concrete promise: what we will do and by when.',
      });
    } else {
      if (commitment === 'none') commitment = 'vague';
      const from = item.vagueFrom ?? item.from;
      const to = item.vagueTo ?? item.to;
      const span = spanOf(doc.tokens, from, to);
      // "This won't happen again" promises a change without saying what it is.
      const again =
        normAt(doc.tokens, to - 1) === 'again' && normAt(doc.tokens, to - 2) === 'happen';
      findings.push({
        kind: 'vague_commitment',
        span,
        severity: 'warning',
        message: again
          ? "A promise that it won't happen again, with nothing behind it. Say what you have changed so it won't."
          : item.hedged
            ? 'A promise hedged as it is made. If you can keep it, say it plainly; if not, promise what you can keep.'
            : 'A vague promise. Say who will do it and by when, so they can hold you to it.',
        ...vagueRewrite(doc, span, spanOf(doc.tokens, item.from, item.to)),
      });
    }
  }

  addEscalationFindings(doc, findings);
  // While the cause is still being found out, a reply that settles it skips the finding out.
  if (context.step && BEFORE_DIAGNOSIS.has(context.step) && !context.rootCause?.trim())
    for (const item of findAssumedCauses(doc)) {
      const span = spanOf(doc.tokens, item.from, item.to);
      findings.push({
        kind: 'assumed_cause',
        span,
        severity: 'warning',
        message:
          'This decides the cause before anyone has found it out. Ask what happened, and check with the team.',
        suggestion: {
          label: 'Ask instead',
          replacement: 'Could you tell me what happened?',
          span: sentenceAt(doc, span.start),
        },
      });
    }

  // The person's own words get what they tell us (how they feel, whether they complain), not
  // advice on how to write them: "own it" or "describe this time" is for our replies.
  const shown = role === 'customer' ? theirReading(doc, moodResult, text.length) : findings;
  sortBySpan(shown);
  const analysis: Analysis = {
    findings: fitRewrites(doc, onceEach(shown)),
    readiness: 0,
    apology,
    empathy: hasEmpathy,
    questions: { open, closed },
    blame: blames,
    commitment,
    mood: moodResult.mood,
    // Only the person's own messages can be complaints; our replies mention problems to fix them.
    complaint: role === 'customer' && moodResult.complaint,
  };
  analysis.readiness = readiness(analysis, doc, context);
  return analysis;
}

/**
 * Whether an "I understand" ends its sentence with nothing said about what is understood
 * ("I understand.", "Ok, I understand!"): the pitfall the method names for the empathy step.
 */
function saysOnlyIUnderstand(doc: CoachDocument, to: number): boolean {
  const last = doc.tokens[to - 1];
  if (last?.norm !== 'understand') return false;
  const next = doc.tokens[to];
  return !next || next.kind === 'newline' || (next.kind === 'punct' && /^[.!]+$/.test(next.raw));
}

/** Question words that open a reproach rather than a question: "why didn't you…?", "who told you…?" */
const REPROACHING_QUESTION = new Set(['why', 'who']);

/** The last words of saying we understand: "I understand", "I get it", "I hear you". */
const UNDERSTANDING_ENDS = new Set(['understand', 'it', 'you', 'that', 'saying']);
const TURNS = new Set(['but', 'however']);

/**
 * Whether the understanding ending at `to` is taken back by the next word: "I understand, but
 * there's nothing we can do" ("I understand how frustrating this is, but…" says what it
 * understands first).
 */
function takesUnderstandingBack(
  doc: CoachDocument,
  to: number,
  deflectingSentences: ReadonlySet<number>,
): boolean {
  const { tokens } = doc;
  const last = tokens[to - 1]?.norm ?? '';
  const next = tokens[to]?.raw === ',' ? to + 1 : to;
  if (UNDERSTANDING_ENDS.has(last) && TURNS.has(tokens[next]?.norm ?? '')) return true;
  // "I understand your frustration. However, deposits are non-refundable.": the same turn,
  // across a full stop, to a refusal or a defence ("…. However, we can refund you today"
  // turns to good news).
  const index = doc.sentenceOf[to - 1]! + 1;
  const following = doc.sentences[index];
  return (
    following !== undefined &&
    TURNS.has(tokens[following.from]!.norm) &&
    deflectingSentences.has(index)
  );
}

/** Steps where the cause is still being found: an apology cannot name it yet. */
const BEFORE_DIAGNOSIS = new Set(['listen', 'empathize', 'diagnose']);

const EMPATHIC_OBJECT = /frustrat|disappoint|upset|worr|stress|annoy|hurt|concern|difficult time/i;

function apologyType(apologies: ApologyInstance[], deflecting: boolean): ApologyType {
  const real = apologies.filter((a) => a.kind !== 'refused');
  if (!real.length) return 'none';
  if (real.some((a) => a.kind === 'non_apology')) return 'non_apology';
  // An apology that sits next to a deflection ("sorry, you'll need to contact them") is taken back.
  if (deflecting) return 'non_apology';
  return real.some((a) => a.kind === 'targeted') ? 'targeted' : 'generic';
}

function addApologyFindings(
  doc: CoachDocument,
  apologies: ApologyInstance[],
  type: ApologyType,
  deflecting: boolean,
  context: CoachContext,
  findings: Finding[],
): void {
  const cause = context.rootCause?.trim();
  const causeRewrite = cause ? apologyFor(cause) : undefined;
  for (const item of apologies) {
    const span = spanOf(doc.tokens, item.from, Math.max(item.to, item.objectTo));
    // An apology rewritten is a sentence: it replaces the old one from where it starts.
    const rest = restOfSentence(doc, span);
    if (item.kind === 'refused') {
      findings.push({
        kind: 'refused_apology',
        span,
        severity: 'problem',
        message:
          'This refuses to apologise. If something went wrong on our side, say sorry for it plainly.',
        ...(causeRewrite
          ? {
              suggestion: {
                label: 'Apologise for the cause',
                replacement: causeRewrite,
                span: rest,
              },
            }
          : {}),
      });
    } else if (item.kind === 'non_apology' || (deflecting && type === 'non_apology')) {
      findings.push({
        kind: 'non_apology',
        span,
        severity: 'problem',
        message: `This apology ${item.reason ?? 'sits next to a refusal or a deflection, which takes it back'}. Own what went wrong instead.`,
        suggestion: {
          label: 'Own it',
          replacement: causeRewrite ?? "I'm sorry we got this wrong.",
          span: rest,
        },
      });
    } else if (item.kind === 'generic') {
      // Before the cause is known, "I'm sorry this happened" is sympathy, and fine.
      const early = !cause && BEFORE_DIAGNOSIS.has(context.step ?? '');
      const message = item.missesCause
        ? `This apology ${item.reason}: "${cause}". Name that instead.`
        : cause
          ? 'A general apology. Name what actually went wrong, so they know you understood.'
          : early
            ? 'A general apology, fine until the cause is known. Then name it: "I\'m sorry your order was late".'
            : 'A general apology. Once you know the cause, name it: "I\'m sorry your order was late".';
      findings.push({
        kind: 'apology',
        span,
        severity: early ? 'info' : 'warning',
        message,
        ...(causeRewrite
          ? { suggestion: { label: 'Name the cause', replacement: causeRewrite, span: rest } }
          : {}),
      });
    } else {
      findings.push({
        kind: 'apology',
        span,
        severity: 'good',
        message: 'A targeted apology: it names what went wrong.',
      });
    }
  }
  if (type === 'none' && context.step === 'apologize' && context.role !== 'customer') {
    findings.push({
      kind: 'missing_apology',
      span: { start: 0, end: 0 },
      severity: 'problem',
      message: 'This is the apology step, but the draft does not apologise.',
      suggestion: {
        label: 'Add an apology',
        replacement: (causeRewrite ?? "I'm sorry for what went wrong.") + ' ',
      },
    });
  }
}

/** Each rewrite is a sentence that takes the place of the one that blames, argues or refuses. */
const BLAME_MESSAGES: Record<BlameKind, { message: string; label: string; replacement: string }> = {
  blame: {
    message: 'This puts the fault on them. Talk about what happens next instead.',
    label: 'Look forward',
    replacement: "Let's look at what we can do from here.",
  },
  absolute: {
    message: '"Always" and "never" about a person start an argument. Describe this one occasion.',
    label: 'Describe this time',
    replacement: "Let's look at what happened this time.",
  },
  defensive: {
    message: 'This defends us instead of helping them. Say what you can do.',
    label: 'Say what you can do',
    replacement: "Here's what I can do to put it right.",
  },
  policy: {
    message:
      'Hiding behind policy reads as a refusal. Explain the reason in plain words and offer what you can.',
    label: 'Offer what you can',
    replacement: "Here's what I can do for you instead.",
  },
  hostile: {
    message: 'This is hostile or condescending. Describe the problem, not the person.',
    label: 'Describe the problem',
    replacement: '',
  },
};

function blameFinding(doc: CoachDocument, kind: BlameKind, from: number, to: number): Finding {
  const { message, label, replacement } = BLAME_MESSAGES[kind];
  const span = spanOf(doc.tokens, from, to);
  return {
    kind: kind === 'hostile' ? 'blame' : kind,
    span,
    severity: 'problem',
    message,
    ...(replacement
      ? { suggestion: { label, replacement, span: sentenceAt(doc, span.start) } }
      : {}),
  };
}

function addEscalationFindings(doc: CoachDocument, findings: Finding[]): void {
  // The tokenizer counted words in capitals and runs of "!" and "?": without them, nothing shouts.
  if (doc.capsWords > 0 || doc.stackedMarks > 0) addShoutingFindings(doc, findings);
  for (const sentence of doc.sentences) {
    const words = sentence.words;
    if (words > LONG_SENTENCE_WORDS) {
      findings.push({
        kind: 'hard_to_read',
        span: { start: sentence.start, end: sentence.end },
        severity: 'info',
        message: `A long sentence (${words} words). Split it: short sentences are easier to take in when someone is upset.`,
      });
    }
  }
}

function addShoutingFindings(doc: CoachDocument, findings: Finding[]): void {
  const { tokens } = doc;
  // Runs of words in capitals read as shouting; a single acronym does not.
  let runFrom = -1;
  let runWords = 0;
  let lastWord = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (
      token.kind === 'word' &&
      token.caps &&
      token.raw.length >= 2 &&
      /\p{L}{2}/u.test(token.raw) &&
      token.norm !== 'i'
    ) {
      if (runFrom < 0) runFrom = i;
      if (i !== lastWord) runWords++;
      lastWord = i;
    } else if (token.kind === 'word' || token.kind === 'newline') {
      if (runFrom >= 0) addShouting(doc, runFrom, lastWord + 1, runWords, findings);
      runFrom = -1;
      runWords = 0;
    }
    if (
      token.kind === 'punct' &&
      token.raw.length >= 2 &&
      /^(?:!{2,}|[?!]*\?![?!]*|[?!]*!\?[?!]*|\?{3,})$/.test(token.raw)
    ) {
      findings.push({
        kind: 'exclamations',
        span: { start: token.start, end: token.end },
        severity: 'warning',
        message: 'Stacked punctuation raises the temperature.',
        suggestion: { label: 'One mark', replacement: token.raw.includes('?') ? '?' : '.' },
      });
    }
  }
  if (runFrom >= 0) addShouting(doc, runFrom, lastWord + 1, runWords, findings);
}

/** Words whose capitals stress warmth: "THANK YOU", "SO SORRY", "LOVE it". */
const WARM_WORDS = new Set([
  'thank',
  'thanks',
  'you',
  'so',
  'very',
  'much',
  'sorry',
  'love',
  'welcome',
  'really',
  'congratulations',
  'congrats',
  'happy',
  'birthday',
]);

/** A run of `words` words in capitals, tokens [from, to): shouting, unless one short acronym. */
function addShouting(
  doc: CoachDocument,
  from: number,
  to: number,
  words: number,
  findings: Finding[],
): void {
  const first = doc.tokens[from]!.raw;
  if (words < 2 && !(first.length >= 5 && doc.mixedCase && !/^[A-Z]{2,5}$/.test(first))) return;
  // "THANK YOU so much", "SO SORRY": warmth, typed large, is not shouting at anyone.
  let warm = true;
  for (let i = from; i < to && warm; i++)
    if (doc.tokens[i]!.kind === 'word' && !WARM_WORDS.has(doc.tokens[i]!.norm)) warm = false;
  if (warm) return;
  const span = spanOf(doc.tokens, from, to);
  const original = doc.text.slice(span.start, span.end);
  findings.push({
    kind: 'shouting',
    span,
    severity: 'warning',
    message: 'Capitals read as shouting.',
    suggestion: { label: 'Use lower case', replacement: original.toLowerCase() },
  });
}

function readiness(analysis: Analysis, doc: CoachDocument, context: CoachContext): number {
  if (doc.words === 0) return 0;
  let score = 60;
  const step = context.step;
  const apologyWeight = step === 'apologize' ? 2 : 1;
  if (analysis.apology === 'targeted') score += 12 * apologyWeight;
  else if (analysis.apology === 'generic') score += step === 'apologize' ? -5 : 3;
  else if (analysis.apology === 'non_apology') score -= 25;
  else if (step === 'apologize') score -= 30;
  if (analysis.empathy) score += step === 'empathize' || step === 'listen' ? 15 : 8;
  if (analysis.blame) score -= 25;
  if (analysis.commitment === 'concrete')
    score += step === 'solve' || step === 'communicate' ? 15 : 8;
  else if (analysis.commitment === 'vague') score -= 8;
  if (step === 'diagnose' || step === 'listen') score += analysis.questions.open > 0 ? 10 : -5;
  for (const finding of analysis.findings) {
    if (finding.kind === 'dismissive' || finding.kind === 'refused_apology') score -= 20;
    else if (finding.kind === 'shouting' || finding.kind === 'exclamations') score -= 10;
    else if (finding.kind === 'hard_to_read' || finding.kind === 'bare_understanding') score -= 5;
    else if (finding.kind === 'closed_question_run' || finding.kind === 'assumed_cause')
      score -= 10;
    else if (finding.kind === 'missing_empathy') score -= 15;
  }
  const name = context.personName?.trim().split(/\s+/)[0];
  if (name && doc.text.toLowerCase().includes(name.toLowerCase())) score += 5;
  return Math.max(0, Math.min(100, Math.round(score)));
}

function theirReading(doc: CoachDocument, mood: MoodResult, length: number): Finding[] {
  const findings: Finding[] = mood.cueTokens.map((cue) => ({
    kind: 'mood_cue',
    span: spanOf(doc.tokens, cue.from, cue.to),
    severity: 'info',
    message: 'A sign of how they feel.',
  }));
  if (mood.complaint)
    findings.push({
      kind: 'complaint',
      span: { start: 0, end: length },
      severity: 'info',
      message: 'This reads as a complaint.',
    });
  return findings;
}

/**
 * Puts findings in reading order (by where their span starts, then ends), keeping the order of
 * ties. An insertion sort: a draft has a handful of findings, mostly in order already, and
 * this costs a fraction of calling a comparator through Array.prototype.sort.
 */
function sortBySpan(findings: Finding[]): void {
  for (let i = 1; i < findings.length; i++) {
    const finding = findings[i]!;
    const { start, end } = finding.span;
    let j = i - 1;
    while (j >= 0) {
      const span = findings[j]!.span;
      if (span.start < start || (span.start === start && span.end <= end)) break;
      findings[j + 1] = findings[j]!;
      j--;
    }
    findings[j + 1] = finding;
  }
}

/**
 * One finding per reading of the same words: two phrase patterns can read them the same way
 * ("you should have" is blame by two of them; "I appreciate how frustrating" holds "I
 * appreciate how" and "how frustrating"), and the writer should see it once. Overlapping
 * findings of the same kind become one covering both ("You people" both blames and is hostile:
 * the writer reads about it once), unless the first offers a rewrite, which is for its own
 * words only. Findings come sorted by where they start.
 */
function onceEach(findings: Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const finding of findings) {
    const key = finding.kind;
    // The last kept finding of the same kind: a draft has a handful, so a look back is enough.
    let before: Finding | undefined;
    for (let k = kept.length - 1; k >= 0; k--) {
      if (kept[k]!.kind !== key) continue;
      before = kept[k];
      break;
    }
    if (before && finding.span.start < before.span.end) {
      if (!before.suggestion && finding.span.end > before.span.end)
        before.span = { start: before.span.start, end: finding.span.end };
      continue;
    }
    // Every finding was made for this analysis, so widening one in place is safe.
    kept.push(finding);
  }
  return kept;
}

function dismissiveRewrite(original: string): string {
  const lower = original.toLowerCase();
  if (
    lower.includes('said') ||
    lower.includes('told') ||
    lower.includes('mention') ||
    lower.includes('explain') ||
    lower.includes('stated')
  )
    return 'To put it another way,';
  if (lower.includes('calm') || lower.includes('relax')) return 'I can hear how upsetting this is.';
  return 'I understand why this matters to you.';
}

/**
 * A time in place of "soon"; or, for "we'll look into it" and "we'll get back to you", the
 * sentence again with who will do what, and when, at its end.
 */
function vagueRewrite(
  doc: CoachDocument,
  vague: Span,
  sentence: Span,
): { suggestion?: Suggestion } {
  const lower = doc.text.slice(vague.start, vague.end).toLowerCase();
  if (
    /^(soon|shortly|asap|as soon as|as quickly as|in due course|eventually|later|at some point|in the (near )?future|when)/.test(
      lower,
    )
  )
    return { suggestion: { label: 'Give a time', replacement: 'by 5 pm today' } };
  const addition = lower.includes('look')
    ? { label: 'Add who and when', words: 'and will call you back by 5 pm today' }
    : lower.includes('get back')
      ? { label: 'Add a time', words: 'by 5 pm today' }
      : null;
  if (!addition) return {};
  const words = doc.text.slice(sentence.start, sentence.end);
  const end = words.search(/[.!?…]*$/);
  return {
    suggestion: {
      label: addition.label,
      replacement: `${words.slice(0, end)} ${addition.words}${words.slice(end) || '.'}`,
      span: sentence,
    },
  };
}

/** Words a clause can start with: after them, "I'm sorry that …" reads as a sentence. */
const CLAUSE_OPENERS = new Set(
  'the a an our my your his her their its this that these those we i you they he she it someone somebody nobody no one'.split(
    ' ',
  ),
);

/**
 * An apology for the diagnosed cause, in words that read well whether the cause was noted as
 * a sentence ("the kitchen printer dropped the ticket") or as a note ("wrong dish sent to
 * table"). The last cause's apology is remembered: the composer asks on every keystroke.
 */
const apologyFor = rememberLast((cause: string): string => {
  const words = lowerFirst(cause.replace(/[.!]+$/, ''));
  const first = words.split(/\s+/, 1)[0]!.toLowerCase();
  return CLAUSE_OPENERS.has(first) ? `I'm sorry that ${words}.` : `I'm sorry — ${words}.`;
});
