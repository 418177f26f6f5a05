import { namesACause, namesACauseAlone } from './assumption';
import { clauseStart, wordCount, type CoachDocument, normAt } from './document';
import { sentenceCue, wordIn } from './lexemes';
import { disownedBefore } from './sentiment';
import { firstStartingFrom, PatternSet, type PatternMatch } from './patterns';
import type { Token } from './tokenize';

export type EmpathyKind = 'empathy' | 'dismissive';

/** Siding with them that it was wrong: "that's really not on". */
const NOT_ON = 'that|this is [really|just|simply|totally|so] not on';
const FEELINGS =
  'frustrat*|upset*|annoy*|disappoint*|worr*|stress*|anxious|anxiety|angry|anger|hurt*|scar*|afraid|overwhelm*|exhaust*|concern*|distress*|devastat*|heartbr*|sad|sadness|lonely|alone|helpless|hopeless|terrible|awful|horrible|difficult|hard|tough|rough|painful|unfair|embarrass*|humiliat*|let|lost|tired|fed|miserable|depress*|unsettl*|furious|livid|fuming|gutted|mortified|irritat*|infuriat*|outraged';

/** Phrases that name or acknowledge the other person's feelings, in our own words. */
const EMPATHY: Array<[string, EmpathyKind]> = [
  [
    'i|we [can|do|completely|totally|fully|really|certainly|definitely|absolutely] understand',
    'empathy',
  ],
  ['i|we [can|could|only] imagine', 'empathy'],
  ['i|we [can|could|really|totally|completely] see why|how', 'empathy'],
  ['i|we [can|do|completely|totally] appreciate how|why|that', 'empathy'],
  ['i|we [can|do|completely|totally] appreciate your|the|this ' + FEELINGS, 'empathy'],
  ['i|we hear you', 'empathy'],
  ['i|we hear what you|u are saying', 'empathy'],
  // Seeing what they meant or went through: "I know you were trying to help", "I can see you
  // were in a tough spot", "I've got your back".
  [
    'i|we know|see|understand|appreciate you were|are|have [been] trying|doing|meant|wanted|only',
    'empathy',
  ],
  [
    'i|we know|see|understand|appreciate that you were|are|have [been] trying|doing|meant|wanted|only',
    'empathy',
  ],
  [
    'i|we can see [that|how] you are|were|have|had [been] [so|really|very|quite] ' + FEELINGS,
    'empathy',
  ],
  [
    'you are|were in a|an [really|very] difficult|tough|awkward|hard|impossible|bad spot|position|situation',
    'empathy',
  ],
  ['i|we know|see|understand|appreciate you meant|tried', 'empathy'],
  ['i|we know|see|understand|appreciate that you meant|tried', 'empathy'],
  ['i|we have got|got your back', 'empathy'],
  // The situation named for what it was: "that sounds like a nightmare", "what a rubbish start
  // to your holiday".
  [
    'that|this|it sounds|sounded like a|an|such [real|total|complete|absolute] nightmare|hassle|pain|ordeal|disaster|mess|headache|worry|shock|letdown|struggle|palaver',
    'empathy',
  ],
  [
    'what a|an [absolutely|really|truly] rubbish|terrible|horrible|awful|miserable|stressful|frustrating|disappointing|upsetting|horrid|rotten|rough|nightmare|ordeal|hassle|shame|pain|palaver',
    'empathy',
  ],
  // Recognising what it meant to them: "we recognise how important this day was to you", "I
  // fully appreciate the inconvenience this has caused".
  [
    'i|we [fully|completely|totally|really] recognise|recognize|realise|realize how|what|why',
    'empathy',
  ],
  [
    'i|we [fully|completely|totally|really] appreciate|understand|recognise|recognize the|your|this inconvenience|disruption|trouble|hassle|impact|importance',
    'empathy',
  ],
  ['i|we fully appreciate|understand', 'empathy'],
  // "Your frustration is entirely justified."
  [
    'your frustration|anger|disappointment|upset|concern|concerns|feelings|reaction is|are [entirely|completely|totally|absolutely|perfectly|quite|fully] justified|understandable|valid|fair|reasonable|warranted',
    'empathy',
  ],
  // What it cost them: "that's not the evening you planned".
  [
    'that|this|it is|was not the * you|u planned|wanted|hoped|deserved|expected|imagined|pictured',
    'empathy',
  ],
  // Lifting the blame off them: "it's not your fault the website crashed".
  ['it is|was not your fault', 'empathy'],
  ['none of this|it is|was your fault', 'empathy'],
  ['you|u did nothing wrong', 'empathy'],
  ['you|u did not do anything wrong', 'empathy'],
  // What they were up against, and that they tried: "I know you were short-staffed and did
  // your best".
  ['i|we know|see|understand|appreciate [that] you did|tried your|their best', 'empathy'],
  ['i|we know|see|understand|appreciate [that] you were doing your|their best', 'empathy'],
  [
    'i|we know|see|understand|appreciate [that] you were|are short-staffed|short|stretched|swamped|rushed|overwhelmed|slammed|busy|alone|exhausted|tired',
    'empathy',
  ],
  // "I appreciate it's been a hard month for you too" (not "I appreciate it", a thank-you).
  // (Written out, not with "[can|do|…]": a required word in each place lets the scan rule the
  // pattern out at "I can" or "we do" by the word after it, without trying it.)
  ['i|we appreciate it|this|that is|has|was|must|can', 'empathy'],
  ['i|we can|do|completely|totally|really appreciate it|this|that is|has|was|must|can', 'empathy'],
  [
    'put|puts|left|leaves you in a|an [really|very] difficult|tough|awkward|hard|impossible|bad|horrible|awful spot|position|situation',
    'empathy',
  ],
  [
    'i|we know this|that|it is|was [really|so|very|quite] awkward|inconvenient|' + FEELINGS,
    'empathy',
  ],
  ['that|this|it can|could not have been easy|fun|nice|pleasant|comfortable', 'empathy'],
  ['i|we hear [the|your|how] ' + FEELINGS, 'empathy'],
  ['i|we know how|what [that|this|it] [is|feels|must]', 'empathy'],
  ['i|we [completely|totally|really] get it|that|why|how', 'empathy'],
  ['that|this|it must [have] be|been|feel|have', 'empathy'],
  ['must be|have [so|really|very|incredibly] ' + FEELINGS, 'empathy'],
  ['must feel', 'empathy'],
  [
    '[that|this|it] sounds|sound [really|so|very|incredibly|super|pretty|absolutely] ' +
      FEELINGS +
      '|rough|tough|hard|awful',
    'empathy',
  ],
  [
    'that|this|it is|was|has|seems [been] [really|so|very|incredibly|super|pretty|definitely|understandably|absolutely|truly|certainly] ' +
      FEELINGS,
    'empathy',
  ],
  [
    'that|this|it is|was [really|so|very|incredibly|super|pretty|definitely|understandably] not ok|okay|fair|right|acceptable|good|what',
    'empathy',
  ],
  ['that|this|it is|was not the experience', 'empathy'],
  // "That's totally understandable", "that's the worst": siding with how they took it.
  [
    'that|this|it is|was|sounds [completely|totally|perfectly|entirely|very|so|quite|absolutely] understandable',
    'empathy',
  ],
  ['that|this|it is|was|sounds the [absolute|very] worst', 'empathy'],
  // Agreeing with them: "that's not ideal, I agree", "I completely agree, it's not good enough".
  ['i|we [completely|totally|fully|absolutely|entirely] agree', 'empathy'],
  ['that|this|it is|was not ideal', 'empathy'],
  ['that|this|it is|was really|certainly|definitely not ideal', 'empathy'],
  // Validating what they went through (METHOD.md, principle 5): "that shouldn't have
  // happened", "you shouldn't have had to wait that long".
  ['that|this|it should not|never have happened|been', 'empathy'],
  ['you|u should not|never have [had] to', 'empathy'],
  ['how ' + FEELINGS, 'empathy'],
  ['what a shame|nightmare|pain|hassle|mess|horrible|terrible|awful|ordeal', 'empathy'],
  // "What a day you've had", "what an evening": feeling with them about what they went through.
  [
    'what a|an day|week|evening|night|morning|afternoon|weekend|journey|trip you have|had|are|were',
    'empathy',
  ],
  ['you poor thing|soul', 'empathy'],
  ['poor you', 'empathy'],
  [
    'sorry|apologies|apologize|apologise|regret for|about|by [the|your|any|this|all|such] ' +
      FEELINGS,
    'empathy',
  ],
  ['sorry to disappoint', 'empathy'],
  ['regret the|any|your ' + FEELINGS, 'empathy'],
  [
    'sorry [that] you are|were|have|had|feel|felt [been|had|to] going|gone|went|go|lost|dealing|feeling|struggling|hurting|suffering|through|experiencing|so|' +
      FEELINGS,
    'empathy',
  ],
  ['sorry [that] you went|had to|lost|are|have', 'empathy'],
  ['sorry for your loss', 'empathy'],
  [
    'i|we am|are|was|were [so|really|very|truly] disappointed|saddened|sad|concerned|upset|worried to hear|see|read|learn',
    'empathy',
  ],
  ['that is|was concerning|worrying|upsetting|disappointing|unacceptable', 'empathy'],
  ['you have every right', 'empathy'],
  ['you have|had every reason to be|feel', 'empathy'],
  ['you are|were [absolutely|completely|quite|totally] right', 'empathy'],
  ['understandably', 'empathy'],
  ['no wonder', 'empathy'],
  ['it makes sense that|why', 'empathy'],
  ['anyone would', 'empathy'],
  [
    'would|will|could upset|annoy|frustrate|anger|worry|disappoint|bother|stress anyone|anybody|everyone|most',
    'empathy',
  ],
  ['anyone|anybody in your position|shoes|place', 'empathy'],
  ['i|we would be|feel [really|so|just] ' + FEELINGS, 'empathy'],
  ['i|we would have been|felt [really|so|just] ' + FEELINGS, 'empathy'],
  // "That's really not on": siding with them that it was wrong.
  [NOT_ON, 'empathy'],
  [
    'i|we hope you|everyone|everything|all is|are|was|were|have|feel|get [ok|okay|well|safe|alright|doing|better|feeling]',
    'empathy',
  ],
  ['hope you are|feel|get [doing|feeling] ok|okay|well|better|safe|alright', 'empathy'],
  ['i|we feel for you', 'empathy'],
  ['i feel you', 'empathy'],
  ['i feel the same', 'empathy'],
  ['hugs', 'empathy'],
  ['sending [you] love|hugs|strength|support|hug', 'empathy'],
  // "Here to listen" offers an ear; "here to help" and "here for you" are service courtesy.
  ['i|we am|are here to listen', 'empathy'],
  // An invitation to talk offers an ear too.
  ['do|would you want|like to talk about it|this|that', 'empathy'],
  ['if you [ever] want|need|wanna [to] talk', 'empathy'],
  ['i feel|felt this|that way too|sometimes|as well', 'empathy'],
  ['you are not alone', 'empathy'],
  ['i|we have been there|through', 'empathy'],
  ['i went|go through', 'empathy'],
  ['i [can|totally|completely] relate', 'empathy'],
  ['me too', 'empathy'],
  ['same here', 'empathy'],
  ['i|we am|are [so|really|very] glad|happy|proud|relieved for|that|of', 'empathy'],
  // "Glad to hear it" shares a feeling; "happy to help" is only service courtesy.
  ['i|we am|are [so|really|very] glad|happy|proud|relieved to hear|see|read|know|learn', 'empathy'],
  ['that sucks', 'empathy'],
  ['it sucks', 'empathy'],
  [
    'that is|was|sounds [so|really|very] awful|terrible|horrible|rough|tough|hard|heartbreaking|sad|scary|unfair|shitty|crappy|brutal|painful',
    'empathy',
  ],
  [
    'it is|was [completely|totally|perfectly] ok|okay|normal|natural|understandable|valid|fine to|that',
    'empathy',
  ],
  [
    'your feelings|frustration|concern|concerns|disappointment|anger|worry|reaction are|is [completely|totally|perfectly] valid|understandable|justified|fair|natural',
    'empathy',
  ],
  ['i can tell that|how|you', 'empathy'],
  ['i|we am|are listening', 'empathy'],
  // Thanks for sharing something acknowledges it; thanks for their patience, or for letting us
  // know, is courtesy.
  ['thank|thanks [you] for sharing|telling|opening', 'empathy'],
  ['thank|thanks [you] for being [so] open|honest', 'empathy'],
  ['thank|thanks [you] for raising|flagging', 'empathy'],
  ['i|we am|are [so|really|very] glad|happy you raised|mentioned|flagged|told', 'empathy'],
  ['that is a fair|valid point|concern', 'empathy'],
  // "I don't blame you", "I can't say I blame you": siding with how they took it.
  ['i|we do|can|would not blame you|u', 'empathy'],
  ['not say i|we blame you|u', 'empathy'],
  // "Your review says we never answer emails; that's fair": granting them the point.
  ['that is [completely|totally|perfectly|entirely|very] fair .|,|;|!|-|and|enough', 'empathy'],
  // Validation: what they said or did is reasonable.
  ['that makes [so] [much|a|total|perfect|complete] [lot] [of] sense', 'empathy'],
  ['hang in there', 'empathy'],
  ['stay strong', 'empathy'],
  ['you got|can do this|it', 'empathy'],
  ['you can get|make it through', 'empathy'],
  ['lots|lot of love', 'empathy'],
  ['you deserve', 'empathy'],
  ['you are worth', 'empathy'],
  ['you matter', 'empathy'],
  // What it meant to them: "I know it mattered to you", "this matters a lot to you".
  ['it|this|that|they|he|she matters|mattered [so|a] [much|lot] to you', 'empathy'],
  ['proud of you', 'empathy'],
  ['good luck', 'empathy'],
  // "Good luck with that." wishes nothing: it writes them off.
  ['good luck with that', 'dismissive'],
  ['take care of yourself', 'empathy'],
  ['do not give up', 'empathy'],
  ['it|things will|does|can get better', 'empathy'],
  ['it gets better', 'empathy'],
  ['i support', 'empathy'],
  ['thankful|grateful for you', 'empathy'],
  ['i|we [really|truly|just] hope you|everyone|things|everything|it|that|your', 'empathy'],
  ['you are a good|great|strong|kind|brave', 'empathy'],
  ['that|it is|was [a] [pretty|really|so|quite|very] big deal', 'empathy'],
  [
    'that|it is|was|sounds|seems [like] [a] [pretty|really|so|quite|very|such|kind|of] lot|shocking|scary|sad|hard|heavy|painful|stressful|overwhelming|exhausting|unfair|frightening|upsetting|worrying|concerning|tough|difficult',
    'empathy',
  ],
  // Dismissive phrasing: it tells the person their feelings do not count.
  ['calm down', 'dismissive'],
  ['just relax', 'dismissive'],
  ['relax ,', 'dismissive'],
  ['it|this|that is not|no|hardly a big deal', 'dismissive'],
  ['no big deal', 'dismissive'],
  ['not a big deal', 'dismissive'],
  ['not that big of a deal', 'dismissive'],
  [
    'as i|we [have] [already|previously|just] said|stated|mentioned|explained|told|wrote|pointed',
    'dismissive',
  ],
  ['like i [already] said|told', 'dismissive'],
  ['as previously|already stated|mentioned|explained', 'dismissive'],
  ['as mentioned|stated|explained|said before|earlier|previously|above|below', 'dismissive'],
  ['as mentioned|stated|explained in my|our|the previous|last|earlier', 'dismissive'],
  ['with respect ,', 'dismissive'],
  // "Per my last email", "just to reiterate": the same reminder that they did not listen.
  ['per my|our last|previous email|message|reply|response|letter', 'dismissive'],
  ['to reiterate', 'dismissive'],
  // "Let me explain this one more time", "for the last time,": the same, losing patience.
  ['explain|say|repeat this|it|that one more|last time', 'dismissive'],
  ['explain|say|repeat one more|last time', 'dismissive'],
  ['for the last time ,', 'dismissive'],
  ['i|we already told|explained|said', 'dismissive'],
  [
    'you are|were [just|being] overreacting|dramatic|hysterical|emotional|unreasonable|silly|ridiculous|sensitive',
    'dismissive',
  ],
  ['you overreact|overreacted|overreacts', 'dismissive'],
  ['there is no need to|for [shout*|yell*|get|be|that]', 'dismissive'],
  ['get over it', 'dismissive'],
  ['move on', 'dismissive'],
  ['with all due respect', 'dismissive'],
  ['avoid the|that use|type of language', 'dismissive'],
  ['watch your language|tone', 'dismissive'],
  ['whatever', 'dismissive'],
  ['it happens', 'dismissive'],
  ['i|we do|can not understand|see|get why|how you', 'dismissive'],
  ['you are|were making|make a [big] deal|fuss', 'dismissive'],
  ['big deal|fuss out of nothing', 'dismissive'],
  ['big deal|fuss over|about nothing', 'dismissive'],
  ['it|this|that is only|just a|an|one', 'dismissive'],
  // "It's only twenty minutes", "it's just five pounds": the wait or the cost made small.
  [
    'it|this|that is|was only|just * minute|minutes|mins|hour|hours|pounds|quid|dollars|euros|days|bucks',
    'dismissive',
  ],
  ['these|such things happen', 'dismissive'],
  ['mistakes|accidents happen', 'dismissive'],
  // Their upset called out of proportion: "you're getting worked up over nothing".
  ['worked|wound up over|about nothing', 'dismissive'],
  ['do not get worked|wound up', 'dismissive'],
  ['let us|s not overreact|panic', 'dismissive'],
  ['it|this|that is not the end of the world', 'dismissive'],
  ['happens all the time', 'dismissive'],
  // Hushing them in public ("can we not do this here?") instead of moving somewhere quieter.
  ['can|could we not do this here', 'dismissive'],
  ['chill out', 'dismissive'],
  ['just chill', 'dismissive'],
  ['let us|s not get carried away', 'dismissive'],
  ['do not get carried away', 'dismissive'],
  ['at least', 'dismissive'],
  ['look on the bright side', 'dismissive'],
];

