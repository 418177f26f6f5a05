import { joined, type CoachDocument, normAt } from './document';
import { sentenceCue, wordFeature } from './lexemes';
import { PatternSet } from './patterns';
import { disownedBefore, NEGATORS, valenceOf } from './sentiment';
import { OUR_STAFF } from './words';

export type BlameKind = 'blame' | 'absolute' | 'defensive' | 'policy' | 'hostile';

/** What they could have done and did not, after "why didn't you…". */
const FAILED_TO =
  '[just] call|tell|say|ask|check|read|let|mention|contact|come|bring|wait|book|complain|inform|notify|speak|raise|report|follow|look|keep|think|bother|listen';

/** Their slip thrown back at them: "messed up", "screwed it up". */
const MESSED_UP = 'messed|screwed|cocked|stuffed|mucked [it|this|that|things|everything] up';

/** A refund refused outright: "we can't offer a refund" (see `LEAVES_THE_DOOR`). */
const NO_REFUND =
  'we|i can not offer|give|provide|issue [you] a|an|any refund|exchange|discount|credit';
/** The rush as the reason: "we've been swamped", "it's been a crazy week" (see `meantAsBlame`). */
const BEEN_BUSY =
  'we have|had been [very|really|so|extremely|incredibly|just|super] busy|slammed|swamped|understaffed';
const BEEN_HECTIC =
  'it is|has been a [very|really|so|bit|little] busy|crazy|hectic|manic|mad night|day|evening|weekend|week|month|shift|service';
const MISUNDERSTOOD_SINCE =
  'you|u have|had misunderstood|misread|misheard|misinterpreted|misremembered';
const MISUNDERSTOOD = 'you|u misunderstood|misread|misheard|misinterpreted|misremembered';
const MISTAKEN = 'you|u are|were mistaken';
const NEVER_PROMISED = 'we|i never promised|agreed|guaranteed|offered|said';
const SIMPLY_NOT_POSSIBLE = 'is simply|just not possible|doable|allowed';
/** The part that failed handed on to someone else: "the courier handles deliveries". */
const HANDLED_ELSEWHERE =
  'the courier|couriers|supplier|manufacturer|airline|bank|landlord handles|handle';
const RESPONSIBLE_ELSEWHERE =
  'the courier|couriers|supplier|manufacturer|airline|bank|landlord is|are responsible';
/** Their problem denied from our side (see `meantAsBlame`: "…now" says it was fixed). */
const WORKS_ON_OUR_SIDE = 'works|working fine|ok|okay|perfectly on our|my end|side';
const WORKS_AS_MEANT = 'working|works as intended|designed|expected';

/** The same refusal as what we are not able to do: "we're not able to offer refunds". */
const NOT_ABLE_TO_REFUND =
  'we|i are|am not able to offer|give|provide|issue|do [you] [a|an|any] refund|refunds|exchange|exchanges|discount|discounts|credit';
const UNABLE_TO_REFUND =
  'we|i are|am unable to offer|give|provide|issue|do [you] [a|an|any] refund|refunds|exchange|exchanges|discount|discounts|credit';
/** A rule on the money: "deposits are non-refundable" (see `LEAVES_THE_DOOR`). */
const NON_REFUNDABLE = 'is|are non - refundable';
const NON_REFUNDABLE_AS_ONE = 'is|are nonrefundable';
/** A window closed on them: "that's outside our returns window" (see `LEAVES_THE_DOOR`). */
const CLOSED_WINDOW =
  'outside|outwith|past|beyond [of] our|the returns|return|refund|cancellation|exchange window|period|policy';

/**
 * Vouching for what our side did, where their complaint asks us to look at it ("our driver
 * followed the instructions", "the chef did everything right", "our chefs are very
 * experienced"): defensive only when said of our side, as a fact (see `vouchesForUs`).
 */
