import type { CoachDocument } from './document';
import { sentenceCue, wordIn } from './lexemes';
import { PatternSet } from './patterns';
import { NEGATORS, valenceOf } from './sentiment';

export type BlameKind = 'blame' | 'absolute' | 'defensive' | 'policy' | 'hostile';

const PATTERNS: Array<[string, BlameKind]> = [
  // Pointing at the person.
  ['you|u should|shouldnt [not|really|probably|just] have|of', 'blame'],
  ['you|u failed|forgot|neglected|refused to', 'blame'],
  [
    'you|u did not|never [even] read|follow|check|listen|bother|tell|mention|say|pay|specify|provide|ask|understand|look|notice|think',
    'blame',
  ],
  ['your [own] fault', 'blame'],
  ['is|was your [own] problem|responsibility|mistake|error|doing|choice', 'blame'],
  ['that|it is|was on you', 'blame'],
  ['if you had', 'blame'],
  // Doing it without the step that would have avoided it: "you acted without checking".
  [
    'you|u * [it|this|that|ahead] without checking|asking|telling|reading|looking|thinking|confirming',
    'blame',
  ],
  ['if you would have', 'blame'],
  ['had you read|checked|followed|listened|called|asked|told', 'blame'],
  ['you were supposed|told|warned|informed|advised', 'blame'],
  ['you agreed to', 'blame'],
  ['you|u [clearly|obviously] do|did|can not understand|get|read|know', 'blame'],
  ['you clearly|obviously', 'blame'],
  ['clearly|obviously you', 'blame'],
  [
    'you need|have|must to [first] read|understand|learn|realize|realise|calm|stop|accept|get',
    'blame',
  ],
  ['you people', 'blame'],
  // Their slip, pointed out: "you booked the wrong day" (not "you got the wrong dish", ours).
  [
    'you|u booked|ordered|chose|picked|selected|entered|typed|gave|put|used|paid|clicked|read|said the|a wrong',
    'blame',
  ],
  ['people like you', 'blame'],
  ['because you did|didnt|failed|forgot|chose|decided|ignored', 'blame'],
  ['you caused|created|made [this|the|a] [mistake|mess|problem|error]', 'blame'],
  ['you should know|understand|realize|realise|have', 'blame'],
  ['blame', 'blame'],
  ['blaming', 'blame'],
  ['it is|was user|customer error', 'blame'],
  // Absolutes aimed at a person.
  ['you|u [are|were] always|never|constantly', 'absolute'],
  ['every [single] time you', 'absolute'],
  ['all you [ever]', 'absolute'],
  ['you keep|kept [on] saying|asking|doing|complaining|calling|sending|changing', 'absolute'],
  ['they|these|those|people always|never', 'absolute'],
  // Defending ourselves instead of helping.
  [
    'not [really|entirely|exactly|actually|strictly|technically] our|my fault|problem|responsibility|department|issue|concern|job|call|decision',
    'defensive',
  ],
  ['not [really] something we|i do|offer|can|provide', 'defensive'],
  ['nothing to do with us|me|our', 'defensive'],
  ['there is nothing [more|else] we|i can do', 'defensive'],
  ['nothing [more|else] we|i can do', 'defensive'],
  ['out of our|my hands|control', 'defensive'],
  ['we|i did nothing wrong', 'defensive'],
  ['we|i do|did not intend|mean', 'defensive'],
  ['we|i were|was unaware', 'defensive'],
  ['we|i were|was not aware', 'defensive'],
  ['we|i are|am not responsible|liable|accountable', 'defensive'],
  ['not something|anything we|i are|am|were|was responsible|liable|accountable', 'defensive'],
  ['it is|was up to them|you|the', 'defensive'],
  ['up to them', 'defensive'],
  ['as far as i|we can see|tell', 'defensive'],
  ['that|this may|might|could be [the] case|so|true , but', 'defensive'],
  ['that|this may|might|could be [the] case|so|true but', 'defensive'],
  ['i just work here', 'defensive'],
  ['that|it is how it works|is', 'defensive'],
  ['that|it is just how', 'defensive'],
  ['is correct', 'defensive'],
  ['was correct', 'defensive'],
  ['we|i do|did follow|followed', 'defensive'],
  ['we followed [the|our|all] procedure*|process*|rules|guidelines|protocol', 'defensive'],
  [
    'you would|will|wd [then] need|have to contact|speak|call|reach|go|talk|get|ask|take|raise|cancel',
    'defensive',
  ],
  ['you need to contact|speak|call|reach|go|talk|get|ask|take|raise', 'defensive'],
  ['contact|call|ask them directly', 'defensive'],
  ['directly to|with them|the', 'defensive'],
  ['is|are intended|designed|meant for', 'defensive'],
  ['not intended|designed|meant for', 'defensive'],
  ['it is|was their responsibility|fault|problem|decision|policy', 'defensive'],
  ['that|it is what it is', 'defensive'],
  ['technically', 'defensive'],
  ['in our defen*', 'defensive'],
  ['to be fair', 'defensive'],
  // Vouching for ourselves instead of looking at what happened.
  [
    'our staff|team|stylists|chefs|kitchen are|is [all] [highly|fully|well] trained|qualified|professionals|experienced',
    'defensive',
  ],
  ['was|were cooked|prepared|made|done correctly|properly', 'defensive'],
  // One take-it-or-leave-it option, where the method asks for choices that fit the person.
  ['take it or leave it', 'defensive'],
  ['final offer', 'defensive'],
  ['that|this is the best|most we|i can do|offer', 'defensive'],
  ['the only thing|option we|i can do|offer', 'defensive'],
  ['that|this is all we|i can do|offer', 'defensive'],

  // Hiding behind rules.
  ['our|the|company|store|this|that|a|its|their policy|policies', 'policy'],
  ['policy is|states|says|does', 'policy'],
  ['terms and conditions', 'policy'],
  [
    'our|the terms|conditions [clearly|explicitly|plainly] state|states|say|says|said|stated',
    'policy',
  ],
  ['as stated|outlined|explained|set in our|the', 'policy'],
  ['terms of service|use|sale', 'policy'],
  ['rules are rules', 'policy'],
  // The notation has no multi-word alternatives: "we can not" and "we are unable to" are two.
  ['we|i can not make [an|any] exception*', 'policy'],
  ['we|i am|are unable|not [able] to make [an|any] exception*', 'policy'],
  ['we|i do not make [an|any] exception*', 'policy'],
  ['no exceptions', 'policy'],
  ['subject to fees|a|the|charges|availability|change', 'policy'],
  ['to qualify for', 'policy'],
  ['regulations', 'policy'],
  ['as per our|the', 'policy'],
  ['our hands are tied', 'policy'],
  ['procedure|procedures|protocol|protocols state*|require*|is|are|does', 'policy'],
  ['that is not allowed', 'policy'],
  ['we|i am|are not allowed|permitted|authorized|authorised', 'policy'],
  // Condescension and generalisation, as in hostile comment threads.
  ['learn to read', 'hostile'],
  ['try reading', 'hostile'],
  ['read the article|story|piece', 'hostile'],
  ['do your [own] research|homework', 'hostile'],
  ['educate yourself', 'hostile'],
  ['get your facts', 'hostile'],
  ['get a clue|life|grip', 'hostile'],
  ['wake up', 'hostile'],
  ['grow up', 'hostile'],
  ['nice try', 'hostile'],
  ['news flash', 'hostile'],
  ['newsflash', 'hostile'],
  ['bless your heart', 'hostile'],
  ['you do realize|realise|know|understand that', 'hostile'],
  ['do you even', 'hostile'],
  ['how dare', 'hostile'],
  ['yeah right', 'hostile'],
  ['shut up', 'hostile'],
  ['what planet', 'hostile'],
  ['typical', 'hostile'],
  ['so - called', 'hostile'],
  ['so called', 'hostile'],
  ['lol', 'hostile'],
  ['lmao', 'hostile'],
  ['haha', 'hostile'],
  ['sheeple', 'hostile'],
  [
    'these|those|you|all|typical|most|many liberals|conservatives|leftists|lefties|libs|progressives|socialists|republicans|democrats|dems|liberal|conservative|feminists|elites|muslims|immigrants|millennials|boomers|politicians|trumpers|cons|tories|ndp|greens|people|types|folks|idiots|clowns|morons',
    'hostile',
  ],
  ['people like', 'hostile'],
  ['your ilk|kind|type', 'hostile'],
  ['the left|right always|never|is|are|wants|hates', 'hostile'],
  ['they all', 'hostile'],
  ['every single one', 'hostile'],
];