const phrases = new PatternSet<EmpathyKind>(EMPATHY);

/** A sentence that restates the other person's view ("So you've been waiting since noon."). */
const REFLECTION_OPENERS = new PatternSet<true>([
  ['it|that sounds|seems like|as', true],
  ['sounds like', true],
  ['so you', true],
  [
    'you are|were feeling|worried|concerned|frustrated|upset|scared|afraid|unsure|not|thinking|wondering|hoping|saying|tired|fed',
    true,
  ],
  ['you feel|felt|want|wanted|wish|hope|worry|think|believe|sound|seem|mean', true],
  ['you would like|rather|love|prefer', true],
  ['you have|had been|tried|noticed|found|decided|struggled|felt|done|said|made|come', true],
  ['you do|did not want|like|think|feel|know|see|believe|have', true],
  ['for you', true],
  ['part of you', true],
  ['on one hand', true],
  ['what i am hearing', true],
  ['i am|i hearing|sensing', true],
  ['i hear that', true],
  ['it seems', true],
  ['seems|sounds like', true],
  ['[it|that] sounds|seems as though|if', true],
  ['you really|also|just|still|kind|sort', true],
  ['you wanna|want|do|would', true],
  ['so that|it|there|this|the|your|for', true],
  ['i am|also [also|am] hearing|sensing|noticing|seeing', true],
  [
    'you are sharing|telling|describing|noticing|recognizing|recognising|realizing|realising|already',
    true,
  ],
  ['you have got|gotten', true],
]);