const VOUCHING_SOURCES = [
  'followed ... procedure*|process*|rules|guidelines|protocol*|instructions|recipe|book',
  'did everything right|correctly|properly|by',
  'did nothing wrong',
  'did not do anything wrong',
  'did his|her|their|its job',
  'handled|acted|behaved|responded ... correctly|properly|appropriately|professionally',
  'are|is very|highly|extremely|fully|all experienced|trained|skilled|qualified',
];

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
  ['you|u just|simply do|did|can not understand|get', 'blame'],
  ['you clearly|obviously', 'blame'],
  ['clearly|obviously you', 'blame'],
  ['you need|have|must to [first] read|understand|learn|realize|realise|calm|stop|accept', 'blame'],
  // Their slip, pointed out: "you booked the wrong day" (not "you got the wrong dish", ours).
  [
    'you|u booked|ordered|chose|picked|selected|entered|typed|gave|put|used|paid|clicked|read|said the|a wrong',
    'blame',
  ],
  ['people like you', 'blame'],
  // Their record held against them: "you've been late three times this month".
  [
    'you|u have|had been late|rude|careless|sloppy|unprofessional|absent|disrespectful|unreliable',
    'blame',
  ],
  // Measured against a sensible person and found wanting: "any reasonable person would have
  // checked the size" ("any reasonable person would be upset" sides with them).
  [
    'any reasonable|sensible|normal person|customer|guest would|should|could have checked|read|noticed|known|asked|realised|realized|understood|seen|looked|called',
    'blame',
  ],
  ['because you did|didnt|failed|forgot|chose|decided|ignored', 'blame'],
  ['you caused|created|made [this|the|a] [mistake|mess|problem|error]', 'blame'],
  // "You messed up the booking again", "you've really screwed this up". (Written out rather
  // than with two optional words in a row, which would be tried at every "you have".)
  [`you|u ${MESSED_UP}`, 'blame'],
  [`you|u have|had|really|totally|completely ${MESSED_UP}`, 'blame'],
  [`you|u have|had really|totally|completely|properly ${MESSED_UP}`, 'blame'],
  // "Who told you it was okay to comp the whole table?" reproaches; it asks nothing.
  ['who told|said you|u [that] it|this|that was|is ok|okay|fine|alright', 'blame'],
  // Asking why they failed to: "why didn't you call us?" reproaches more than it asks ("why
  // don't you pop in on Tuesday?" suggests, so "do" is left out).
  [`why did|would|could|have|had you|u not ${FAILED_TO}`, 'blame'],
  [`why did|would|could|have|had not you|u ${FAILED_TO}`, 'blame'],
  // Guessing their slip: "you must have misread the menu".
  [
    'you|u must|probably|likely [have] misread|misunderstood|misheard|overlooked|confused|mixed|forgot|forgotten|ignored|misplaced|deleted',
    'blame',
  ],
  // Put as a possibility, still their slip: "you may have misunderstood our menu".
  [
    'you|u may|might have misread|misunderstood|misheard|overlooked|confused|misremembered',
    'blame',
  ],
  [
    'perhaps|maybe|possibly you|u did not see|notice|read|realise|realize the|our|that|this|it',
    'blame',
  ],
  // The fault put on their side: "there was some confusion on your end".
  ['confusion|mistake|error|misunderstanding|fault on|at your|their end|side|part', 'blame'],
  ['i am not sure where you|u got that|this|the idea|impression', 'defensive'],
  // A lesson for next time: "next time, please check your order before leaving".
  [
    'next time [,] [please|just|maybe|kindly|do] check|read|double|verify|remember|ensure|look|make|pay',
    'blame',
  ],
  [
    'going forward [,] [please|just|maybe|kindly|do] check|read|double|verify|remember|ensure|look|make|pay',
    'blame',
  ],
  // ("In future, please…", "in the future, please…": found by "future", which is rare.)
  [
    'future [,] [please|just|maybe|kindly|do] check|read|double|verify|remember|ensure|look|make|pay',
    'blame',
  ],
  // "I'd suggest reading the terms more carefully"; see `tellsThemTo` for "we'll check more
  // carefully". Found by its rarer end, then read back to the verb.
  ['more carefully', 'blame'],
  ['you should know|understand|realize|realise|have', 'blame'],
  ['blame', 'blame'],
  ['blaming', 'blame'],
  ['it is|was user|customer error', 'blame'],
  // Absolutes aimed at a person.
  ['you|u [are|were] always|never|constantly', 'absolute'],
  ['you|u guys|lot|people|all [are|were] always|never|constantly', 'absolute'],
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
  ['outside|beyond [of] our|my control', 'defensive'],
  // Their understanding, or honesty, put in doubt: "I think you've misunderstood our terms",
  // "I'm not saying you're lying, but…", "no offence, but…".
  [MISUNDERSTOOD_SINCE, 'blame'],
  [MISUNDERSTOOD, 'blame'],
  [MISTAKEN, 'blame'],
  ['not saying you|u are|were lying|making', 'hostile'],
  ['no offence|offense [,] but', 'hostile'],
  // A flat no, and a promise denied: "that's simply not possible", "we never promised a refund".
  [SIMPLY_NOT_POSSIBLE, 'defensive'],
  [NEVER_PROMISED, 'defensive'],
  [HANDLED_ELSEWHERE, 'defensive'],
  [RESPONSIBLE_ELSEWHERE, 'defensive'],
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
  // Not theirs to change, and not ours either: "I don't make the rules", "that's just the way
  // it is", "head office decides that, not me", "we did everything we could".
  ['i|we do not make the rules', 'defensive'],
  ['that|it is just|simply the way it is|works', 'defensive'],
  ['that|it is just|simply the way things are|work', 'defensive'],
  ['that|it is the way it is', 'defensive'],
  ['not me .|!', 'defensive'],
  ['we|i did everything|all we|i could|can', 'defensive'],
  ['we|i have done everything|all we|i could|can', 'defensive'],
  ['i am only|just the messenger', 'defensive'],
  ['above my pay grade|paygrade', 'defensive'],
  // The machine as the one who refuses: "the system won't let me", "computer says no".
  ['system|computer will|does|would not let|allow', 'defensive'],
  ['computer says no', 'defensive'],
  ['take it|this|that up with', 'defensive'],
  // Correcting or cutting them off while they tell it.
  // ("that's not what happened"; see `meantAsBlame`).
  ['that|this is not true|accurate|what', 'defensive'],
  [
    'that|this is simply|just|absolutely|completely|categorically|certainly|definitely not true|accurate|correct',
    'defensive',
  ],
  // Their expectation waved away: "that's not how it works".
  ['that|this is not how it|this|things work|works', 'defensive'],
  // Giving up on what they ask: "I don't know what else you expect us to do".
  ['not know what else|more you|u expect|want', 'defensive'],
  ['what else|more do|did you|u expect', 'hostile'],
  // What we have done held up against them: "we've bent over backwards for you already".
  ['we|i have|had bent over backwards', 'defensive'],
  ['we|i have|had already bent over backwards', 'defensive'],
  ['we|i have|had gone above and beyond', 'defensive'],
  ['we|i have|had already gone above and beyond', 'defensive'],
  // Experience in place of an answer: "I think I know what I'm doing."
  ['i|we think i|we know what i|we am|are doing', 'defensive'],
  ['let me stop you', 'defensive'],
  ['that|it is how it works|is', 'defensive'],
  ['that|it is just how', 'defensive'],
  // Standing by what we did or charged ("the charge is correct"); see `meantAsBlame`.
  ['is|was correct', 'defensive'],
  ['we|i do|did follow|followed', 'defensive'],
  ['we followed [the|our|all] procedure*|process*|rules|guidelines|protocol', 'defensive'],
  [
    'you would|will|wd [then] need|have to contact|speak|call|reach|talk|ask|raise|cancel',
    'defensive',
  ],
  ['you need to contact|speak|call|reach|talk|ask|raise', 'defensive'],
  // Sending them elsewhere ("you'll need to get in touch with your bank"), not directions
  // ("you'll need to take the second left", "you need to get a new key from reception").
  ['you would|will|wd [then] need|have to get|go|take in|back|it|this|up', 'defensive'],
  ['you need to get|go|take in|back|it|this|up', 'defensive'],
  ['contact|call|ask them directly', 'defensive'],
  ['directly to|with them|the', 'defensive'],
  ['is|are intended|designed|meant for', 'defensive'],
  ['not intended|designed|meant for', 'defensive'],
  ['it is|was their responsibility|fault|problem|decision|policy', 'defensive'],
  ['that|it is what it is', 'defensive'],
  ['technically', 'defensive'],
  ['in our defen*', 'defensive'],
  ['to be fair', 'defensive'],
  ['in [all] fairness', 'defensive'],
  // Their problem denied from our side: "works fine on our end", "it's working as intended",
  // "this is expected behaviour".
  [WORKS_ON_OUR_SIDE, 'defensive'],
  [WORKS_AS_MEANT, 'defensive'],
  ['is expected behaviour|behavior', 'defensive'],
  // Vouching for ourselves instead of looking at what happened.
  [
    'our staff|team|stylists|chefs|kitchen are|is [all] [highly|fully|well] trained|qualified|professionals|experienced',
    'defensive',
  ],
  ['was|were cooked|prepared|made|done correctly|properly', 'defensive'],
  // "Our driver followed the instructions", "the chef did everything right".
  ...VOUCHING_SOURCES.map((source): [string, BlameKind] => [source, 'defensive']),
  // Weighing them against everyone else: their experience counts for less.
  [
    'no one|nobody else [has|have|had|ever] [ever] complained|mentioned|reported|raised|noticed|had|said',
    'defensive',
  ],
  [
    'we|i have|had never had|received|got|gotten|seen|heard [a|any|one] [single|other] complaint*|problem|problems|issue|issues',
    'defensive',
  ],
  [
    'we|i have|had not had|received|got|gotten|seen|heard [a|any|one] [single|other] complaint*|problem|problems|issue|issues',
    'defensive',
  ],
  [
    'you|u are|were the only one|customer|guest|person|client|diner|patron|people who|that|to ... complained|complain|mentioned|mention|reported|raised|had|noticed|found',
    'defensive',
  ],
  ['everyone|everybody else loved|liked|enjoyed', 'defensive'],
  [
    'everyone|everybody else [at|in|on] [the|your|our] [table|party|group|room|order|booking|tour] was|were fine|happy|satisfied|ok|okay|pleased',
    'defensive',
  ],
  [
    'other customers|guests|clients|diners|people|patrons were|seemed|are fine|happy|satisfied|ok|okay|pleased',
    'defensive',
  ],
  [
    'other customers|guests|clients|diners|people|patrons have|had been fine|happy|satisfied|ok|okay|pleased',
    'defensive',
  ],
  [
    'other customers|guests|clients|diners|people|patrons did|have|had not mind|minded|complain|complained|notice|noticed|mention|mentioned',
    'defensive',
  ],
  [
    'other customers|guests|clients|diners|people|patrons have|had not had [a|any] problem|problems|issue|issues|complaint*',
    'defensive',
  ],
  // Their experience put down as a rare exception: "this rarely happens".
  // (Written out, not "[very]": a required second word lets the scan file the pattern by it.)
  ['this|it|that rarely|seldom happens|happened', 'defensive'],
  ['this|it|that very rarely|seldom happens|happened', 'defensive'],
  ['this|it|that hardly ever happens', 'defensive'],
  ['this|it|that almost never happens', 'defensive'],
  // "Most people don't even notice the difference": the same weighing, put as what most do.
  [
    'most|many|other people|customers|guests|clients|diners do|would|did not [even] notice|mind|complain|care',
    'defensive',
  ],
  // Pointing elsewhere: "it's a problem with your bank, not us."
  ['not us .|!', 'defensive'],
  // Their account set against ours: "that's not what our records show".
  ['that is not what our|the records|system|notes|logs show|shows|say|says', 'defensive'],
  ['our|the records|system|notes|logs show|shows|say|says otherwise|differently', 'defensive'],
  // Taking it as an accusation: "why would we deliberately send you a broken laptop?"
  ['why would we|i deliberately|intentionally|purposely|purposefully|knowingly', 'defensive'],
  ['why would we|i ever', 'defensive'],
  ['why would we|i want to', 'defensive'],
  // One take-it-or-leave-it option, where the method asks for choices that fit the person.
  ['take it or leave it', 'defensive'],
  ['final offer', 'defensive'],
  ['my|our final answer|word|decision', 'defensive'],
  ['the best|most i|we can do|offer is', 'defensive'],
  ['all i|we can offer|give is', 'defensive'],
  ['or nothing', 'defensive'],
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
  ['as stated|outlined|explained|set in our|the|your', 'policy'],
  // ("As agreed when we spoke, I've booked Friday" confirms; it points at no rule.)
  ['as stated|outlined|explained at|when', 'policy'],
  [NON_REFUNDABLE, 'policy'],
  [NON_REFUNDABLE_AS_ONE, 'policy'],
  ['just|only following the|our rules|policy|procedure|procedures|orders', 'policy'],
  // Pointing them to what they should have read: "it's clearly stated on our website".
  [
    'it is|was [very] clearly|plainly|explicitly stated|written|explained|marked|shown|listed|displayed|advertised',
    'policy',
  ],
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
  // Sent off to read something instead of an answer: "please refer to our FAQ".
  ['please refer to our|the', 'policy'],
  ['our hands are tied', 'policy'],
  // A window closed on them: "that's outside our returns window".
  [CLOSED_WINDOW, 'policy'],
  ['i|we am|are not in a|the position to', 'policy'],
  ['procedure|procedures|protocol|protocols state*|require*|is|are|does', 'policy'],
  ['that is not allowed', 'policy'],
  ['we|i am|are not allowed|permitted|authorized|authorised', 'policy'],
  // A blanket rule given as the answer: "we don't do refunds on sale items".
  [
    'we|i do|can not do|offer|give|accept|allow|provide|issue refunds|exchanges|returns|cancellations|discounts|credits|exceptions',
    'policy',
  ],
  [NO_REFUND, 'policy'],
  [NOT_ABLE_TO_REFUND, 'policy'],
  [UNABLE_TO_REFUND, 'policy'],
  // Condescension: telling someone how little they know or how to behave.
  ['a load of rubbish|nonsense|garbage|crap|tosh|codswallop|drivel|baloney|bull|bs', 'hostile'],
  ['learn to read', 'hostile'],
  // Telling them they do not understand: "I'm not sure you understand how bookings work".
  ['i am not sure|convinced you|u understand|realise|realize|appreciate how|what|that', 'hostile'],
  ['you|u do not seem to understand|realise|realize|get|grasp|appreciate', 'hostile'],
  ['as anyone|anybody can|could see|tell', 'hostile'],
  ['as you can clearly|plainly|obviously see', 'hostile'],
  ['surprised you|u would even ask|think|expect', 'hostile'],
  ['i am surprised you|u would ask|think|expect', 'hostile'],
  ['not rocket science', 'hostile'],
  ['try reading', 'hostile'],
  ['do your [own] research|homework', 'hostile'],
  ['do some [basic] research|reading', 'hostile'],
  ['educate yourself', 'hostile'],
  ['get your facts', 'hostile'],
  ['get a clue|life|grip', 'hostile'],
  ['get over it', 'hostile'],
  ['keep dreaming', 'hostile'],
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
  ['what [the] [hell|heck] are you talking about', 'hostile'],
  ['do not know what you|u are talking about', 'hostile'],
  ['no idea what you|u are talking about', 'hostile'],
  ['not believe|think you|u know what you|u are talking about', 'hostile'],
  // "When are you going to stop sending the wrong order?" reproaches, it does not ask.
  ['when are you|u going to stop', 'blame'],
  ['when will you|u stop', 'blame'],
  ['who cares', 'hostile'],
  ['sucks to be you|u', 'hostile'],
  ['and|so your point ?', 'hostile'],
  ['what is your point ?', 'hostile'],
  ['have|got nothing|something|anything better to do', 'hostile'],
  [
    'have you no shame|sense|decency|respect|manners|idea|clue|patience|argument|arguments|life|brain|brains',
    'hostile',
  ],
  ['not fooling anyone|anybody', 'hostile'],
  ['stop|quit acting|behaving like', 'hostile'],
  // Treating them as a child, or their complaint as a habit: "you sound like a spoilt child",
  // "stop whining", "some people are never happy".
  [
    'you|u sound|act|behave|are like a|an [spoilt|spoiled|little|petulant|whiny] child|toddler|baby|brat|kid|teenager',
    'hostile',
  ],
  [
    'acting|behaving like a|an [spoilt|spoiled|little|petulant|whiny] child|toddler|baby|brat|kid|teenager',
    'hostile',
  ],
  ['stop|quit whining|moaning|complaining|bitching|nagging|crying|grumbling|bleating', 'hostile'],
  [
    'some|these|those people|customers|guests|clients are|will never [be] happy|satisfied|pleased',
    'hostile',
  ],
  ['love|loves to complain|moan|whine|grumble', 'hostile'],
  ['get over yourself', 'hostile'],
  ['learn some manners', 'hostile'],
  ['mind|watch your manners|language|tone|mouth', 'hostile'],
  // Their time against ours: "you're wasting my time" ("sorry to have wasted your time" owns it).
  ['wasting my|our time', 'hostile'],
  ['waste of my|our time', 'hostile'],
  // Disbelief thrown at them: "are you kidding me?", "you've got to be joking".
  ['are you|u kidding|joking me|us', 'hostile'],
  ['got to be kidding|joking', 'hostile'],
  ['are you|u for real', 'hostile'],
  // Mockery: "don't let the facts get in the way of a good story", "the dumbest thing I've heard".
  ['let [the] facts|truth|logic|reality get in the way', 'hostile'],
  ['dumbest|stupidest|silliest|craziest thing i have|had [ever] heard|read', 'hostile'],
  ['most ridiculous|absurd|stupid thing i have|had [ever] heard|read', 'hostile'],
  ['get|pull|take your head out', 'hostile'],
  ['brain cramp|fart', 'hostile'],
  ['chip on your|his|her|their|both shoulder|shoulders', 'hostile'],
  ['yawn', 'hostile'],
  // Shaming them in front of others: "everyone's looking".
  ['everyone|everybody is looking|staring', 'hostile'],
  // Sarcasm in a reply: "Oh great, another complaint.", "Happy now?", "Sure, because we
  // obviously do this on purpose."
  ['oh great|wonderful|perfect|brilliant|fantastic|lovely , another', 'hostile'],
  ['happy|satisfied now ?', 'hostile'],
  ['sure , because', 'hostile'],
  ['because we|i obviously|clearly', 'hostile'],
  ['in case you had|have not noticed|heard', 'hostile'],
  // A manager losing patience with the team (METHOD.md, principle 8): "What were you
  // thinking?", "how many times do I have to tell you?", "I expected better from you".
  ['what were you|u thinking', 'blame'],
  // "Why is it always you who forgets to lock up?"
  ['why is it always you|u', 'absolute'],
  // Giving up on them aloud: "I don't know why I bother", "I'm sick of repeating myself",
  // "maybe this isn't the job for you".
  ['do not know why i|we [even] bother', 'hostile'],
  ['sick|tired of repeating|telling|asking|explaining|chasing|reminding', 'hostile'],
  ['if you|u can not handle', 'hostile'],
  ['not the job|place|role|career for you|u', 'hostile'],
  // "Why is the door open again?!": the same slip, and the writer's temper, in one question.
  ['again ?!', 'hostile'],
  [
    'how many times do|does|did|have|will i|we have|need to tell|say|explain|ask|remind|repeat',
    'hostile',
  ],
  ['how many times must|should|can i|we tell|say|explain|ask|remind|repeat', 'hostile'],
  ['do|must|should i|we [have|need] [to] spell it out', 'hostile'],
  ['i|we should not have to remind|tell|ask|explain|repeat|chase', 'blame'],
  ['is it|that too much to ask', 'hostile'],
  ['expected|expect better|more from you|u', 'blame'],
  ['disappointed in you|u', 'blame'],
  ['your attitude|behaviour|behavior|conduct', 'blame'],
  ['speak for yourself', 'hostile'],
  ['what is so hard|difficult|complicated|confusing about|to', 'hostile'],
  ['reading comprehension', 'hostile'],
  ['use [some|your] common sense', 'hostile'],
  // Talking down to them as if slow: "anyone with half a brain", "let me say it slowly",
  // "I'm sure even you can manage that", "look it up", "read the label next time".
  ['half a brain', 'hostile'],
  ['anyone|anybody with [any] common sense', 'hostile'],
  ['common sense would|should tell|dictate|suggest', 'hostile'],
  ['explain|say|repeat it|this|that [again] slowly', 'hostile'],
  ['spell it|this|things out for you|u', 'hostile'],
  ['even you|u can|could|should', 'hostile'],
  ['look it up', 'hostile'],
  ['google it', 'hostile'],
  ['read ... next time', 'hostile'],
  ['if you [had] bothered|cared to', 'blame'],
  ['how|so typical', 'hostile'],
  ['typical of you|them|him|her', 'hostile'],
  ['so - called', 'hostile'],
  ['so called', 'hostile'],
  ['sheeple', 'hostile'],
  // Lumping people together: "these liberals", "all immigrants", "you people".
  [
    'these|those|you|all|typical|most|many liberals|conservatives|leftists|lefties|libs|progressives|socialists|republicans|democrats|dems|feminists|elites|muslims|immigrants|millennials|boomers|politicians|trumpers|cons|tories|idiots|clowns|morons',
    'hostile',
  ],
  ['you people', 'hostile'],
  ['these|those|you types', 'hostile'],
  ['your ilk', 'hostile'],
  ['the left|right always|never|wants|hates', 'hostile'],
];