/** Words that insult the person they describe; scored only when something is aimed at. */
const INSULTS = new Set([
  'idiot',
  'idiots',
  'idiotic',
  'stupid',
  'stupidity',
  'moron',
  'morons',
  'moronic',
  'fool',
  'fools',
  'foolish',
  'dumb',
  'ignorant',
  'ignorance',
  'clueless',
  'pathetic',
  'loser',
  'losers',
  'liar',
  'liars',
  'hypocrite',
  'hypocrites',
  'hypocritical',
  'hypocrisy',
  'bigot',
  'bigots',
  'bigoted',
  'racist',
  'racists',
  'sexist',
  'troll',
  'trolls',
  'clown',
  'clowns',
  'imbecile',
  'imbeciles',
  'delusional',
  'brainwashed',
  'sheep',
  'lunatic',
  'lunatics',
  'nutjob',
  'nutjobs',
  'nuts',
  'jerk',
  'jerks',
  'scum',
  'trash',
  'disgrace',
  'disgraceful',
  'incompetent',
  'incompetence',
  'useless',
  'lazy',
  'arrogant',
  'arrogance',
  'smug',
  'whiner',
  'whiners',
  'whining',
  'whine',
  'crybaby',
  'entitled',
  'greedy',
  'crooks',
  'crook',
  'crooked',
  'corrupt',
  'thieves',
  'thugs',
  'thug',
  'nazi',
  'nazis',
  'fascist',
  'fascists',
  'commie',
  'commies',
  'libtard',
  'libtards',
  'snowflake',
  'snowflakes',
  'elitist',
  'idiocy',
  'absurd',
  'ridiculous',
  'nonsense',
  'rubbish',
  'drivel',
  'lies',
  'lying',
  'hateful',
  'disgusting',
  'vile',
  'despicable',
  'evil',
  'twisted',
  'silly',
  'naive',
  'childish',
  'juvenile',
  'shameless',
  'spineless',
  'coward',
  'cowards',
  'cowardly',
  'gullible',
  'uneducated',
  'illiterate',
  'hysterical',
  'paranoid',
  'deranged',
  'insane',
  'crazy',
  'dimwit',
  'dimwits',
  'halfwit',
  'dolt',
  'dopes',
  'dope',
  'buffoon',
  'buffoons',
  'twit',
  'twits',
  'bozo',
  'puppet',
  'puppets',
  'hack',
  'hacks',
  'shill',
  'shills',
  'propaganda',
  'bs',
  'bullshit',
  'crap',
  'garbage',
  'pig',
  'pigs',
  'rat',
  'rats',
  'parasite',
  'parasites',
  'leech',
  'leeches',
  'freeloader',
  'freeloaders',
  'traitor',
  'traitors',
  'incompetents',
  'fraud',
  'frauds',
  'fake',
  'phony',
  'sad',
  'shameful',
  'dishonest',
  'hypocrits',
  'psycho',
  'sicko',
  'idiocracy',
  'rant',
  'ranting',
  'hatred',
  'bigotry',
  'racism',
  'selfish',
  'nasty',
  'mindless',
  'ignorance',
  'dunce',
  'dumbest',
  'stupidest',
  'laughable',
  'pompous',
  'condescending',
  'stooge',
  'stooges',
  'zealot',
  'zealots',
  'extremist',
  'extremists',
  'fanatic',
  'fanatics',
  'wingnut',
  'wingnuts',
  'moonbat',
  'moonbats',
  'lefty',
  'righty',
  'muppet',
]);
const isInsult = wordIn(INSULTS);
/** Sentences with an insult in them: the only ones the insult check below reads. */
const INSULT_WORDS = sentenceCue((norm) => INSULTS.has(norm));