/** Words for feelings; a sentence that shares or names one is an emotional reaction. */
const FEELING_WORDS = new Set([
  'feel',
  'feels',
  'felt',
  'feeling',
  'feelings',
  'sad',
  'lonely',
  'alone',
  'depressed',
  'depression',
  'anxious',
  'anxiety',
  'scared',
  'hurt',
  'hurts',
  'pain',
  'painful',
  'crying',
  'cry',
  'cried',
  'tears',
  'miserable',
  'hopeless',
  'helpless',
  'worthless',
  'empty',
  'numb',
  'exhausted',
  'tired',
  'stressed',
  'stress',
  'panic',
  'overwhelmed',
  'ashamed',
  'guilty',
  'heartbroken',
  'grief',
  'grieving',
  'suicidal',
  'upset',
  'frustrated',
  'angry',
  'worried',
  'worry',
  'nervous',
  'insecure',
  'struggle',
  'struggling',
  'struggled',
  'suffering',
  'happy',
  'glad',
  'proud',
  'relieved',
  'sorry',
  'understand',
  'relate',
  'same',
  'been',
  'too',
  'love',
]);
const isFeelingWord = wordIn(FEELING_WORDS);
/** Sentences with a feeling word: only they can share a feeling. */
const FEELING = sentenceCue((norm) => FEELING_WORDS.has(norm));
const PERSONAL = new Set(['i', 'me', 'my', 'myself', 'you', 'your', 'yourself']);
const isPersonal = wordIn(PERSONAL);