/**
 * Words that judge a person, and how plainly. A `person` word names someone as a fool, a liar,
 * a coward: it insults wherever it stands (unless negated, quoted or said of ourselves). A
 * `judging` word says something bad about a person or what they said, but the same word
 * describes a situation just as often ("you're being ridiculous" / "that wait was
 * ridiculous", "you are so entitled" / "you are entitled to a refund"), so it counts only when
 * aimed at someone; so does a `label`, a name for a person that is also an everyday word
 * ("you clown" / "the clown at the party"). A `dismissal` word throws out what someone said
 * ("your nonsense", "that's rubbish", "this drivel"). A `vice` is a fault that is also a topic
 * ("zero tolerance for racism"): only someone's own ("your ignorance") is aimed at them.
 */
type InsultKind = 'person' | 'judging' | 'label' | 'dismissal' | 'vice';

const INSULT_WORDS: Array<[InsultKind, string]> = [
  [
    'person',
    'idiot idiots moron morons fool fools loser losers liar liars hypocrite hypocrites hypocrits ' +
      'imbecile imbeciles lunatic lunatics nutjob nutjobs crybaby whiner whiners crook crooks ' +
      'thug thugs libtard libtards dimwit dimwits halfwit dolt buffoon buffoons bozo stooge ' +
      'stooges wingnut wingnuts moonbat moonbats muppet psycho sicko dunce coward cowards ' +
      'traitor traitors freeloader freeloaders shill shills commie commies bigot bigots racists ' +
      'twit twits asshole assholes arsehole arseholes jackass dumbass scumbag douchebag ' +
      'dipshit wanker tosser pillock numpty nitwit nincompoop cretin cretins simpleton ' +
      'ignoramus redneck rednecks wacko wackos',
  ],
  [
    'judging',
    // Adjectives that judge a person or what they said.
    'stupid dumb dumbest stupidest ignorant clueless pathetic delusional brainwashed ' +
      'incompetent lazy arrogant smug entitled greedy idiotic moronic foolish childish juvenile ' +
      'naive silly hysterical paranoid deranged gullible uneducated illiterate spineless ' +
      'shameless dishonest selfish mindless pompous condescending hypocritical bigoted sexist ' +
      'racist crooked corrupt insane crazy useless disgusting vile despicable evil hateful ' +
      'nasty laughable absurd ridiculous disgraceful shameful cowardly elitist feeble lame ' +
      'ditzy petulant inane asinine amateurish insufferable rude unhelpful unprofessional ' +
      'obnoxious annoying dramatic melodramatic touchy oversensitive petty whiny',
  ],
  [
    'label',
    // Names for a person that are also ordinary words ("jerk chicken", "soap scum", "a hack").
    'hack hacks puppet puppets pig pigs rat rats sheep clown clowns troll trolls jerk jerks ' +
      'scum snowflake snowflakes leech leeches parasite parasites nazi nazis fascist fascists ' +
      'fraud frauds fake phony extremist extremists fanatic fanatics zealot zealots lefty righty ' +
      'disgrace thieves trash dope dopes amateur amateurs',
  ],
  [
    'dismissal',
    'nonsense rubbish drivel garbage crap bs bullshit propaganda lies claptrap twaddle hogwash ' +
      'idiocy stupidity hypocrisy idiocracy inanities poppycock balderdash codswallop',
  ],
  // Faults that are also topics ("zero tolerance for racism"): only someone's own count.
  ['vice', 'ignorance incompetence arrogance bigotry racism hatred'],
];
const INSULTS = new Map<string, InsultKind>(
  INSULT_WORDS.flatMap(([kind, words]) => words.split(' ').map((word) => [word, kind] as const)),
);
const insultKind = wordFeature((norm) => INSULTS.get(norm) ?? null);
/** Sentences with an insult in them: the only ones the insult check below reads. */
const INSULT_CUE = sentenceCue((norm) => INSULTS.has(norm));