const TARGETS = new Set([
  'you',
  'your',
  'u',
  'ur',
  'they',
  'them',
  'their',
  'he',
  'his',
  'she',
  'her',
  'these',
  'those',
  'people',
  'who',
  'yourself',
  'guy',
  'guys',
  'man',
  'woman',
  'government',
  'party',
  'leader',
  'minister',
  'pm',
  'premier',
  'mayor',
  'president',
  'media',
  'writer',
  'author',
  'columnist',
  'reporter',
  'journalist',
  'editor',
  'article',
  'commenter',
  'poster',
]);
const isTarget = wordIn(TARGETS);

/**
 * Blaming the evening: "sorry, we were really busy" excuses the failure instead of owning it.
 * The same words next to ownership ("that's no excuse", "that's on us") explain it.
 */
const EXCUSES: Array<[string, BlameKind]> = [
  [
    'we|it were|was [very|really|so|extremely|incredibly|just|super] busy|slammed|swamped|understaffed',
    'defensive',
  ],
  ['we|it were|was [very|really|so|badly] short [-] staffed|handed', 'defensive'],
];
const EXCUSE_SOURCES = new Set(EXCUSES.map(([source]) => source));
const OWNING_IT = new PatternSet<true>([
  ['no|not [an] excuse', true],
  ['that|this|it is on us|me', true],
  ['our|my fault|mistake|responsibility', true],
  ['we|i should have', true],
]);