const ADVICE = /^(should|could|might|may|can|need|needs|must|will|would|have to|ought)$/;

export interface EmpathyFinding {
  kind: EmpathyKind | 'reflection' | 'feeling';
  from: number;
  to: number;
}

export function findEmpathy(doc: CoachDocument): EmpathyFinding[] {
  const { tokens } = doc;
  const found: EmpathyFinding[] = [];
  // Patterns overlap ("it's not a big deal" holds "not a big deal"): one finding per phrase,
  // the longest, so the writer sees each phrase once.
  const matches = longestFirst(phrases.findAll(tokens).slice());
  let coveredTo = -1;
  // The dismissive phrases first: a sentence that brushes the feeling aside has no empathy
  // in it, wherever in the sentence the brush-off comes.
  const dismissive = matches.filter(
    (m) => m.value === 'dismissive' && !tokens[m.from]!.quoted && dismissiveInContext(doc, m),
  );
  const dismissiveSentences = new Set(dismissive.map((m) => doc.sentenceOf[m.from]!));
  for (const match of matches) {
    if (tokens[match.from]!.quoted) continue;
    if (match.value === 'dismissive' && !dismissive.includes(match)) continue;
    if (match.value === 'empathy') {
      if (dismissiveSentences.has(doc.sentenceOf[match.from]!)) continue;
      if (!empathyInContext(doc, match)) continue;
    }
    if (match.to <= coveredTo && found.at(-1)?.kind === match.value) continue;
    found.push({ kind: match.value, from: match.from, to: match.to });
    coveredTo = Math.max(coveredTo, match.to);
  }
  // Read from the joint scan of the document, rather than tried again at each sentence.
  const openers = REFLECTION_OPENERS.findAll(tokens);
  doc.sentences.forEach((sentence, index) => {
    if (dismissiveSentences.has(index)) return;
    if ((sentence.cues & FEELING) !== 0 && sharesFeeling(doc, sentence.from, sentence.to))
      found.push({ kind: 'feeling', from: sentence.from, to: sentence.to });
    if (sentence.asks) return;
    const start = doc.clauseStarts[index]!;
    if (
      sumsUpAfterSo(tokens, sentence.from, start, sentence.to) ||
      opensReflection(tokens, openers, sentence.from, start, sentence.to) ||
      saysWhatTheyDid(tokens, start, sentence.to)
    )
      found.push({ kind: 'reflection', from: sentence.from, to: sentence.to });
  });
  return found;
}