/** Who an insult can be aimed at: the reader, a third person, people in general. */
const PEOPLE = new Set([
  'you',
  'u',
  'ur',
  'yourself',
  'he',
  'she',
  'they',
  'people',
  'who',
  'everyone',
  'someone',
  'somebody',
]);
/** Ourselves: "I was an idiot", "we were useless last night" own up; they do not blame. */
const SELF = new Set(['i', 'we', 'me', 'us', 'myself', 'ourselves']);
const POSSESSIVES = new Set(['your', 'ur', 'his', 'her', 'their', 'yer']);
const COPULAS = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  'seem',
  'seems',
  'sound',
  'sounds',
  'look',
  'looks',
  'act',
  'acts',
  'acting',
  'become',
  'became',
  'remain',
  'feel',
  'felt',
  'feels',
  'feeling',
]);
/** Words that can stand between "you are" and the judgement: "you are such a complete…". */
const DEGREE = new Set([
  'a',
  'an',
  'the',
  'so',
  'such',
  'really',
  'very',
  'just',
  'completely',
  'totally',
  'utterly',
  'absolutely',
  'pretty',
  'quite',
  'too',
  'more',
  'most',
  'total',
  'complete',
  'absolute',
  'utter',
  'bloody',
  'truly',
  'clearly',
  'obviously',
  'incredibly',
  'extremely',
  'also',
  'still',
  'always',
  'real',
  'plain',
  'downright',
  'simply',
  'being',
  'like',
  'bit',
  'little',
  'of',
  'bunch',
  'kind',
  'sort',
  'biggest',
  'damn',
  'fucking',
  'freaking',
  'freakin',
  'nothing',
  'but',
  'all',
  'pure',
  'actually',
  'generally',
  'usually',
  'mostly',
  'typically',
  'basically',
  'often',
]);

/** What someone said or thinks, judged by the adjective before it: "a stupid remark". */
const WORDS_SAID = new Set([
  'remark',
  'remarks',
  'comment',
  'comments',
  'argument',
  'arguments',
  'idea',
  'ideas',
  'question',
  'questions',
  'post',
  'posts',
  'response',
  'reply',
  'statement',
  'claim',
  'claims',
  'opinion',
  'opinions',
  'attitude',
  'logic',
  'excuse',
  'excuses',
  'commentary',
  'thinking',
  'take',
  'views',
  'article',
  'behaviour',
  'behavior',
  'complaint',
  'complaints',
  'request',
  'requests',
  'demand',
  'demands',
  'suggestion',
  'review',
]);

/**
 * What a verdict can be passed on after "your…" or "what a…": what they said, and the person
 * ("what a stupid remark", "your idiotic comments", "what a selfish man").
 */
const SAID = new Set([
  ...WORDS_SAID,
  'thing',
  'things',
  'person',
  'people',
  'man',
  'woman',
  'guy',
  'lot',
  'bunch',
  'view',
  'self',
]);
/**
 * Words that end the reach back from a name for a person to the verb that calls them it: a new
 * clause, or a preposition ("he is from the fraud team" calls no one a fraud).
 */
const CLAUSE_WORDS = new Set([
  'that',
  'which',
  'who',
  'and',
  'but',
  'because',
  'if',
  'when',
  'from',
  'in',
  'at',
  'on',
  'with',
  'for',
  'to',
  'by',
  'about',
  'into',
  'of',
]);

/**
 * Whether the insult at `at` is aimed at someone other than ourselves: predicated of a person
 * ("you are delusional", "he's a fraud", "your comment is nonsense"), addressed to them ("you
 * clown"), owned by them ("your ignorance", "your idiotic comments"), passed on what they said
 * ("a silly statement", "this drivel") or exclaimed ("What a stupid remark", "Pathetic.").
 * Said of ourselves ("I was an idiot", "we were useless last night") it owns up to something.
 */