const patterns = new PatternSet<BlameKind>([...PATTERNS, ...EXCUSES]);
const WHAT_THEY_GOT = new Set(['something', 'anything', 'everything', 'what', 'whatever']);
const RECEIVING = new Set(['had', 'got', 'gotten', 'been', 'received', 'enjoyed', 'seen']);

export interface BlameFinding {
  kind: BlameKind;
  from: number;
  to: number;
}

export function findBlame(doc: CoachDocument): BlameFinding[] {
  const { tokens } = doc;
  const found: BlameFinding[] = [];
  let owned: boolean | undefined;
  for (const match of patterns.findAll(tokens)) {
    const first = tokens[match.from]!;
    if (first.quoted) continue;
    if (EXCUSE_SOURCES.has(match.source)) {
      owned ??= OWNING_IT.findAll(tokens).some((m) => !tokens[m.from]!.quoted);
      if (owned) continue;
    }
    if (match.value !== 'defensive' && negatedBefore(tokens, match.from)) continue;
    // "you should have had a better evening" wishes them well; "you should have checked" blames.
    if (match.source.includes('should') && RECEIVING.has(tokens[match.to]?.norm ?? '')) continue;
    // "You didn't ask for a receipt" blames; "something you didn't ask for" describes what they got.
    if (first.norm === 'you' && WHAT_THEY_GOT.has(tokens[match.from - 1]?.norm ?? '')) continue;
    // "our policy is to refund you in full" still explains a rule, but "we'll fix it, typical of us" doesn't blame.
    found.push({ kind: match.value, from: match.from, to: match.to });
  }
  // An insult counts when the sentence aims it at someone (you, they, the writer, a group).
  for (const sentence of doc.sentences) {
    if ((sentence.cues & INSULT_WORDS) === 0) continue;
    let target = false;
    for (let i = sentence.from; i < sentence.to && !target; i++) {
      const token = tokens[i]!;
      if (isTarget(token.lex)) target = true;
      else if (
        i > sentence.from &&
        token.kind === 'word' &&
        token.raw !== token.norm &&
        token.raw[0] !== token.norm[0]
      )
        target = true;
    }
    for (let i = sentence.from; i < sentence.to; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word' || token.quoted || !isInsult(token.lex)) continue;
      const negated = [1, 2].some((back) => NEGATORS.has(tokens[i - back]?.norm ?? ''));
      if (negated) continue;
      if (target || valenceOf(token.norm) <= -2.5)
        found.push({ kind: 'hostile', from: i, to: i + 1 });
    }
  }
  return found;
}

/**
 * Whether a negation governs the words at `from`: the word just before it, or one a few words
 * back in the same clause ("None of this was your doing", "It was never your fault").
 */
function negatedBefore(tokens: CoachDocument['tokens'], from: number): boolean {
  for (let back = 1; back <= 4; back++) {
    const token = tokens[from - back];
    if (!token || token.kind !== 'word') return false;
    if (NEGATORS.has(token.norm)) return true;
  }
  return false;
}