/**
 * Matches by where they start, the longest first among those starting together. They come in
 * order of start already, so an insertion sort only swaps the few that share one. (analyze.ts
 * sorts findings the same way with its own order; one sort taking the order as a function
 * measured 2% slower over the whole analysis, so each keeps its own.)
 */
function longestFirst<T extends { from: number; to: number }>(matches: T[]): T[] {
  for (let i = 1; i < matches.length; i++) {
    const match = matches[i]!;
    let j = i - 1;
    while (j >= 0) {
      const other = matches[j]!;
      if (other.from < match.from || (other.from === match.from && other.to >= match.to)) break;
      matches[j + 1] = other;
      j--;
    }
    matches[j + 1] = match;
  }
  return matches;
}

function opensReflection(
  tokens: Token[],
  openers: readonly PatternMatch<true>[],
  from: number,
  start: number,
  to: number,
): boolean {
  // "So you…" opens a reflection even though "so" is usually only a lead-in.
  const opener = openerAt(tokens, openers, from, to) ?? openerAt(tokens, openers, start, to);
  if (!opener || wordCount(tokens, start, to) < 5) return false;
  // "That sounds like a plan", "sounds like a great idea": agreeing, not restating their side;
  // "sounds like the oven thermostat again": our guess at the cause.
  if (
    tokens[opener.to - 1]!.norm === 'like' &&
    (agreesAt(tokens, opener.to) || namesACauseAlone(tokens, opener.to, to))
  )
    return false;
  // "You should…", "you can try…" give advice; "you will need to…" gives orders.
  const verb = tokens[start + 1]?.norm ?? '';
  return !(tokens[start]!.norm === 'you' && ADVICE.test(verb) && !wouldLike(tokens, start));
}