function insultAim(
  tokens: CoachDocument['tokens'],
  at: number,
  from: number,
  to: number,
  kind: InsultKind,
): 'other' | 'self' | 'none' {
  const after = tokens[at + 1]?.norm ?? '';
  // "You are entitled to a refund", "you'd be crazy to pay that": a right or a choice, not a
  // verdict ("you were rude to our staff" is one).
  if (kind === 'judging' && after === 'to' && !TOWARDS_SOMEONE.has(tokens[at]!.norm)) return 'none';
  // "The kids are crazy about the new playground": a liking.
  if (after === 'about' && (tokens[at]!.norm === 'crazy' || tokens[at]!.norm === 'insane'))
    return 'none';
  if (onlyJudgement(tokens, from, to)) return 'other';
  let i = at - 1;
  let intensified = false;
  while (i >= from && DEGREE.has(tokens[i]!.norm)) {
    if (INTENSIFIERS.has(tokens[i]!.norm)) intensified = true;
    i--;
  }
  // A name for someone can carry words of its own: "he is a snotty, jumped-up little fascist".
  const copula = COPULAS.has(tokens[i]?.norm ?? '')
    ? i
    : kind === 'person' || kind === 'label'
      ? copulaBefore(tokens, at, from)
      : -1;
  if (copula >= from) {
    let subject = copula - 1;
    // "You'll be insufferable", "he must be joking": the subject stands before the modal.
    while (
      subject >= from &&
      (DEGREE.has(tokens[subject]!.norm) || MODALS.has(tokens[subject]!.norm))
    )
      subject--;
    // "Customers these days are so entitled".
    if (normAt(tokens, subject) === 'days' && normAt(tokens, subject - 1) === 'these') subject -= 2;
    const who = tokens[subject];
    if (!who || subject < from) {
      if (kind === 'person') return 'other';
      // "Feeling a little entitled, are you?": the one judged is named by the tag.
      return kind !== 'vice' && taggedAtThem(tokens, at, to) ? 'other' : 'none';
    }
    if (SELF.has(who.norm)) return 'self';
    if (kind === 'vice') return 'none';
    if (kind === 'person' || PEOPLE.has(who.norm) || isName(tokens, subject, from)) return 'other';
    // A whole kind of people judged at once: "tourists are so rude", "Canadians are lazy".
    // Said of our own ("our drivers were rude") it owns up; of some in particular ("the
    // guests at table four were rude") it reports them.
    if (isGroupOfPeople(tokens, subject)) {
      const owner = normAt(tokens, subject - 1);
      if (owner === 'our' || owner === 'my') return 'self';
      return owner === 'the' ? 'none' : 'other';
    }
    // "Your comment is nonsense", "their plan was idiotic".
    if (POSSESSIVES.has(normAt(tokens, subject - 1))) return 'other';
    // "That's rubbish": what they said, thrown out ("it's nonsense that you waited" is not).
    const pointsBack = who.norm === 'that' || who.norm === 'this' || who.norm === 'it';
    if (kind === 'dismissal' && pointsBack && after !== 'that') return 'other';
    return kind === 'judging' && WORDS_SAID.has(after) ? 'other' : 'none';
  }
  if (kind === 'person') return 'other';
  if (i < from) {
    if (kind === 'judging' && taggedAtThem(tokens, at, to)) return 'other';
    return kind === 'dismissal' && intensified ? 'other' : 'none';
  }
  const before = tokens[i]!.norm;
  // "You clown", "you stupid people", "you monstrous hack".
  if (before === 'you' || before === 'u' || before === 'ur') return 'other';
  if (kind === 'label' && normAt(tokens, i - 1) === 'you' && tokens[i]!.kind === 'word')
    return 'other';
  // "Your ignorance", "your idiotic comments" ("your crazy week" is theirs, not a verdict).
  if (POSSESSIVES.has(before))
    return kind === 'dismissal' || kind === 'vice' || SAID.has(after) ? 'other' : 'none';
  if (kind === 'vice') return 'none';
  // "What a stupid remark", "what a disgrace", "how pathetic!", "how gullible are you?"
  // ("what a nasty surprise" is not).
  if (before === 'what' || before === 'how') {
    const ends = tokens[at + 1] === undefined || tokens[at + 1]!.kind !== 'word';
    const askedOf = COPULAS.has(after) && PEOPLE.has(tokens[at + 2]?.norm ?? '');
    // "What a rubbish start to your holiday" says what happened to them was bad, with them.
    const describesWhatHappened =
      kind === 'dismissal' && !ends && !SAID.has(after) && !POINTING_AFTER.has(after);
    if (describesWhatHappened) return 'none';
    return kind !== 'judging' || SAID.has(after) || ends || askedOf ? 'other' : 'none';
  }
  // "Sorry for my rude reply": our own words, owned.
  if (before === 'my' || before === 'our') return 'self';
  // "Such an uneducated response", "a silly statement".
  if (kind === 'judging' && WORDS_SAID.has(after)) return 'other';
  // "This drivel", "more propaganda", "utter nonsense", "your usual nonsense".
  if (kind === 'dismissal') {
    if (intensified || before === 'this' || before === 'that') return 'other';
    const owner = normAt(tokens, i - 1);
    if (POSSESSIVES.has(owner) || owner === 'this' || owner === 'that') return 'other';
  }
  // "A bunch of clowns".
  if (normAt(tokens, at - 1) === 'of' && normAt(tokens, at - 2) === 'bunch') return 'other';
  return 'none';
}

const THANKING = new Set(['thank', 'thanks', 'appreciate', 'grateful']);

/** Modals that still pass the verdict ("you'll be insufferable"); "they would be…" supposes. */
const MODALS = new Set(['will', 'must', 'shall']);

/** Kinds of people spoken of as one: "customers are so entitled", "teenagers are lazy". */
const GROUPS = new Set([
  'customers',
  'guests',
  'clients',
  'tourists',
  'visitors',
  'diners',
  'shoppers',
  'kids',
  'children',
  'teenagers',
  'teens',
  'youngsters',
  'men',
  'women',
  'millennials',
  'boomers',
  'politicians',
  'liberals',
  'conservatives',
  'leftists',
  'lefties',
  'voters',
  'immigrants',
  'foreigners',
  'locals',
  'drivers',
  'cyclists',
  'tenants',
  'landlords',
  'students',
  'parents',
  'managers',
  'bosses',
  'staff',
  'employees',
  'workers',
]);

/**
 * Whether the word at i names a kind of people: one of `GROUPS`, or a people named by where
 * they are from, written with a capital ("Canadians", "Albertans", "Europeans").
 */
function isGroupOfPeople(tokens: CoachDocument['tokens'], i: number): boolean {
  const token = tokens[i]!;
  if (GROUPS.has(token.norm)) return true;
  return token.norm.length > 5 && token.norm.endsWith('ans') && capitalised(token);
}

/**
 * Whether the clause around `at` ends in a tag that turns it on the reader: "feeling a little
 * entitled, are you?", "being a bit dramatic, aren't we?".
 */
function taggedAtThem(tokens: CoachDocument['tokens'], at: number, to: number): boolean {
  let end = at + 1;
  while (end < to && tokens[end]!.norm !== ',') end++;
  const verb = normAt(tokens, end + 1);
  if (verb !== 'are' && verb !== 'were') return false;
  let k = end + 2;
  if (normAt(tokens, k) === 'not') k++;
  const who = normAt(tokens, k);
  return (who === 'you' || who === 'we') && tokens[k + 1]?.norm.startsWith('?') === true;
}

/** Verdicts on how someone treated another, which "to" goes on to name: "rude to our staff". */
const TOWARDS_SOMEONE = new Set([
  'rude',
  'unhelpful',
  'obnoxious',
  'nasty',
  'condescending',
  'arrogant',
  'unprofessional',
]);

/** Who or what a "what rubbish…" goes on to aim at: "what rubbish you talk", "what a joke this is". */
const POINTING_AFTER = new Set(['you', 'u', 'he', 'she', 'they', 'this', 'that', 'from', 'coming']);

/** Words that turn a noun into a verdict: "such nonsense", "utter rubbish", "more lies". */
const INTENSIFIERS = new Set(['such', 'more', 'pure', 'utter', 'complete', 'total', 'absolute']);

/** The verb calling someone a name, up to eight words back within the clause, or -1. */
function copulaBefore(tokens: CoachDocument['tokens'], at: number, from: number): number {
  for (let j = at - 1; j >= Math.max(from, at - 8); j--) {
    const token = tokens[j]!;
    if (COPULAS.has(token.norm)) return j;
    if (CLAUSE_WORDS.has(token.norm)) return -1;
    // Commas between adjectives and hyphens inside a compound ("jumped-up") go on; a stop or a
    // spaced dash ends the clause.
    if (token.kind === 'punct' && token.raw !== ',' && !(token.raw === '-' && joined(tokens, j)))
      return -1;
  }
  return -1;
}

/** A clause that is nothing but a verdict: "Pathetic.", "Complete rubbish.", "Stupid and lazy". */
function onlyJudgement(tokens: CoachDocument['tokens'], from: number, to: number): boolean {
  let words = 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    if (++words > 5) return false;
    const norm = token.norm;
    if (!INSULTS.has(norm) && !DEGREE.has(norm) && !WORDS_SAID.has(norm) && !VERDICT_GLUE.has(norm))
      return false;
  }
  return true;
}
const VERDICT_GLUE = new Set(['and', 'or']);

/**
 * Whether a word is written with a capital: its first character is the upper case of its
 * norm's ("'s", read as "is", starts with neither).
 */
function capitalised(token: CoachDocument['tokens'][number]): boolean {
  const first = token.raw[0]!;
  return first !== token.norm[0] && first === token.norm[0]!.toUpperCase();
}

/** A name: a capitalised word that does not open the sentence ("…says Mark", "Trudeau is"). */
function isName(tokens: CoachDocument['tokens'], i: number, from: number): boolean {
  const token = tokens[i]!;
  return i > from && token.kind === 'word' && capitalised(token);
}

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
  [BEEN_BUSY, 'defensive'],
  ['we have|had been run|rushed off our feet', 'defensive'],
  // "Sorry for the delay, it's been a crazy week."
  [BEEN_HECTIC, 'defensive'],
  ['we have|had been snowed under', 'defensive'],
  [
    'it|we was|were a [very|really|so|extremely|incredibly] busy night|day|evening|weekend|shift|service',
    'defensive',
  ],
  // Today's rush as the reason ("it is busy on Saturdays, so book ahead" is advice).
  [
    'we are [very|really|so|extremely|incredibly|just|super] busy|slammed|swamped|understaffed today|tonight|now|right|at',
    'defensive',
  ],
  [
    'we are [very|really|so|badly] short [-] staffed|handed today|tonight|now|right|at',
    'defensive',
  ],
  // Someone else as the reason: "it was caused by the courier", "due to the weather".
  [
    'caused|because|due by|of|to the|a|an|their courier|couriers|supplier|suppliers|weather|traffic|bank|post|manufacturer|airline|council|partner|partners|third',
    'defensive',
  ],
];
const EXCUSE_SOURCES = new Set(EXCUSES.map(([source]) => source));
/**
 * What they agreed to or were told, set beside our own part in it ("I know you agreed to the
 * 6 pm slot, but we should have offered earlier ones"), is context, not blame.
 */
const OWNED_IN_CONTEXT = new Set([
  'you agreed to',
  'you were supposed|told|warned|informed|advised',
]);
const OWNING_IT = new PatternSet<true>([
  ['no|not [an] excuse', true],
  ['that|this|it is on us|me', true],
  ['our|my fault|mistake|responsibility', true],
  ['the|that|this fault|mistake|error is|was ours|mine', true],
  ['we|i should have', true],
]);

const patterns = new PatternSet<BlameKind>([...PATTERNS, ...EXCUSES]);
/**
 * Jibes a negation does not undo: "Don't you have anything better to do?" asks it, "don't let
 * the facts get in the way" mocks with it.
 */
const ASKED_NEGATIVELY = new Set([
  'have|got nothing|something|anything better to do',
  'let [the] facts|truth|logic|reality get in the way',
]);
/** Irregular past participles: "if you had read", "had you told us". */
const PARTICIPLES = new Set([
  'read',
  'seen',
  'been',
  'told',
  'done',
  'gone',
  'known',
  'written',
  'taken',
  'given',
  'brought',
  'bought',
  'kept',
  'left',
  'paid',
  'sent',
  'spoken',
  'rung',
  'come',
  'put',
  'said',
  'thought',
  'understood',
]);
const ONLY = new Set(['only', 'just', 'actually', 'simply', 'even', 'ever']);

/** Whether a past participle stands at i, perhaps after "only" or "just". */
function participleAt(tokens: CoachDocument['tokens'], i: number): boolean {
  if (ONLY.has(tokens[i]?.norm ?? '')) i++;
  const norm = tokens[i]?.norm ?? '';
  return (norm.length > 3 && norm.endsWith('ed')) || PARTICIPLES.has(norm);
}
const WHAT_THEY_GOT = new Set(['something', 'anything', 'everything', 'what', 'whatever']);
const RECEIVING = new Set(['had', 'got', 'gotten', 'been', 'received', 'enjoyed', 'seen', 'heard']);

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
    if (EXCUSE_SOURCES.has(match.source) || OWNED_IN_CONTEXT.has(match.source)) {
      owned ??= OWNING_IT.findAll(tokens).some((m) => !tokens[m.from]!.quoted);
      if (owned) continue;
    }
    if (
      match.value !== 'defensive' &&
      !ASKED_NEGATIVELY.has(match.source) &&
      negatedBefore(tokens, match.from)
    )
      continue;
    // "you should have had a better evening" wishes them well; "you should have checked" blames.
    // "You shouldn't have to chase us" is on their side: "have to" is a duty, not a regret.
    if (
      match.source.includes('should') &&
      (RECEIVING.has(tokens[match.to]?.norm ?? '') || tokens[match.to]?.norm === 'to')
    )
      continue;
    // "If you had read the email" blames; "if you had a chance to try it", "if you had any
    // trouble" and "if you had steady work" speak of what they had.
    if (match.source === 'if you had' && !participleAt(tokens, match.to)) continue;
    // "You never got it" says what we failed to give; "you never read our emails" blames.
    if (match.value === 'absolute' && RECEIVING.has(tokens[match.to]?.norm ?? '')) continue;
    // "Do they always deliver on Sundays?" asks; "why do you always…?" and "must you always…?"
    // reproach.
    if (match.value === 'absolute' && askedPlainly(doc, match.from)) continue;
    // "Your message said you always get the wrong order": their words, passed on.
    if (match.value === 'absolute' && reportsTheirWords(tokens, match.from)) continue;
    // "You didn't ask for a receipt" blames; "something you didn't ask for" describes what they got.
    if (first.norm === 'you' && WHAT_THEY_GOT.has(normAt(tokens, match.from - 1))) continue;
    if (!meantAsBlame(doc, match.source, match.from, match.to)) continue;
    found.push({ kind: match.value, from: match.from, to: match.to });
  }
  // An insult counts when it is aimed at someone (see `insultAim`).
  for (let index = 0; index < doc.sentences.length; index++) {
    const sentence = doc.sentences[index]!;
    if ((sentence.cues & INSULT_CUE) === 0) continue;
    const from = doc.clauseStarts[index]!;
    for (let i = from; i < sentence.to; i++) {
      const token = tokens[i]!;
      const kind = token.kind === 'word' ? insultKind(token.lex) : null;
      if (kind === null || token.quoted) continue;
      if (NEGATORS.has(normAt(tokens, i - 1)) || NEGATORS.has(normAt(tokens, i - 2))) continue;
      if (disownedBefore(tokens, i, from)) continue;
      // "April fool", "fool-proof", "winners and losers".
      if (normAt(tokens, i - 1) === 'april' || tokens[i + 1]?.raw === '-') continue;
      if (token.norm === 'losers' && normAt(tokens, i - 2) === 'winners') continue;
      // "Don't let the name fool you", "you can't fool anyone": the word as a verb.
      if (kind === 'person' && usedAsVerb(tokens, i)) continue;
      if (insultAim(tokens, i, from, sentence.to, kind) === 'other')
        found.push({ kind: 'hostile', from: i, to: i + 1 });
    }
  }
  return found;
}

/** Auxiliaries that open a plain question before its subject: "do you…?", "are they…?". */
const ASKING_AUXILIARIES = new Set([
  'do',
  'does',
  'did',
  'are',
  'is',
  'was',
  'were',
  'have',
  'has',
  'can',
  'could',
  'will',
  'would',
]);
const REPROACHING = new Set(['why', 'how']);

/** Whether the subject at `at` follows the auxiliary of a plain question ("Do you always…?"). */
function askedPlainly(doc: CoachDocument, at: number): boolean {
  const { tokens } = doc;
  const sentence = doc.sentences[doc.sentenceOf[at]!]!;
  if (!sentence.asks) return false;
  if (!ASKING_AUXILIARIES.has(normAt(tokens, at - 1))) return false;
  return !REPROACHING.has(tokens[doc.clauseStarts[doc.sentenceOf[at]!]!]?.norm ?? '');
}

const SAYING_VERBS = new Set(['said', 'says', 'say', 'wrote', 'write', 'mentioned', 'told']);

/**
 * Whether the words at `at` pass on what they said: "you said you always…", "your review says
 * we never…" ("I told you, you always…" is our own reproach).
 */
function reportsTheirWords(tokens: CoachDocument['tokens'], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    if (!SAYING_VERBS.has(tokens[i]!.norm)) continue;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const norm = tokens[j]!.norm;
      if (norm === 'you' || norm === 'your') return true;
      if (norm === 'i' || norm === 'we') return false;
    }
    return false;
  }
  return false;
}

/** Whether a token is a word written in lower case: the clause goes on with it. */
function startsLowerCaseWord(token: CoachDocument['tokens'][number] | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.raw[0] === token.norm[0];
}

/** Words that make the next one a verb, and objects that show one was ("fool you"). */
const BEFORE_A_VERB = new Set([
  'to',
  'can',
  'could',
  'will',
  'would',
  'may',
  'might',
  'must',
  'should',
]);
const OBJECTS = new Set([
  'you',
  'me',
  'us',
  'him',
  'her',
  'them',
  'anyone',
  'anybody',
  'everyone',
  'nobody',
  'people',
  'yourself',
]);