/**
 * The first reflection opener starting at token i and ending by `to`, from the document's
 * matches (in order of start, and at one start in the set's order). One that runs past the
 * sentence is looked for again within it.
 */
function openerAt(
  tokens: Token[],
  openers: readonly PatternMatch<true>[],
  i: number,
  to: number,
): PatternMatch<true> | null {
  const opener = openers[firstStartingFrom(openers, i)];
  if (opener === undefined || opener.from !== i) return null;
  return opener.to <= to ? opener : REFLECTION_OPENERS.matchAt(tokens, i, to);
}

/** What "sounds like" is followed by when it agrees: "a plan", "a great idea", "fun". */
const AGREEING = new Set([
  'plan',
  'deal',
  'good',
  'great',
  'nice',
  'lovely',
  'fun',
  'brilliant',
  'fantastic',
  'wonderful',
  'perfect',
  'excellent',
  'sensible',
]);

function agreesAt(tokens: Token[], at: number): boolean {
  const first = tokens[at]?.norm ?? '';
  const word = first === 'a' || first === 'an' ? (tokens[at + 1]?.norm ?? '') : first;
  return AGREEING.has(word);
}

/** After a leading "you", words that make the sentence advice, an absolute or a courtesy. */
const NOT_WHAT_THEY_DID = new Set([
  'should',
  'could',
  'might',
  'may',
  'can',
  'need',
  'needs',
  'must',
  'will',
  'would',
  'shall',
  'ought',
  'gotta',
  'always',
  'never',
  'know',
  'see',
  'guys',
  'all',
]);

/**
 * "You waited forty minutes for a table." "You got the wrong size." A statement that starts
 * with them and says what they did, went through or are like restates their side. Not
 * "you should…", "you can…", "you have to…" (telling them what to do), "you always…" (an
 * absolute, which the blame check reads), "you're welcome to…" or "you are entitled to…" (what
 * they may do) or "you didn't…".
 */
function saysWhatTheyDid(tokens: Token[], start: number, to: number): boolean {
  if (tokens[start]?.norm !== 'you' || tokens[start]!.quoted) return false;
  if (wordCount(tokens, start, to) < 4) return false;
  const verb = tokens[start + 1]!;
  if (verb.kind !== 'word' || NOT_WHAT_THEY_DID.has(verb.norm)) return false;
  const next = tokens[start + 2]?.norm;
  if (verb.norm === 'have' && (next === 'to' || next === 'got')) return false;
  // "You didn't include the order number" may as well point out their slip: not counted.
  if (next === 'not') return false;
  return !(verb.norm === 'are' && next !== undefined && COURTESIES.has(next));
}

/** "You are welcome to…", "you are entitled to a refund", "you are able to cancel…": what they may do. */
const COURTESIES = new Set([
  'welcome',
  'more',
  'entitled',
  'eligible',
  'able',
  'free',
  'allowed',
  'invited',
  'required',
  'responsible',
]);

/** After "so", words that start on what we will do, only make the next word stronger, or agree. */
const NOT_ABOUT_THEM = new Set([
  'i',
  'we',
  'let',
  'my',
  'our',
  'me',
  'us',
  'sorry',
  'glad',
  'happy',
  'sad',
  'pleased',
  'thankful',
  'grateful',
  'much',
  'many',
  'very',
  'far',
  // "So am I", "so do we": agreeing, not summing up.
  'am',
  'is',
  'are',
  'was',
  'were',
  'do',
  'does',
  'did',
  'have',
  'has',
  'can',
  'will',
  'would',
]);

/**
 * "So, a birthday dinner for six." "Okay, so the cake never came." Led in by "so", a
 * statement about them or what happened to them sums up what they said: a reflection, even a
 * short one without a verb. Led in by "so" but going on about us ("So we'll send a new one",
 * "So let me check") it announces what we do; "so sorry" and "so glad" only intensify; "so am
 * I" agrees; and "so you can…", "so you'll need to…" tell them what to do.
 */
function sumsUpAfterSo(tokens: Token[], from: number, start: number, to: number): boolean {
  let so = false;
  for (let i = from; i < start; i++) if (tokens[i]!.norm === 'so') so = true;
  if (!so || start >= to || tokens[start]!.quoted) return false;
  let first = start;
  // "So, you know, …" is a filler before the real start.
  if (tokens[first]!.norm === 'you' && tokens[first + 1]?.norm === 'know')
    first = clauseStart(tokens, first + 2, to);
  if (first >= to || wordCount(tokens, first, to) < 3) return false;
  if (NOT_ABOUT_THEM.has(tokens[first]!.norm)) return false;
  for (let i = first; i < to - 1; i++) {
    if (tokens[i]!.norm === 'you' && ADVICE.test(tokens[i + 1]!.norm) && !wouldLike(tokens, i))
      return false;
  }
  return true;
}

/**
 * "You would like…" and "you'd have been fine" restate what they want or went through;
 * "you would need to…" and "you would have to…" tell them what to do.
 */