/** Whether a name for a person stands as a verb here: "can fool", "fool you". */
function usedAsVerb(tokens: CoachDocument['tokens'], at: number): boolean {
  const before = normAt(tokens, at - 1);
  if (BEFORE_A_VERB.has(before)) return true;
  // "What a fool you are": after "a" or "such" it is still a noun.
  return OBJECTS.has(tokens[at + 1]?.norm ?? '') && !DEGREE.has(before);
}

/** Orders to the reader ("Grow up.", "Get over it"): only where a clause opens. */
const ORDERS = new Set([
  'wake up',
  'grow up',
  'get over it',
  'get over yourself',
  'stop|quit whining|moaning|complaining|bitching|nagging|crying|grumbling|bleating',
  'learn some manners',
  'mind|watch your manners|language|tone|mouth',
  'shut up',
  'get a clue|life|grip',
  'keep dreaming',
  'have you no shame|sense|decency|respect|manners|idea|clue|patience|argument|arguments|life|brain|brains',
  'yawn',
  // "Do some research" talks down; "would you like to do some research first?" offers.
  'do your [own] research|homework',
  'do some [basic] research|reading',
  'look it up',
  'google it',
]);
const OPENERS = new Set([
  ',',
  ';',
  ':',
  '-',
  '--',
  '–',
  '—',
  'just',
  'so',
  'and',
  'now',
  'please',
  'oh',
]);
/** "Technically trained staff", "technically possible": a description, not a defence. */
const DESCRIBED = new Set(['savvy', 'sound', 'possible', 'feasible', 'minded', 'able', 'advanced']);
const TAKING = new Set(['take', 'takes', 'took', 'taking', 'accept', 'own', 'share', 'shoulder']);
const CONFIRMING = new Set(['that', 'this', 'you', 'it', 'which', 'what']);
const OURS = new Set(['me', 'us', 'ours', 'mine', 'myself', 'ourselves']);
const CONDITIONS = new Set(['if', 'whether', 'unless']);

/**
 * Whether a pattern that matched means what it usually means here: "I'll wake up the night
 * team" orders no one, "the blame is ours" owns the failure, "thank you, people like you keep
 * us going" praises.
 */
function meantAsBlame(doc: CoachDocument, source: string, from: number, to: number): boolean {
  const { tokens } = doc;
  if (ORDERS.has(source)) {
    const opens = opensClause(doc, from);
    // "Keep dreaming." and "keep dreaming if you think…" mock; "keep dreaming big" cheers.
    if (source === 'keep dreaming')
      return opens && (tokens[to]?.norm === 'if' || !startsLowerCaseWord(tokens[to]));
    // "Look it up." sends them off; "look it up on our website under bookings" directs them.
    if (source === 'look it up' || source === 'google it')
      return opens && tokens[to]?.kind !== 'word';
    return opens;
  }
  // "Read the label next time" lectures them; "I'll read the notes more carefully next time"
  // promises better of ourselves.
  if (source === 'read ... next time') {
    for (let i = doc.clauseStarts[doc.sentenceOf[from]!]!; i < from; i++)
      if (SELF.has(tokens[i]!.norm)) return false;
    return true;
  }
  // "Some people just love to complain" mocks them; "I love to complain about the weather" is
  // about ourselves.
  if (source === 'love|loves to complain|moan|whine|grumble')
    return !SELF.has(normAt(tokens, from - 1)) && !SELF.has(normAt(tokens, from - 2));
  // "It's working as intended" denies their problem; "…as intended now that we've replaced
  // the part" says it was put right.
  if (source === WORKS_ON_OUR_SIDE || source === WORKS_AS_MEANT)
    return !FIXED_SINCE.has(tokens[to]?.norm ?? '');
  // "Why is the walk-in open again?!" reproaches; "could you send it again?!" only presses.
  if (source === 'again ?!')
    return tokens[doc.clauseStarts[doc.sentenceOf[from]!]!]?.norm === 'why';
  // "Head office decides that, not me." ("That's not me" may only say whose booking it was.)
  if (source === 'not me .|!') return normAt(tokens, from - 1) === ',';
  // "Who cares?" brushes them off; "who cares for your dog while you are away?" asks.
  if (source === 'who cares') return opensClause(doc, from) && tokens[to]?.kind !== 'word';
  // "When are you going to stop complaining?" reproaches; "when will you stop by?" asks.
  if (source === 'when are you|u going to stop' || source === 'when will you|u stop') {
    const next = tokens[to]?.norm ?? '';
    return next.length > 4 && next.endsWith('ing');
  }
  // "You are mistaken about the price" blames; "you were mistaken for another guest" does not.
  if (source === MISTAKEN) return tokens[to]?.norm !== 'for';
  // "We never promised a refund" denies it; "we never said no to your request" reassures.
  if (source === NEVER_PROMISED) return tokens[to]?.norm !== 'no';
  // "You've misunderstood our terms" blames; "I can see why you misread it" sides with them.
  if (source === MISUNDERSTOOD || source === MISUNDERSTOOD_SINCE) {
    const before = normAt(tokens, from - 1);
    return before !== 'why' && before !== 'how' && before !== 'understandably';
  }
  // "Sorry for the delay, it's been a crazy week" excuses; "it's been a hectic month, so thank
  // you all" thanks the team for it.
  if (source === BEEN_HECTIC) {
    const sentence = doc.sentences[doc.sentenceOf[from]!]!;
    for (let i = to; i < sentence.to; i++) if (THANKING.has(tokens[i]!.norm)) return false;
    return true;
  }
  // "We've been swamped" excuses; "we've been busy renovating the bar" has news.
  if (source === BEEN_BUSY) {
    const next = tokens[to]?.norm ?? '';
    return !(next.endsWith('ing') || next === 'with');
  }
  // "Happy now?" taunts; "are you happy now? We hope the new room suits you" checks in.
  if (source === 'happy|satisfied now ?') return opensClause(doc, from);
  // "Everyone's looking, …" shames; "everyone is looking forward to seeing you" and "everyone
  // is looking into it" do not.
  if (source === 'everyone|everybody is looking|staring') return tokens[to]?.kind !== 'word';
  // "It's a voucher or nothing" leaves no choice; "all or nothing" is a saying.
  if (source === 'or nothing') return normAt(tokens, from - 1) !== 'all';
  // "What were you thinking?" reproaches; "what were you thinking of ordering?" asks.
  if (source === 'what were you|u thinking') return tokens[to]?.kind !== 'word';
  if (source === 'is|was correct') {
    // "That's correct", "you are correct", "your address is correct" confirm what they said.
    const subject = normAt(tokens, from - 1);
    if (CONFIRMING.has(subject)) return false;
    // "If the charge is correct, …" weighs it; it does not stand by it.
    for (let i = doc.clauseStarts[doc.sentenceOf[from]!]!; i < from; i++)
      if (CONDITIONS.has(tokens[i]!.norm)) return false;
    for (let i = from - 1; i >= Math.max(0, from - 4); i--)
      if (tokens[i]!.norm === 'your') return false;
    return true;
  }
  // "You don't get it" tells them they cannot understand; "you didn't get our email" tells
  // of a message that went astray.
  if (NOT_GETTING_IT.has(source)) {
    if (tokens[to - 1]!.norm !== 'get') return true;
    const next = tokens[to]?.norm ?? '';
    return !(RECEIVED_THINGS.has(next) && !UNDERSTOOD.has(tokens[to + 1]?.norm ?? ''));
  }
  if (source === 'that|this is not true|accurate|what') {
    // "That's not what happened" corrects them; "that's not what you ordered" sides with them.
    return tokens[to - 1]!.norm !== 'what' || tokens[to]?.norm === 'happened';
  }
  if (source === 'technically') {
    const next = tokens[to]?.norm ?? '';
    return !(DESCRIBED.has(next) || (next.length > 4 && next.endsWith('ed')));
  }
  if (source === 'blame' || source === 'blaming') {
    if (TAKING.has(normAt(tokens, from - 1)) || TAKING.has(normAt(tokens, from - 2))) return false;
    for (let i = to; i < to + 3; i++) if (OURS.has(tokens[i]?.norm ?? '')) return false;
    return true;
  }
  // "Thank you, people like you keep us going", "you clearly put a lot of love into your
  // review": said in praise. "You clearly don't care" is not.
  if (PRAISABLE.has(source)) return !praises(doc, from, to);
  // "I'm sorry you were told the kitchen was closed", "you were told the wrong time by our
  // team", "you were supposed to get a call back": what we got wrong, not what they ignored.
  if (source === 'you were supposed|told|warned|informed|advised') {
    const clause = doc.clauseStarts[doc.sentenceOf[from]!]!;
    for (let i = Math.max(clause, from - 3); i < from; i++)
      if (APOLOGY_WORDS.has(tokens[i]!.norm)) return false;
    for (let i = to; i < Math.min(to + 6, tokens.length); i++)
      if (OUR_MISTAKE.has(tokens[i]!.norm)) return false;
    return !(tokens[to]?.norm === 'to' && RECEIVING_NOW.has(tokens[to + 1]?.norm ?? ''));
  }
  // "You should know how much we value you" is warmth, not a lecture.
  if (source === 'you should know|understand|realize|realise|have')
    return tokens[to]?.norm !== 'how';
  if (VOUCHING.has(source)) return vouchesForUs(doc, from);
  // "You'll have to take that up with head office" sends them away; "I'll take it up with
  // the manager today" takes it on.
  if (source === 'take it|this|that up with') {
    for (let i = from - 1; i >= Math.max(0, from - 4); i--) {
      const norm = tokens[i]!.norm;
      if (norm === 'i' || norm === 'we') return false;
      if (norm === 'you' || norm === 'u') return true;
    }
    return true;
  }
  // "We can't offer a refund yet", "…until the item is back, but I can send a replacement
  // today": the door left open, or something else offered.
  if (LEAVES_THE_DOOR.has(source)) {
    const sentence = doc.sentences[doc.sentenceOf[from]!]!;
    for (let i = to; i < sentence.to; i++) if (DOOR_OPEN.has(tokens[i]!.norm)) return false;
    return true;
  }
  if (source === 'more carefully') {
    for (let i = from - 1; i >= Math.max(0, from - 5); i--)
      if (CAREFUL_ACTS.has(tokens[i]!.norm)) return tellsThemTo(doc, i);
    return false;
  }
  return true;
}

/**
 * Refusals and hand-offs that count only when nothing after them in the sentence leaves the
 * door open: "we can't offer a refund yet", "it's past the refund period, but I've made an
 * exception", "the courier handles deliveries, but I've chased them myself".
 */
const LEAVES_THE_DOOR = new Set([
  // "The courier handles deliveries, but I've chased them myself".
  HANDLED_ELSEWHERE,
  RESPONSIBLE_ELSEWHERE,
  // "That's simply not possible on a Saturday, but I can do Monday at 9."
  SIMPLY_NOT_POSSIBLE,
  NO_REFUND,
  NOT_ABLE_TO_REFUND,
  UNABLE_TO_REFUND,
  NON_REFUNDABLE,
  NON_REFUNDABLE_AS_ONE,
  CLOSED_WINDOW,
]);

const FIXED_SINCE = new Set(['now', 'again']);

/** Telling them they cannot understand: "you don't get it" (not "you didn't get our email"). */
const NOT_GETTING_IT = new Set([
  'you|u [clearly|obviously] do|did|can not understand|get|read|know',
  'you|u just|simply do|did|can not understand|get',
]);
/** What "you didn't get" a thing of: a message or a parcel, not "the point". */
const RECEIVED_THINGS = new Set(['our', 'a', 'an', 'any', 'my', 'your', 'the', 'this', 'that']);
const UNDERSTOOD = new Set(['point', 'idea', 'joke', 'hint', 'message', 'gist']);
/** Words after a refusal that leave the door open or offer something else. */
const DOOR_OPEN = new Set(['yet', 'until', 'unless', 'but', 'instead', 'though', 'however']);

const VOUCHING: ReadonlySet<string> = new Set(VOUCHING_SOURCES);
/** Who can have done it right on our side: "we", "the chef", "our team", "he". */
const OUR_SIDE = new Set(['we', 'i', 'he', 'she', 'they', 'everyone', 'everybody', ...OUR_STAFF]);
/** Words that can stand between the one who acted and the verb: "he has always followed". */
const BEFORE_THE_VERB = new Set([
  'has',
  'have',
  'had',
  'always',
  'all',
  'both',
  'fully',
  'correctly',
  'properly',
  'carefully',
  'exactly',
  'also',
  'certainly',
  'definitely',
]);

/**
 * Whether the one said to have done it right is on our side ("our team handled it correctly")
 * and it is said as a fact: "you did nothing wrong" reassures them, "did the driver follow the
 * instructions?" and "I'm not sure our driver followed them" ask, and "if he had followed the
 * recipe" supposes.
 */
function vouchesForUs(doc: CoachDocument, from: number): boolean {
  const { tokens } = doc;
  const sentence = doc.sentenceOf[from]!;
  if (doc.sentences[sentence]!.asks) return false;
  let subject = from - 1;
  while (subject >= 0 && BEFORE_THE_VERB.has(tokens[subject]!.norm)) subject--;
  if (!OUR_SIDE.has(tokens[subject]?.norm ?? '')) return false;
  const clause = doc.clauseStarts[sentence]!;
  for (let i = clause; i < subject; i++) {
    const norm = tokens[i]!.norm;
    if (CONDITIONS.has(norm) || NEGATORS.has(norm) || DOUBTING.has(norm)) return false;
  }
  return true;
}
const DOUBTING = new Set(['sure', 'whether', 'check', 'checking', 'ask', 'asking', 'doubt']);

/** What "more carefully" tells someone to do again: "read the terms more carefully". */
const CAREFUL_ACTS = new Set([
  'read',
  'reading',
  'check',
  'checking',
  'look',
  'looking',
  'listen',
  'listening',
]);

/** Verbs that put a lesson to someone: "I'd suggest reading…", "please check…". */
const LESSON = new Set([
  'you',
  'u',
  'suggest',
  'recommend',
  'advise',
  'encourage',
  'urge',
  'please',
]);

/**
 * Whether "read … more carefully" is said to them: as an order that opens its clause, or after
 * "you", "I'd suggest", "please". "We will check more carefully from now on" is our own promise.
 */
function tellsThemTo(doc: CoachDocument, from: number): boolean {
  if (opensClause(doc, from)) return true;
  const { tokens } = doc;
  for (let i = from - 1; i >= doc.clauseStarts[doc.sentenceOf[from]!]!; i--) {
    const norm = tokens[i]!.norm;
    if (LESSON.has(norm)) return true;
    if (norm === 'we' || norm === 'i') return false;
  }
  return false;
}

/**
 * Words of thanks or approval the lexicon scores low or not at all: "people like you are the
 * reason we…", "your behaviour was completely understandable".
 */
const APPROVING = new Set([
  'thank',
  'thanks',
  'appreciate',
  'grateful',
  'worth',
  'understandable',
  'reasonable',
  'professional',
]);
/** Whether the words at `from` open a clause: its first word, or after a comma, "so", "oh"… */
function opensClause(doc: CoachDocument, from: number): boolean {
  const sentence = doc.sentenceOf[from]!;
  return from === doc.clauseStarts[sentence] || OPENERS.has(normAt(doc.tokens, from - 1));
}

const PRAISABLE = new Set([
  'people like you',
  'you clearly|obviously',
  'clearly|obviously you',
  'your attitude|behaviour|behavior|conduct',
  'oh great|wonderful|perfect|brilliant|fantastic|lovely , another',
]);
const APOLOGY_WORDS = new Set(['sorry', 'apologies', 'apologise', 'apologize', 'regret']);
/** Words that say the telling was wrong: "told the wrong time", "informed incorrectly". */
const OUR_MISTAKE = new Set([
  'wrong',
  'wrongly',
  'incorrectly',
  'incorrect',
  'mistakenly',
  'mistake',
]);
/** What they were supposed to get from us: "you were supposed to get a call back". */
const RECEIVING_NOW = new Set(['get', 'receive', 'hear', 'have', 'be']);

/**
 * Whether the sentence around a match praises: a word of clear positive valence outside the
 * match and not negated ("you clearly don't care" is no praise), and no clearly negative one.
 */
function praises(doc: CoachDocument, from: number, to: number): boolean {
  const { tokens } = doc;
  const sentence = doc.sentences[doc.sentenceOf[from]!]!;
  let praise = false;
  for (let i = sentence.from; i < sentence.to; i++) {
    if (i >= from && i < to) continue;
    const norm = tokens[i]!.norm;
    const valence = valenceOf(norm);
    if (valence <= -1) return false;
    if ((valence >= 1 || APPROVING.has(norm)) && !negatedBefore(tokens, i)) praise = true;
  }
  return praise;
}

/**
 * Whether a negation governs the words at `from`: the word just before it, or one a few words
 * back in the same clause ("None of this was your doing", "It was never your fault").
 */
function negatedBefore(tokens: CoachDocument['tokens'], from: number): boolean {
  for (let back = 1; back <= 4 && from - back >= 0; back++) {
    const token = tokens[from - back]!;
    if (token.kind !== 'word') return false;
    if (NEGATORS.has(token.norm)) return true;
  }
  return false;
}