function wouldLike(tokens: CoachDocument['tokens'], you: number): boolean {
  if (tokens[you + 1]?.norm !== 'would') return false;
  const next = tokens[you + 2]?.norm;
  const after = tokens[you + 3]?.norm;
  if (next === 'need') return false;
  return !((next === 'have' || next === 'be') && (after === 'to' || after === 'able'));
}

/**
 * A personal sentence that names a feeling: "I felt the same after my dad died", "you must
 * be exhausted". Service boilerplate ("we'd love to help", "happy to help") does not count.
 */
function sharesFeeling(doc: CoachDocument, from: number, to: number): boolean {
  const { tokens } = doc;
  const asks = doc.sentences[doc.sentenceOf[from]!]?.asks ?? false;
  let personal = false;
  let feeling = -1;
  // Both found, the rest of the sentence changes nothing.
  for (let i = from; i < to && !(personal && feeling >= 0); i++) {
    const token = tokens[i]!;
    const norm = token.norm;
    if (!personal && isPersonal(token.lex)) personal = true;
    if (feeling < 0 && isFeelingWord(token.lex) && !token.quoted) {
      const next = tokens[i + 1]?.norm ?? '';
      if (
        ['love', 'happy', 'glad', 'sorry', 'understand', 'same', 'been', 'too', 'feel'].includes(
          norm,
        )
      ) {
        // Only as feelings: "I feel the same", "me too", "I've been there", not "happy to help".
        if (norm === 'love' || norm === 'happy' || norm === 'glad') {
          if (['to', 'help', 'hear', 'we', 'you', 'that', 'it'].includes(next)) continue;
        } else if (norm === 'sorry' || norm === 'understand') continue;
        // "I felt the same" shares a feeling; "did anyone else have the same?" asks a fact.
        else if (norm === 'same' && (normAt(tokens, i - 1) !== 'the' || asks)) continue;
        else if (norm === 'been' && next !== 'there' && next !== 'through') continue;
        else if (norm === 'too' && normAt(tokens, i - 1) !== 'me') continue;
        else if (norm === 'feel' && ['free', 'that', 'this', 'way'].includes(next)) continue;
      }
      feeling = i;
    }
  }
  return personal && feeling >= 0 && wordCount(tokens, from, to) >= 3;
}

const FEELING_PREFIXES = FEELINGS.split('|').map((word) => word.replace('*', ''));
const UNDERSTAND_WHAT = new Set([
  'how',
  'why',
  'that',
  'this',
  'you',
  'your',
  'what',
  'where',
  'completely',
  'totally',
  'fully',
  'it',
  'and',
]);

/**
 * "I understand" acknowledges a feeling when it is about the person ("I understand how
 * annoying…", "I understand your frustration", "I understand."), not when it confirms a fact
 * ("I understand the order number is 4412").
 */
function empathyInContext(doc: CoachDocument, match: PatternMatch<EmpathyKind>): boolean {
  const { tokens } = doc;
  // "That's not on, and I'm sorry" sides with them; "that's not on the menu" does not.
  if (match.source === NOT_ON)
    return tokens[match.to]?.kind !== 'word' || tokens[match.to]!.norm === 'and';
  // "That's not what you ordered" sides with them; "that's not what happened" corrects them.
  if (tokens[match.to - 1]!.norm === 'what') return SIDING_WITH.has(tokens[match.to]?.norm ?? '');
  // "That must have been a shock" feels with them; "it must have been a mix-up" names a cause.
  if (tokens[match.to - 1]!.norm === 'been' && normAt(tokens, match.to - 2) === 'have')
    return !namesACause(tokens, match.to);
  // "I agree, that's not good enough" sides with them; "I agree to the terms" accepts a deal.
  // "Can we agree a delivery window?" proposes a deal.
  // "That's not acceptable" sides with them; "it's not acceptable to speak to customers like
  // that" states a rule to someone. "It's not fair to you" and "it's not okay to keep you
  // waiting", about what was done to them, still side with them.
  if (RULE_WORDS.has(tokens[match.to - 1]!.norm) && tokens[match.to]?.norm === 'to') {
    for (let i = match.to + 1; i < Math.min(tokens.length, match.to + 5); i++)
      if (ADDRESSED.has(tokens[i]!.norm)) return true;
    return false;
  }
  if (tokens[match.to - 1]!.norm === 'agree')
    return (
      tokens[match.to]?.norm !== 'to' &&
      tokens[match.to]?.norm !== 'on' &&
      !PROPOSING.has(normAt(tokens, match.from - 1))
    );
  if (tokens[match.to - 1]!.norm !== 'understand') return true;
  const next = tokens[match.to];
  if (!next || next.kind !== 'word') return true;
  if (UNDERSTAND_WHAT.has(next.norm)) return true;
  for (let i = match.to + 1; i < Math.min(tokens.length, match.to + 4); i++) {
    const norm = tokens[i]!.norm;
    if (FEELING_PREFIXES.some((prefix) => norm.startsWith(prefix))) return true;
  }
  return false;
}

/** What is not okay, said of a situation or, before "to" and a verb, of doing something. */
const RULE_WORDS = new Set(['ok', 'okay', 'fair', 'right', 'acceptable']);
/** Whom "not fair to…" is said of: then it still sides with them. */
const ADDRESSED = new Set(['you', 'u', 'your', 'them', 'him', 'her', 'us', 'anyone', 'anybody']);

/** Words before "we agree" that make it a proposal: "can we agree…", "let's agree…". */
const PROPOSING = new Set([
  'can',
  'could',
  'shall',
  'should',
  'let',
  'to',
  'must',
  'will',
  'would',
]);

/** Who "that's not what…" speaks for when it sides with them: "what you ordered", "what we promised". */
const SIDING_WITH = new Set(['you', 'we']);

/** What "it's just a…" may modestly introduce without shrinking the person's problem. */
const TRIPS = new Set(['walk', 'drive', 'ride', 'hop', 'trip', 'journey', 'distance']);
const MODEST = new Set([
  'moment',
  'minute',
  'second',
  'question',
  'thought',
  'suggestion',
  'reminder',
  'quick',
  'few',
  'note',
  'heads',
  'courtesy',
]);

function dismissiveInContext(doc: CoachDocument, match: PatternMatch<EmpathyKind>): boolean {
  const { tokens } = doc;
  const first = tokens[match.from]!.norm;
  const before = normAt(tokens, match.from - 1);
  // "at least" is dismissive only when it shrugs the problem off ("At least you got a table").
  if (first === 'at')
    return (
      match.from === doc.sentences[doc.sentenceOf[match.from]!]!.from &&
      SHRUGGED_OFF.has(tokens[match.to]?.norm ?? '')
    );
  if (first === 'whatever') return tokens[match.to]?.kind !== 'word' || match.to >= tokens.length;
  if (first === 'move') return before === 'just' || before === 'to' || before === 'should';
  if (first === 'good') return tokens[match.to]?.kind !== 'word';
  // "There's no need to apologise" is kindness; "there's no need to shout" is not.
  if (first === 'there') return !KINDLY_SPARED.has(tokens[match.from + 5]?.norm ?? '');
  if (first === 'these' || first === 'such') return true;
  // "It's just 5 minutes' walk from the station" gives a distance; it shrinks no one's wait.
  if (UNITS.has(tokens[match.to - 1]!.norm))
    return !tokens[match.to - 1]!.raw.endsWith("'") && !DISTANCE.has(tokens[match.to]?.norm ?? '');
  // "It happens." shrugs; "if it happens again" and "it happens to be our busiest night" do not.
  if (first === 'it' && tokens[match.from + 1]?.norm === 'happens')
    return !WHEN_OR_IF.has(before) && !AFTER_HAPPENS.has(tokens[match.to]?.norm ?? '');
  // "It's just a short walk from the station" gives a distance ("it's just a short delay"
  // shrinks one).
  if (tokens[match.to]?.norm === 'short' && TRIPS.has(normAt(tokens, match.to + 1))) return false;
  // "It's just a haircut" shrinks the problem; "it's just a suggestion" only sounds modest.
  if (
    (first === 'it' || first === 'this' || first === 'that') &&
    (normAt(tokens, match.to - 2) === 'just' || normAt(tokens, match.to - 2) === 'only')
  )
    return (
      match.from ===
        clauseStart(tokens, doc.sentences[doc.sentenceOf[match.from]!]!.from, match.from + 1) &&
      !MODEST.has(tokens[match.to]?.norm ?? '')
    );
  // "It's not a big deal to move your booking" makes light of our effort, not of their problem.
  if (normAt(tokens, match.to - 1) === 'deal' && tokens[match.to]?.norm === 'to') return false;
  if (['not', 'never'].includes(before)) return false;
  // "I'm not saying you're overreacting", "nobody should tell you to calm down": the brush-off
  // is named to be disowned.
  return !disownedBefore(tokens, match.from, doc.sentences[doc.sentenceOf[match.from]!]!.from);
}

/** What "there's no need to…" kindly spares them: an apology, thanks, worry, hurry. */
const KINDLY_SPARED = new Set([
  'apologise',
  'apologize',
  'apologising',
  'apologizing',
  'apologies',
  'thank',
  'thanks',
  'worry',
  'rush',
  'hurry',
  'pay',
  'bring',
  'wait',
]);

/** What a wait or a cost is counted in; "minutes' walk" or "minutes away" gives a distance. */
const UNITS = new Set([
  'minute',
  'minutes',
  'mins',
  'hour',
  'hours',
  'pounds',
  'quid',
  'dollars',
  'euros',
  'days',
  'bucks',
]);
const DISTANCE = new Set(['walk', 'drive', 'ride', 'away', 'from', 'by', 'on', 'to']);
/** What "at least" goes on to when it shrugs the problem off: "At least the food was good". */
const SHRUGGED_OFF = new Set([
  'you',
  'it',
  'the',
  'your',
  'nobody',
  'no',
  'everything',
  'that',
  'this',
  'they',
  'we',
]);
const WHEN_OR_IF = new Set(['if', 'when', 'whenever', 'unless', 'before', 'until', 'whether']);
const AFTER_HAPPENS = new Set(['to', 'again', 'that']);

/** Verbs that report a brush-off rather than make one, and the negations that disown it. */
