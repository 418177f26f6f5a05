import type { Mood } from '../situation/vocabulary';
import { joined, normAt, type CoachDocument } from './document';
import { sentenceCue } from './lexemes';
import { PatternSet } from './patterns';
import { scoreValence, type Idiom } from './sentiment';
import type { MoodEstimate } from './types';

/**
 * Phrases both the frustration and the complaint readings weigh (each with its own weight):
 * written once here so the two lists cannot drift apart.
 */
const ABOUT_TO_LEAVE = [
  'considering|thinking leaving|switching|cancelling|canceling|going',
  'thinking about|of leaving|switching|cancelling|canceling|going',
];
/** Thanks for harm done is no thanks: "thank you for ruining my phone", "thanks a bunch for…". */
const HARMED =
  'ruining|wasting|losing|cancelling|canceling|overcharging|ignoring|breaking|scamming|misleading|wrecking|messing';
const THANKS_FOR_HARM = [
  `thank|thanks|cheers [you] [so|very] [much] for ${HARMED}`,
  `thanks|cheers a bunch|lot|million for ${HARMED}`,
];
/** What going wrong again is counted in: "the third cancellation", "my second late delivery". */
const REPEATED_FAILURES =
  'cancellation|cancellations|cancelled|delay|delays|late|mistake|mistakes|error|wrong|broken|missing|complaint|refund|replacement|failed|faulty';
/** Praise for harm done is no praise either: "great job losing my booking". */
const HARM_DONE =
  'losing|ruining|wasting|cancelling|canceling|overcharging|ignoring|breaking|forgetting|messing|mixing';
const PRAISE_FOR_HARM = [
  `great|good|nice|brilliant|fantastic|excellent|amazing|stellar job|work [on|with] ${HARM_DONE}`,
  `well done [on|with] ${HARM_DONE}`,
];
/** What they should have been told: "you could have told me before taking my money". */
const NOT_TOLD = 'you|they could|should have told|warned|informed|mentioned';
/** A flat contradiction: "that's not true", "this is not what happened". */
const CONTRADICTIONS = [
  'that|this is not true|correct|right|accurate',
  'that|this is not what happened',
];

/** Treated badly by whoever served them: "the waiter rolled his eyes", "treated like dirt". */
const TREATED_BADLY = [
  'rolled|rolling his|her|their|your eyes',
  'treated like this|that|dirt|rubbish|criminals|idiots|children',
  'treated like a|an criminal|idiot|child|thief|nuisance',
  // Shrugged off: "we told the waiter and he just shrugged".
  'shrugged|shrugs',
  'laughed|laughing at me|us|my|our',
  // "…and your staff just laughed" ("we just laughed about it" is not about anyone).
  'he|she|they|staff|waiter|waitress|manager|driver|receptionist just|only laughed|smirked|giggled',
  'laughed in my|our face',
  // "I have never been treated so poorly."
  'treated|spoken [to] [so|this|that|very|really|extremely|incredibly] poorly|badly|rudely|appallingly|disgracefully|disrespectfully',
  // Shouted at: "the manager yelled at me", "being shouted at in front of customers".
  'shouted|yelled|screamed|swore|sworn|snapped at me|us|my|our',
  'being|been|getting|get|got shouted|yelled|screamed|sworn|snapped at',
  // Left standing: "the manager said no and walked off" ("I walked away with a smile").
  'walked|stormed|stomped off',
];
/** Not even the least of it: "and didn't even apologise". */
const NOT_EVEN =
  'did|does|do|could|would not even apologise|apologize|say|acknowledge|look|bother|reply|respond|call|offer|ask|check|notice';
/** Owed something, and saying so: "I expect a full explanation". */
const OWED_AN_ANSWER =
  'i|we expect|demand|want a|an full|proper|formal explanation|apology|refund|response';
/** Doubting anyone is there: "do you actually read these messages?". */
const ANYONE_THERE = 'do|does|did you|anyone actually|even read|listen|care|check|bother';
/** "Is it normal for the food to take an hour?" */
const IS_IT_NORMAL = 'is it normal|usual|acceptable|standard for';
/** As bad as it gets: "it couldn't have been worse", "nothing was right". */
const AS_BAD_AS_IT_GETS = ['could|can not have been worse', 'could|can not be worse'];
const NOTHING_RIGHT = 'nothing was|went right';
/** At the end of their patience: "I've had enough of being shouted at". */
const HAD_ENOUGH = 'had enough of';
const WAITED_MINUTES = 'waited|queued|sat|took|waiting [for|over|nearly|almost] * minutes|mins';
/** From this many minutes a wait told in minutes is long: "we waited 50 minutes". */
const LONG_WAIT_MINUTES = 30;
const NUMBER_WORDS = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

/** Whether a wait matched by `WAITED_MINUTES` is a long one: "50 minutes", not "5 minutes". */
function longEnough(doc: CoachDocument, match: { to: number; source: string }): boolean {
  if (match.source !== WAITED_MINUTES) return true;
  const amount = doc.tokens[match.to - 2]!;
  const minutes =
    amount.kind === 'number' ? Number.parseInt(amount.norm, 10) : NUMBER_WORDS.get(amount.norm);
  return minutes !== undefined && minutes >= LONG_WAIT_MINUTES;
}
const WITS_END = 'at my|our|the wits|wit end';
const WITS_END_APOSTROPHE = "at my|our|the wit 's end";
/** Whether anyone will ever answer: "is anyone going to get back to me?". */
const PRESSING =
  'anyone|anybody|someone going to get|call|reply|respond|answer|help|contact|fix|come|tell|sort|bother|do';
const NOBODY_EVER = 'will anyone|anybody|someone ever';

/** Asking for someone above whoever they dealt with: "I want to speak to a manager". */
const ASKING_FOR_A_MANAGER =
  'want|demand|insist|need to speak|talk to a|the|your manager|supervisor|owner|boss';
/** "I'd like to speak to a manager" ("…to the owner about a private party" is a request). */
const LIKE_A_MANAGER = 'like to speak|talk to a|the|your manager|supervisor';

/**
 * A wait past the hour: "we waited over an hour", "it took nearly an hour", "the wait for mains
 * was over an hour". (Each shape written out: a gap after a word as common as "wait" would be
 * searched at every one.)
 */
const PAST_AN_HOUR = 'over|nearly|almost|more an|than [an] hour';
const PAST_THE_HOUR = [
  `waited|queued|sat|took|taken|taking [for|us|me] ${PAST_AN_HOUR}`,
  `wait|waiting was|took|of ${PAST_AN_HOUR}`,
  `wait|waiting for * was|took ${PAST_AN_HOUR}`,
];
/** An ultimatum: "if this isn't sorted by Friday…". */
const ULTIMATUM = 'if this|it is not sorted|fixed|resolved|refunded|sorted|done by';
/** Fine until it was not: "everything was great until the bill came". */
const FINE_UNTIL = 'great|fine|lovely|good|perfect|nice|wonderful until';
/** Lost to them, or missing altogether: "the update deleted all my notes", "support is non-existent". */
const LOST_OR_MISSING = [
  'deleted|wiped|erased all|my|our|everything',
  'non - existent',
  'nonexistent',
];
/** Expected more of us: "honestly I expected better from you guys". */
const EXPECTED_BETTER = 'expected|expect better|more from';
/** Leaving us: "I won't be coming back", "we won't be returning." */
const NOT_COMING_BACK = ['not be coming|going back', 'not be back|returning .|!|!!|,|;|-'];

/** Signs of frustration beyond word valence: waiting, repetition, threats to leave. */
const FRUSTRATION_CUES = new PatternSet<number>([
  ['still', 0.12],
  ['again', 0.1],
  ['yet', 0.05],
  ['where is|are my|the|our', 0.15],
  ['hours', 0.1],
  ['days', 0.08],
  [WITS_END, 0.3],
  [WITS_END_APOSTROPHE, 0.3],
  ['weeks', 0.1],
  ['months', 0.1],
  ['on hold', 0.15],
  ['no one', 0.12],
  ['nobody|noone', 0.12],
  ['no response|reply|answer|help|update|one|idea', 0.12],
  ['ridiculous', 0.2],
  ['unacceptable', 0.22],
  ['worst', 0.2],
  ['joke', 0.12],
  ['seriously', 0.12],
  ['what the', 0.18],
  ['wtf', 0.25],
  ['third|fourth|fifth|3rd|4th|5th time', 0.2],
  // "Third cancellation this month."
  [`second|third|fourth|fifth|2nd|3rd|4th|5th ${REPEATED_FAILURES}`, 0.2],
  ['every time', 0.1],
  ['never again', 0.25],
  ['cancel*', 0.08],
  ['switch*', 0.05],
  ['lawyer|solicitor|ombudsman|court|sue', 0.2],
  ['trading standards', 0.2],
  ['refund', 0.06],
  ['waste|wasted|wasting', 0.15],
  ['useless', 0.2],
  ['pathetic', 0.2],
  ['disgusting', 0.2],
  ['appalling', 0.22],
  ['shocking', 0.15],
  ['fed up', 0.2],
  ['let down', 0.15],
  ['let me|us down', 0.15],
  ['yet another', 0.15],
  ['furious|livid|fuming|outraged|seething|enraged|incensed', 0.3],
  ['disgusted|appalled|horrified|sickened', 0.25],
  ...AS_BAD_AS_IT_GETS.map((phrase): [string, number] => [phrase, 0.25]),
  [NOTHING_RIGHT, 0.15],
  [NOT_EVEN, 0.15],
  ['ruined|ruin|ruins', 0.15],
  ['sick of|and', 0.2],
  ['tired of', 0.15],
  ['not working|happy|good|acceptable|ok|okay|impressed|helpful|fixed|resolved', 0.12],
  [
    'does|do|did|is|was|are|were|has|have|will|can not work*|load*|arrive*|come|show|respond*|answer*|help*|fix*|get|let|connect*',
    0.1,
  ],
  ['why is|does|do|did|are|can|would|has|have|the|won|isnt', 0.1],
  ['how hard|long|many|difficult', 0.12],
  ['how much longer', 0.12],
  ['clueless', 0.15],
  ['incompetent', 0.2],
  ['rude', 0.15],
  ['ignored|ignoring', 0.15],
  ['lied|lies|lying', 0.2],
  ['scam', 0.2],
  ['terrible', 0.15],
  ['awful', 0.15],
  ['horrible', 0.15],
  ['hate', 0.15],
  ['thanks for nothing', 0.25],
  ['thanks a lot', 0.1],
  ['great job', 0.05],
  ['well done', 0.05],
  ['smh', 0.12],
  ['ugh', 0.12],
  ['argh', 0.15],
  ['farce|shambles|disgrace|nightmare', 0.2],
  ['so many|several|multiple|countless times', 0.15],
  ['any update', 0.1],
  ['liar|liars|lie', 0.2],
  ['refused|refuse|refuses|refusing', 0.12],
  ['no right', 0.2],
  ['inept*', 0.2],
  ['misleading|false|counterfeit', 0.15],
  ['stolen|stole|steal|stealing|theft|robbery', 0.15],
  ['too often|long', 0.1],
  // Saying they are finished with us, or will say so in public.
  ['i am done|finished', 0.2],
  [OWED_AN_ANSWER, 0.15],
  [ANYONE_THERE, 0.15],
  [IS_IT_NORMAL, 0.12],
  // Pressing for an answer: "is anyone going to get back to me or not?", "just wow".
  [`is ${PRESSING}`, 0.15],
  [NOBODY_EVER, 0.15],
  ['or not ?', 0.1],
  ['just wow', 0.15],
  // Leaving the job, or at the end of their patience: "I quit", "I've had enough of this".
  ['i quit .|!|!!|!!!|,|;|-', 0.25],
  ['i quit my|this|the job', 0.25],
  ['i am quitting', 0.25],
  ['i|we have had enough', 0.2],
  [HAD_ENOUGH, 0.2],
  ['post|leave|leaving|write|writing|posting a [bad|terrible|negative|1|one] review|star', 0.2],
  // An ultimatum, or the money taken back through the bank.
  [ULTIMATUM, 0.15],
  ['chargeback', 0.2],
  ['dispute the|this|my charge|payment|transaction', 0.2],
  ['going|go|went to my bank', 0.15],
  [FINE_UNTIL, 0.15],
  ...LOST_OR_MISSING.map((phrase): [string, number] => [phrase, 0.12]),
  // Counted, and pressed: "crashed 4 times today, fix it".
  ['times today|yesterday|this', 0.12],
  ['fix it|this .|!|now|already|asap', 0.1],
  [EXPECTED_BETTER, 0.15],
  ...PAST_THE_HOUR.map((phrase): [string, number] => [phrase, 0.1]),
  ['go|going|went elsewhere', 0.2],
  ['mess|messed|messing up', 0.15],
  ['you|they always|never', 0.1],
  ['second|2nd time', 0.15],
  ['never|not coming|going back', 0.25],
  ...NOT_COMING_BACK.map((phrase): [string, number] => [phrase, 0.2]),
  ['disgraceful', 0.2],
  ['did not|does not|do not [even] seem to care', 0.15],
  ['overcharged|overcharging', 0.15],
  ['money back', 0.15],
  ['took|taking|takes|take|waited|waiting|wait ages|forever', 0.1],
  // Said outright: "I'm so upset", "we are really disappointed" ("I'm not upset" is not).
  [
    'i|we am|are [so|really|very|extremely|incredibly|absolutely|quite|pretty|utterly|honestly|just] angry|frustrated|annoyed|fuming',
    0.25,
  ],
  [
    'i|we am|are [so|really|very|extremely|incredibly|absolutely|quite|pretty|utterly|honestly|just] upset|distraught|devastated|heartbroken|gutted',
    0.15,
  ],
  // About to leave us, or gone already.
  ...ABOUT_TO_LEAVE.map((phrase): [string, number] => [phrase, 0.2]),
  ['lost a customer', 0.25],
  [
    'i|we am|are [so|really|very|extremely|incredibly|absolutely|quite|pretty|honestly|just] disappointed',
    0.12,
  ],
  // Said outright but softened: "I'm a bit disappointed" (the valence is damped too), or
  // without its subject, as in a quick message: "Bit disappointed the cake…".
  ['bit|little|tad disappointed|upset|annoyed|frustrated|gutted|miffed', 0.12],
  ['urgent|urgently|emergency', 0.15],
  ['meh', 0.1],
  ...THANKS_FOR_HARM.map((phrase): [string, number] => [phrase, 0.25]),
  ...PRAISE_FOR_HARM.map((phrase): [string, number] => [phrase, 0.25]),
  [NOT_TOLD, 0.15],
  ...CONTRADICTIONS.map((phrase): [string, number] => [phrase, 0.12]),
  ['completely|totally|simply|absolutely false|untrue|wrong|incorrect', 0.15],
  ['incorrect', 0.1],
  // Swearing at the situation.
  ['ffs|fucking|fuckin|effing|goddamn', 0.12],
  ...TREATED_BADLY.map((phrase): [string, number] => [phrase, 0.15]),
  [ASKING_FOR_A_MANAGER, 0.15],
  [LIKE_A_MANAGER, 0.15],
  ['for the love of', 0.15],
  ['what kind|type|sort of service is this|that', 0.15],
  ['get|getting|got your|their act|shit together', 0.15],
  ['is it|that too much to ask', 0.2],
]);

/** Signs that a message reports a problem with what someone was sold or given. */
const COMPLAINT_CUES = new PatternSet<number>([
  [
    'not working|received|arrived|delivered|fixed|resolved|happy|good|acceptable|impressed|helpful|responding|available',
    1,
  ],
  [
    'does|do|did|is|was|are|were|has|have|will|can|could not work*|load*|arrive*|come|show|respond*|answer*|help*|fix*|get|let|connect*|reply*|turn|charge|receive*|hear*|deliver*|ship*|refund*|start*|open*|sync*|print*|update*',
    1,
  ],
  // "Still waiting", "still not fixed", "still no reply" report a problem; "is it still there?" does not.
  [
    'still not|no|nothing|nobody|waiting|broken|missing|pending|wrong|unresolved|charging|charged|stuck|having|getting|showing|down',
    0.6,
  ],
  ['still have|has|had|can|could|do|does|did|is|are|was|were|will|would not|never', 0.6],
  // What their account or tracking page still says: "the order still says pending".
  ['still says|shows|reads pending|processing|unpaid|unavailable|awaiting|open|unresolved', 0.8],
  [
    'broken|broke|faulty|damaged|defective|cracked|crushed|smashed|shattered|dented|torn|ripped|scratched|stained|leaking|leaks|leaked|leak|spilled|squashed|squished|crumpled|melted|bent|chipped|snapped',
    1,
  ],
  // What should have happened and did not: "it was supposed to arrive Tuesday".
  ['was|were supposed|meant to', 0.8],
  ...TREATED_BADLY.map((phrase): [string, number] => [phrase, 1]),
  [ASKING_FOR_A_MANAGER, 0.8],
  [LIKE_A_MANAGER, 0.8],
  // What came to the table wrong: "the soup came out cold", "the music was far too loud".
  ['served|arrived|came [out] [stone] cold|lukewarm', 0.8],
  [
    'too|overly loud|noisy|salty|spicy|slow|cramped|crowded|greasy|oily|sweet|expensive|pricey|dirty',
    0.8,
  ],
  ['overpriced|pricey', 0.6],
  // Paying more for the same, or less: "bit steep for what it is", "the portions have got
  // smaller", "you've put your prices up".
  ['bit|very|quite|rather|really|pretty|too steep', 0.8],
  ['put|putting|raised|raising|bumped your|the|their prices|price up', 0.6],
  ['prices|price have|has gone|went up', 0.6],
  ['got|getting|are|were smaller|tinier|stingier|meaner', 0.8],
  ['soaked|drenched|sodden|waterlogged', 0.8],
  // A wait told in minutes, when it is long (see `longEnough`): "we waited 50 minutes".
  [WAITED_MINUTES, 1],
  // What it cost them: "I wasted a whole day waiting in", "a wasted trip".
  ['wasted|wasting ... day|morning|afternoon|evening|weekend|time|money|trip|journey', 1],
  // Thrown out of their own account: "the app keeps logging me out".
  ['logging|kicking|locking|signing|logs|kicks|locks me|us out', 0.8],
  // Work done unevenly: "my fade is uneven", "the paint is patchy".
  ['uneven|lopsided|patchy|streaky|wonky|crooked|botched|bodged', 1],
  // Loyalty thrown back: "ten years a customer and this is how you treat me?".
  ['is this|that how you treat|thank|reward', 1],
  ['this|that is how you treat|thank|reward', 1],
  ['loyal customer|customers|client|clients|guest|guests', 0.6],
  // At the end of their tether: "I'm at my wits' end".
  [WITS_END, 1],
  [WITS_END_APOSTROPHE, 1],
  // Something that gave way: "the cake collapsed", "the handle came off", "the shelf fell down".
  ['collapsed|collapsing|caved', 1],
  ['fell|falling apart|off|down|over', 0.8],
  ['came|coming apart|loose|unstuck|undone', 0.8],
  // A part that came off ("he came off the phone" is no fault).
  [
    'handle|heel|button|buttons|leg|wheel|sole|strap|lid|knob|door|zip|hinge|tile|tiles|paint came|comes|coming off',
    0.8,
  ],
  ['fell|came|falling|coming to bits|pieces', 0.8],
  ['gave way', 0.8],
  // Damage named as a thing: "the sofa arrived with a tear in the arm".
  ['with a|an [big|small|huge|little|large|deep] tear|hole|crack|scratch|dent|stain|chip|rip', 1],
  // Asking for it to be put right: "I'd like this sorted quickly", "I need this fixed".
  ['like|want|need this|it sorted|fixed|resolved|replaced|refunded|repaired', 0.6],
  // Less than before, or than enough: "the portions have shrunk", "the kids were still hungry".
  ['shrunk|shrank|shrinking', 0.8],
  ['still|left hungry', 0.8],
  // "The cake was a little dry this time", "the sauce was bland".
  ['was|were [too|very|really|quite|so|rather] dry|bland|chewy|tasteless|watery', 0.8],
  ['was|were a bit|little dry|bland|chewy|tasteless|watery', 0.8],
  // Said politely: "the music was a bit loud for conversation".
  [
    'was|were|is|are a bit|little|tad loud|noisy|cold|slow|long|small|weak|salty|greasy|cramped|stuffy|dark|pricey|expensive|rushed|chaotic|disorganised|disorganized',
    1,
  ],
  // Sent back, and what they expected: "had to send my steak back twice", "not what I expect".
  ['had to send|return|take ... back', 0.8],
  ['not what i|we expect|expected|would expect', 1],
  [`is ${PRESSING}`, 0.8],
  [NOBODY_EVER, 0.8],
  // Someone hurt: "the groomer cut her ear and it bled".
  ['bled|bleeding|injured|injury|scalded', 1],
  ['is it|that too much to ask', 1],
  ...ABOUT_TO_LEAVE.map((phrase): [string, number] => [phrase, 0.8]),
  ['lost a customer', 1],
  ['i am done with', 0.8],
  [HAD_ENOUGH, 1],
  [ANYONE_THERE, 0.8],
  [IS_IT_NORMAL, 0.8],
  [OWED_AN_ANSWER, 1],
  [NOT_TOLD, 0.6],
  ...CONTRADICTIONS.map((phrase): [string, number] => [phrase, 0.6]),
  ['should have|of received|arrived|been|got|gotten|heard|come', 0.8],
  ['have|has|had not [yet] received|heard|got|gotten', 0.8],
  ['was|were working [fine|perfectly|ok|okay|well] last|yesterday|before|until', 0.8],
  ['since i|we ordered|called|emailed|booked|paid|contacted|asked|reported', 0.4],
  // What goes wrong with a device.
  [
    'drained|draining|overheating|overheats|flickering|freezes|freezing|frozen|lagging|laggy|hazy|blurry',
    0.8,
  ],
  ['where is|are my', 0.6],
  // "Where is it???": asked again and again.
  ['where is|are it|they ??|???|????|?!|!?|?!?', 0.8],
  ['delayed|delay|delays|late|cancelled|canceled|overbooked', 1],
  ['waiting|waited|wait', 0.7],
  ['missing|lost|wrong', 0.8],
  ['charged|overcharged|double', 0.6],
  ['refund', 0.8],
  ['outage|down|offline|crash*|error|glitch|bug', 0.8],
  [
    'no signal|service|internet|wifi|power|heating|heat|water|gas|electricity|response|reply|answer|one|help|update|progress',
    1,
  ],
  // Charged twice, and what kind of service that is.
  ['charged|charging|billed|billing [me|us] twice|double', 1],
  ['what kind|type|sort of service is this|that', 1],
  // Scored at nothing: "zero for the service", "zero stars".
  ['zero|0 for|stars|star', 0.8],
  ['would not|never recommend', 0.8],
  ['get|getting|got your|their act|shit together', 1],
  ['heating|power|water|gas|electricity|internet|wifi|line is|was|has|went off|out|down|gone', 1],
  ['urgent|urgently|emergency', 0.6],
  ['meh', 0.4],
  // Put politely: "I don't want to make a fuss, but…".
  ['make|making a fuss', 1],
  ['stank|stunk|stinks|reeked|reeks|smelly|filthy|cockroach|cockroaches|bedbugs', 1],
  ['smelled|smelt|smells of', 0.6],
  ['worst', 1],
  [
    'terrible|awful|horrible|appalling|disgusting|pathetic|useless|ridiculous|unacceptable|shocking|poor|rubbish|shit|crap|sucks|suck',
    1,
  ],
  ['disappointed|disappointing|frustrated|frustrating|annoyed|annoying|angry|upset|fed', 1],
  ['dissatisfied|dissatisfaction|unsatisfied|displeased|displeasure|unhappy', 1],
  ['let down', 1],
  ['let me|us down', 1],
  ['furious|livid|fuming|outraged|ruined', 1],
  ['why is|does|do|did|are|can|would|has|have|the|cant|won|isnt|am', 0.6],
  ['what is going on|happening|up', 0.6],
  ['fix', 0.5],
  ['rude', 1],
  ['on hold', 1],
  ['hours|days|weeks', 0.5],
  ['never', 0.5],
  ['again', 0.4],
  ['keeps|keep', 0.5],
  ['stuck', 0.8],
  ['stopped', 0.8],
  ['failed|fails|failing', 0.8],
  ['issue|issues|problem|problems', 0.6],
  ['complain*', 0.8],
  ['scam', 1],
  ['ignored|ignoring', 0.8],
  ['cold', 0.4],
  ['dirty', 0.8],
  ['thanks for nothing', 1],
  ...THANKS_FOR_HARM.map((phrase): [string, number] => [phrase, 1]),
  ...PRAISE_FOR_HARM.map((phrase): [string, number] => [phrase, 1]),
  ['unable', 0.5],
  ['anymore', 0.5],
  ['yet', 0.3],
  ['not', 0.4],
  ['no', 0.3],
  ['never', 0.3],
  ['can not', 0.3],
  ['unable', 0.3],
  ['help', 0.3],
  ['need', 0.25],
  ['trying|tried', 0.4],
  ['how do|can i', 0.3],
  ['wont|won', 0.4],
  ['fail', 0.8],
  ['expired', 0.6],
  ['recall|recalled', 0.6],
  ['joke|farce|shambles|disgrace|nightmare', 1],
  ['subpar|shoddy|substandard|unreliable|slow', 0.6],
  ['infuriat*|maddening|outrageous', 1],
  ['any update|news', 0.6],
  ['so many|several|multiple|countless times', 0.6],
  ['reply|respond|answer to my', 0.6],
  ['took|taking|takes|take|waited|waiting|wait ages|forever', 0.8],
  ['money back', 0.8],
  ['nobody|noone', 1],
  // What goes wrong at a table or in a chair.
  [
    'overcooked|undercooked|burnt|raw|stale|soggy|inedible|lukewarm|mouldy|moldy|rancid|uneven|patchy|brassy',
    0.8,
  ],
  ['not what i|we ordered|asked|booked|wanted|paid', 1],
  // What came instead of what was asked for: "my colour came out orange instead of ash blonde".
  ['came|turned|arrived|received|sent|brought|served|gave|given|delivered ... instead of', 1],
  ['instead of what i|we ordered|asked|booked|wanted|paid', 1],
  ['different from|to what i|we asked|ordered|booked|wanted', 1],
  ['did not|does not|do not [even] seem to care', 1],
  ['never|not coming|going back', 1],
  // Praise undone in the same breath outweighs the praise.
  [FINE_UNTIL, 1.5],
  ...LOST_OR_MISSING.map((phrase): [string, number] => [phrase, 1]),
  ...NOT_COMING_BACK.map((phrase): [string, number] => [phrase, 1]),
  [EXPECTED_BETTER, 1],
  [ULTIMATUM, 1],
  ...PAST_THE_HOUR.map((phrase): [string, number] => [phrase, 0.8]),
  ['disgrace*', 1],
  ['short by', 0.8],
  ['third|fourth|fifth|3rd|4th|5th time', 0.6],
  [`second|third|fourth|fifth|2nd|3rd|4th|5th ${REPEATED_FAILURES}`, 1],
  ['higher|more|dearer than agreed|quoted|expected|advertised|booked', 0.8],
  // Said outright, or politely.
  ['make|making|file|filing|lodge|lodging|raise|raising [a] [formal|official] complaint', 1.5],
  ['one small|little|slight thing', 0.6],
  ...AS_BAD_AS_IT_GETS.map((phrase): [string, number] => [phrase, 1]),
  [NOTHING_RIGHT, 1],
  // What we have no trace of, and what they stood waiting for: "there was no record of our
  // booking", "we stood at the door for 20 minutes".
  ['no record|trace of', 1],
  ['stood|queued|queuing|queueing ... for * minutes|mins|hours|hour|ages', 0.8],
  // Not what was asked: "the cut is much shorter than I asked for".
  [
    'shorter|longer|darker|lighter|smaller|bigger|thinner|thicker|tighter|looser|sweeter|saltier|later|earlier than i|we asked|wanted|ordered|requested|booked|agreed',
    1,
  ],
  // Something left out, or left behind: "the delivery came without the milk", "your
  // technician left mud all over my carpet".
  ['came|come|arrived|arrives|delivered|sent|shipped|turned up without', 0.8],
  ['up without', 0.8],
  ['left|leaving|tracked|trailed ... all over', 0.8],
  [NOT_EVEN, 1],
  // Thrown where it should not be: "the delivery guy left it in the bin".
  [
    'left|dumped|threw|thrown|chucked|tossed ... in|on|over|into the|a bin|rain|gutter|hedge|puddle|fence|road',
    0.8,
  ],
  // Told to put it right: "sort it out".
  ['sort it|this out', 0.6],
  ['said|says|listed|advertised|stated ... but', 0.6],
]);

/**
 * Phrases that say something good, or nothing bad, in words that look negative: "can't wait
 * to come back", "no problem at all", "nothing wrong", "sorry to bother you", "couldn't be
 * happier", "can't recommend them enough". Inside them "not", "wait", "problem" or "bother"
 * are neither signs of a problem nor of frustration. How VADER should read their words:
 * "couldn't be happier" is praise (`unnegated`: the negation does not turn "happier" into its
 * opposite); the others carry no feeling (`neutral`). "Can't wait any longer" is impatience:
 * only "can't wait" followed by "to", "for" or the end of the sentence is eagerness.
 */
const PLEASED = new PatternSet<Idiom['reading']>([
  ['can|could not wait to|for|till|until|!|!!|!!!|.', 'neutral'],
  ['no|not [a|any] problem|problems|issue|issues|complaint|complaints|worries|bother', 'neutral'],
  ['no trouble at all', 'neutral'],
  ['nothing wrong|bad|serious|urgent', 'neutral'],
  // An occasion, not a threat: "a photo shoot".
  ['photo|video|fashion|film|wedding shoot|shoots', 'neutral'],
  // A wish, not a fault: "not too spicy, please".
  [
    'not too|overly loud|noisy|salty|spicy|slow|cramped|crowded|greasy|oily|sweet|expensive|pricey',
    'neutral',
  ],
  ['sorry to bother|trouble', 'neutral'],
  // Asking whether it is open, not complaining that it still is: "is the kitchen still open?".
  ['is|are it|you|they still open|available|valid|serving|running', 'neutral'],
  ['is|are the|your * still open|available|valid|serving|running', 'neutral'],
  // Plans of their own changed, or running late: "I need to cancel my booking for Friday",
  // "I'm running 15 minutes late", "sorry for the short notice". Ours, not theirs, is a
  // complaint ("you cancelled my booking", "the engineer was late").
  ['i|we need|have|want to cancel|postpone|reschedule|rearrange', 'neutral'],
  ['i|we would like to cancel|postpone|reschedule|rearrange', 'neutral'],
  ['i|we will have|need to cancel|postpone|reschedule|rearrange', 'neutral'],
  ['i|we can not make|do it|my|our|tonight|today|tomorrow|saturday|sunday|friday', 'neutral'],
  ['i|we am|are running late|behind', 'neutral'],
  ['i|we am|are running a bit|little late|behind', 'neutral'],
  ['i|we am|are running * minutes|mins|hour|hours late|behind', 'neutral'],
  ['i|we will be late', 'neutral'],
  ['i|we will be a bit|little|slightly late', 'neutral'],
  ['i|we will be checking|arriving in late', 'neutral'],
  ['i|we will be checking|arriving late', 'neutral'],
  ['sorry|apologies for the short|late notice', 'neutral'],
  // A courtesy before a point, not hatred: "I hate to complain, but…".
  ['hate to complain|moan|say|bother|ask|be', 'neutral'],
  // Asking what is in stock: "do you still have the blue dress in a 12?".
  ['do|does you|they still have|sell|stock|do|make|offer|serve', 'neutral'],
  // Praise put as a problem: "the only problem is we didn't want to leave!".
  [
    'only problem|complaint|downside|issue|trouble is|was [that] we|i do|did not want to leave|go',
    'neutral',
  ],
  // "No worries if not!": the other answer allowed for, not a refusal complained of.
  ['if not', 'neutral'],
  // Whether something can still be done: "can I still return them?".
  ['can|could i|we still', 'neutral'],
  ['is it still possible', 'neutral'],
  // "…if the table for 6 on Friday is still available": asking after a booking.
  ['is|are still available|free', 'neutral'],
  // Coming back is praise: "10/10 would come again".
  // (Written out, not "[definitely|…]": a required second word lets the scan file the pattern
  // by it, instead of trying it at every "will".)
  ['would|will come|visit|book|order|stay|eat|go again|back', 'neutral'],
  [
    'would|will definitely|certainly|happily|totally|absolutely come|visit|book|order|stay|eat|go again|back',
    'neutral',
  ],
  // Said only to be set aside: "I wouldn't say I'm angry, more disappointed".
  ['would|do not say i|we am|are|was|were angry|furious|livid|upset|fuming', 'neutral'],
  [
    'would|do not say it|that|this was|is terrible|awful|horrible|dreadful|disgusting|bad',
    'neutral',
  ],
  // Nothing went wrong on the way: "it arrived without a scratch", "no record of any faults".
  [
    'without a|any scratch|scratches|hitch|hitches|problem|problems|issue|issues|fuss|damage|mark|marks|delay|delays',
    'neutral',
  ],
  ['no record|sign|trace of a|any problem|problems|issue|issues|damage|fault|faults', 'neutral'],
  ['can|could not fault', 'neutral'],
  // An email's sign-off is manners, not praise: "Kind regards", "Best wishes".
  ['kind|best|warm|warmest|kindest|many regards|wishes', 'neutral'],
  ['yours faithfully|sincerely|truly', 'neutral'],
  // "It still tasted lovely": what held up, not what is still wrong.
  [
    'still [tasted|tastes|looked|looks|was|is|were|are|smelled|smells|felt|feels] lovely|great|good|delicious|amazing|fine|nice|perfect|beautiful|gorgeous|tasty|fantastic|brilliant|wonderful',
    'unnegated',
  ],
  // "I would never recommend anywhere else": praise for us, not a warning.
  ['would|will not|never recommend anywhere|anyone|anybody|anything|any else|other', 'neutral'],
  ['could|can|would not be happier|better|more', 'unnegated'],
  ['can|could not thank ... enough', 'unnegated'],
  ['can|could not recommend ... enough|highly|more', 'unnegated'],
  // What they were promised is not what they think of it: "you said they'd be perfect".
  [
    'said|promised|claimed|assured [me|us] [that] it|they|he|she|this|everything would|will be [so|really|very|absolutely] *',
    'neutral',
  ],
]);

/**
 * A mishap of their own, owned as theirs: "I lost my receipt", "I deleted my old account",
 * "I accidentally ordered the wrong size", "I dropped my phone and the screen cracked", "I
 * entered the wrong address by mistake". Asking us to help with it is a request, not a
 * complaint, and the words of what went wrong ("lost", "wrong", "cracked") say nothing about
 * how they feel towards us; the reading runs to the end of the clause (see `ownMishaps`).
 */
const OWN_MISHAP = new PatternSet<true>([
  [
    'i|we lost|misplaced|broke|dropped|forgot|spilled|smashed|cracked|damaged|ripped|tore|scratched|snapped|bent|shrunk|deleted|wiped|erased',
    true,
  ],
  [
    'i|we have|had|just|accidentally|mistakenly|stupidly|somehow lost|misplaced|broke|broken|dropped|forgot|forgotten|spilled|smashed|cracked|damaged|ripped|torn|scratched|snapped|bent|shrunk|deleted|wiped|erased',
    true,
  ],
  ['i|we accidentally|mistakenly|stupidly|inadvertently', true],
  ['by mistake', true],
  ['my|our mistake|fault|bad', true],
  ['my|our own fault|mistake', true],
]);
/**
 * What "lost" (or "broke") can be followed by when it tells what a failure cost them, not a
 * slip of theirs: "I lost a day's pay", "I've lost count", "we lost faith in you".
 */
const LOST_TO_THEM = new Set([
  'count',
  'track',
  'patience',
  'faith',
  'trust',
  'hope',
  'confidence',
  'interest',
  'sleep',
  'money',
  'time',
  'day',
  'days',
  'hours',
  'pay',
  'wages',
  'work',
  'weekend',
  'deposit',
  'job',
  'business',
  'customers',
  'out',
]);
/** Whether what was lost, within the next few words, is one of `LOST_TO_THEM`: "a whole day's pay". */
function costUs(doc: CoachDocument, at: number): boolean {
  const end = doc.sentences[doc.sentenceOf[at]!]!.to;
  for (let i = at; i < Math.min(at + 4, end); i++) {
    const token = doc.tokens[i]!;
    // A sum of money: "I've lost £120", "we lost 200 dollars".
    if (token.kind === 'number' || CURRENCY.has(token.norm)) return true;
    if (LOST_TO_THEM.has(token.norm)) return true;
    if (token.kind !== 'word') return false;
  }
  return false;
}

const CURRENCY = new Set(['£', '$', '€', 'pounds', 'dollars', 'euros', 'quid', 'bucks']);

const WHETHER_AFTER = new Set([
  'sure',
  'wonder',
  'wondering',
  'wondered',
  'know',
  'ask',
  'asking',
  'check',
  'checking',
  'see',
  'tell',
]);

/**
 * The "if" clauses of questions: "what happens if my flight is delayed?", "if the parcel
 * doesn't arrive by Friday, who should I contact?". What might go wrong is asked about, not
 * complained of ("if this isn't sorted by Friday I'm going to my bank" is no question).
 */
function askedAboutIfs(doc: CoachDocument): Idiom[] {
  const { tokens } = doc;
  const spans: Idiom[] = [];
  for (const sentence of doc.sentences) {
    if (!sentence.asks) continue;
    for (let i = sentence.from; i < sentence.to; i++) {
      const norm = tokens[i]!.norm;
      if (norm !== 'if' && norm !== 'unless') continue;
      // "As if…" and "even if…" are no questions of what might happen.
      const before = normAt(tokens, i - 1);
      if (before === 'as' || before === 'even') continue;
      // "Not sure if it's their side or yours that's broken": "if" as "whether", about a fact.
      if (WHETHER_AFTER.has(before)) continue;
      // "If you had told me, …" reproaches what was done.
      if (normAt(tokens, i + 2) === 'had' && normAt(tokens, i + 1) !== 'i') continue;
      // To the end of the clause: a comma or a stop, not the hyphen inside "double-booked".
      let to = i + 1;
      while (
        to < sentence.to &&
        (tokens[to]!.kind !== 'punct' || (tokens[to]!.raw === '-' && joined(tokens, to)))
      )
        to++;
      spans.push({ from: i, to, reading: 'neutral' });
      i = to;
    }
  }
  return spans;
}

/** Words that start another clause, someone else's doing: "…and your staff refused to help". */
const ANOTHER_ACTOR = new Set(['you', 'your', 'they', 'their', 'nobody', 'no', 'he', 'she']);
const CONTRASTING = new Set(['but', 'however', 'yet', 'although', 'though', 'because']);

/**
 * The spans of their own mishaps (`OWN_MISHAP`), each from its start to the end of its clause:
 * up to a "but", or an "and" or comma that hands over to someone else ("I lost my receipt and
 * your staff refused to help" complains of the second half).
 */
function ownMishaps(doc: CoachDocument): Idiom[] {
  const { tokens } = doc;
  const spans: Idiom[] = [];
  for (const match of OWN_MISHAP.findAll(tokens)) {
    if (tokens[match.from]!.quoted) continue;
    const verb = tokens[match.to - 1]!.norm;
    if ((verb === 'lost' || verb === 'broke') && costUs(doc, match.to)) continue;
    const index = doc.sentenceOf[match.from]!;
    const sentence = doc.sentences[index]!;
    // "I entered the wrong address by mistake": said after the slip, it owns the whole clause.
    const from = tokens[match.from]!.norm === 'by' ? doc.clauseStarts[index]! : match.from;
    let to = match.to;
    while (to < sentence.to) {
      const norm = tokens[to]!.norm;
      if (CONTRASTING.has(norm)) break;
      if ((norm === 'and' || norm === ',') && ANOTHER_ACTOR.has(normAt(tokens, to + 1))) break;
      to++;
    }
    spans.push({ from, to, reading: 'neutral' });
  }
  return spans;
}

/**
 * Their own apology to us: "sorry to your waiter!", "sorry for the short notice", "apologies
 * for the mess". Someone owning up to something of theirs is rarely complaining of ours
 * ("sorry, but this is unacceptable" is not one of these).
 */
const OWN_APOLOGY = new PatternSet<true>([
  [
    'sorry|apologies to your|the waiter|waitress|server|staff|team|chef|driver|cleaner|neighbours',
    true,
  ],
  ['sorry|apologies for the short|late|mess|noise|trouble|hassle|confusion|chaos|fuss|mix', true],
  ['sorry|apologies for any trouble|confusion|mess', true],
]);

/** The intensity from which a message reads as disappointed rather than calm. */
const DISAPPOINTED = 0.12;

/** Measured on labelled public complaints: 0.6 scored best, and alike on either half of them. */
const COMPLAINT_THRESHOLD = 0.6;

export interface MoodResult {
  mood: MoodEstimate;
  complaint: boolean;
  /** Token ranges that carried the mood, for highlighting. */
  cueTokens: Array<{ from: number; to: number }>;
}

/** `toUs`: the text is known to be written to us, not only a remark in passing. */
export function estimateMood(doc: CoachDocument, toUs = false): MoodResult {
  const { tokens } = doc;
  const idioms: Idiom[] = PLEASED.findAll(tokens).map((p) => ({
    from: p.from,
    to: p.to,
    reading: p.value,
  }));
  for (const span of ownMishaps(doc)) idioms.push(span);
  for (const span of askedAboutIfs(doc)) idioms.push(span);
  // What the words of an idiom, an owned mishap or an asked-about "if" say is no sign of a
  // problem or of frustration (`outside` below).
  const valence = scoreValence(doc, idioms);
  const found: Cues = { doc, cueTokens: [], cues: [] };
  const { cueTokens, cues } = found;
  for (const index of valence.negativeTokens) addCueTo(found, index, index + 1);
  let frustration = 0;
  const frustrationCues = outside(idioms, FRUSTRATION_CUES.findAll(tokens));
  for (const match of frustrationCues) {
    frustration += match.value;
    addCueTo(found, match.from, match.to);
  }
  // Shouting and stacked punctuation, read token by token only when the tokenizer saw words
  // in capitals or "!" and "?" run together.
  let capsWords = 0;
  const { exclamations, questionMarks } = doc;
  if ((doc.capsWords > 0 && doc.mixedCase) || doc.stackedMarks > 0) {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind === 'word') {
        if (token.caps && token.raw.length >= 3 && doc.mixedCase && !ACRONYMS.has(token.norm)) {
          capsWords++;
          addCueTo(found, i, i + 1);
        }
      } else if (token.kind === 'punct' && token.raw.length >= 2 && /[!?]{2,}/.test(token.raw))
        addCueTo(found, i, i + 1);
    }
  }
  let emojiFrustration = 0;
  if (doc.emoji > 0)
    for (const token of tokens)
      if (token.kind === 'emoji') emojiFrustration += EMOJI_FRUSTRATION.get(token.raw) ?? 0;
  // Who it is written to, and whether it thanks anyone: asked of the sentences that hold a
  // personal word or a thank-you.
  let personal = false;
  let thanks = false;
  let grateful = false;
  for (const sentence of doc.sentences) {
    if ((sentence.cues & PERSONAL_WORDS) !== 0) personal = true;
    if ((sentence.cues & THANKS) === 0) continue;
    thanks = true;
    for (let i = sentence.from; i < sentence.to && !grateful; i++) {
      const token = tokens[i]!;
      // An earnest "thank you" or "thanks", not itself a sign of frustration ("thanks for
      // nothing", "thanks a lot").
      if (
        (token.norm === 'thanks' || (token.norm === 'thank' && tokens[i + 1]?.norm === 'you')) &&
        !token.quoted &&
        !frustrationCues.some((cue) => cue.from === i)
      )
        grateful = true;
    }
  }
  const apologetic = OWN_APOLOGY.findAll(tokens).some((m) => !tokens[m.from]!.quoted);
  const mentions = doc.mentions > 0;
  let negativity = Math.max(0, -valence.compound);
  let positivity = Math.max(0, valence.compound);
  let problem = 0;
  // A short wait told in minutes ("we waited 5 minutes") is no sign of a problem at all.
  const allProblemCues = COMPLAINT_CUES.findAll(tokens);
  const shortWaits = allProblemCues.filter((match) => !longEnough(doc, match));
  const problemCues = outside(
    shortWaits.length ? [...idioms, ...shortWaits] : idioms,
    allProblemCues,
  );
  for (const match of problemCues) problem += match.value;
  // "Great, another cancelled booking. Just great." Praise standing alone beside a problem
  // is sarcasm: it counts against us, not for us. So is praise that opens the very sentence
  // reporting the problem: "Love waiting 40 minutes for a coffee."
  const praised = doc.sentences.some((s) => (s.cues & PRAISE_WORDS) !== 0);
  let sarcasm = praised && problem >= 1 && !thanks ? sarcasticPraise(doc) : -1;
  if (sarcasm < 0 && praised)
    sarcasm = praiseOpeningAProblem(doc, [...problemCues, ...frustrationCues]);
  // "Fantastic service as always 🙄": praise with an eye-roll means its opposite.
  if (sarcasm < 0 && praised && doc.emoji > 0) sarcasm = praiseBesideAnEyeRoll(doc);
  if (sarcasm >= 0) {
    negativity += positivity;
    positivity = 0;
    frustration += 0.15;
    addCueTo(found, sarcasm, sarcasm + 1);
  }
  // Someone reporting a problem is rarely calm, even in neutral words: the problem itself
  // raises the estimate, and each sign of frustration or shouting raises it further.
  // A message written entirely in capitals is shouted from start to end.
  if (!doc.mixedCase && doc.words >= 3) capsWords += 3;
  frustration += emojiFrustration;
  const emphasis =
    Math.min(0.2, capsWords * 0.06) +
    Math.min(0.15, Math.max(0, exclamations - 1) * 0.05) +
    Math.min(0.1, Math.max(0, questionMarks - 1) * 0.04);
  let intensity =
    0.4 * negativity +
    Math.min(0.4, frustration) +
    Math.min(0.3, problem * 0.1) +
    emphasis -
    0.2 * positivity -
    (grateful || apologetic ? 0.1 : 0);
  intensity = Math.round(Math.max(0, Math.min(1, intensity)) * 100) / 100;
  const complaintScore =
    problem +
    negativity * 2 -
    positivity * 0.8 +
    (mentions ? 0.3 : 0) -
    (grateful ? 0.5 : 0) -
    (apologetic ? 0.5 : 0);
  // Without knowing who it was written to, a problem counts only when it is someone's:
  // a post about the weather is not a complaint to anyone.
  const addressed = toUs || mentions || personal;
  // One clear sign of a problem is enough ("I'm still waiting", "the app won't load"): on a
  // recovery desk a complaint read as a plain message is the costlier mistake, since it
  // closes with a thank-you instead of reopening.
  const complaint = complaintScore >= COMPLAINT_THRESHOLD && addressed;
  // Someone who writes to complain is not calm, however plain their words: "the room smelled
  // of smoke and the shower was cold all weekend" is at least a disappointment.
  if (complaint && intensity < DISAPPOINTED) intensity = DISAPPOINTED;
  // Plain words can still say what went wrong: with no stronger sign, the problem itself is
  // the cue ("came out orange instead of", "smelled of").
  if (complaint && cues.length === 0)
    for (const match of problemCues) if (match.value >= 0.6) addCueTo(found, match.from, match.to);
  const label: Mood =
    intensity >= 0.55
      ? 'angry'
      : intensity >= 0.25
        ? 'upset'
        : intensity >= DISAPPOINTED
          ? 'disappointed'
          : 'calm';
  // Where the reading stays at nothing, no word drove it: "Great job on the cake" or "thanks
  // for sorting the refund" shows no cues.
  if (intensity === 0) return { mood: { label, intensity, cues: [] }, complaint, cueTokens: [] };
  return { mood: { label, intensity, cues }, complaint, cueTokens };
}

/** The cues found so far: their token ranges, and their words as the writer typed them. */
interface Cues {
  doc: CoachDocument;
  cueTokens: Array<{ from: number; to: number }>;
  cues: string[];
}

function addCueTo(found: Cues, from: number, to: number): void {
  const { doc, cues } = found;
  found.cueTokens.push({ from, to });
  const text = doc.text.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end);
  // Each cue once: "THIRD time" already says "THIRD", and takes the place of every shorter
  // cue it holds ("Great job losing" holds both "Great job" and "losing").
  if (cues.some((cue) => cue.includes(text))) return;
  const within = cues.findIndex((cue) => text.includes(cue));
  if (within < 0) {
    if (cues.length < 8) cues.push(text);
    return;
  }
  cues[within] = text;
  for (let k = cues.length - 1; k > within; k--) if (text.includes(cues[k]!)) cues.splice(k, 1);
}

/** The matches that do not overlap a phrase of pleasure ("couldn't be happier"). */
function outside<T extends { from: number; to: number }>(
  pleased: ReadonlyArray<{ from: number; to: number }>,
  matches: readonly T[],
): readonly T[] {
  return pleased.length
    ? matches.filter((m) => !pleased.some((p) => m.from < p.to && m.to > p.from))
    : matches;
}

/** Sentences with a word that shows a message is someone's own, or written to someone. */
const PERSONAL = new Set(['you', 'your', 'my', 'i', 'me', 'we', 'us', 'our']);
const PERSONAL_WORDS = sentenceCue((norm) => PERSONAL.has(norm));
/** Sentences that say "thanks" or "thank". */
const THANKS = sentenceCue((norm) => norm === 'thanks' || norm === 'thank');

const PRAISE = new Set([
  'great',
  'wonderful',
  'brilliant',
  'perfect',
  'fantastic',
  'lovely',
  'marvellous',
  'marvelous',
  'awesome',
  'excellent',
  'superb',
  'terrific',
  'fabulous',
  'nice',
]);

/**
 * The index of a word of praise that stands alone as a remark — it opens a sentence (after
 * "oh", "just", "well") and punctuation or the end follows it — or -1. "Great, thanks!" has
 * praise too, so callers only ask when the message reports a problem and thanks no one.
 */
/** Words that may come before praise meant as sarcasm: "oh great", "just wonderful". */
const BEFORE_SARCASM = new Set(['oh', 'just', 'well', 'how', 'really', 'so']);

/** The first word of praise in a sentence that ends in an eye-roll, or -1. */
function praiseBesideAnEyeRoll(doc: CoachDocument): number {
  const { tokens } = doc;
  for (const sentence of doc.sentences) {
    if ((sentence.cues & PRAISE_WORDS) === 0) continue;
    let rolled = false;
    for (let i = sentence.from; i < sentence.to; i++)
      if (tokens[i]!.kind === 'emoji' && EYE_ROLLS.has(tokens[i]!.raw)) rolled = true;
    if (!rolled) continue;
    for (let i = sentence.from; i < sentence.to; i++)
      if (PRAISE_OPENERS.has(tokens[i]!.norm)) return i;
  }
  return -1;
}
const EYE_ROLLS = new Set(['🙄', '😒']);

function sarcasticPraise(doc: CoachDocument): number {
  const { tokens } = doc;
  for (const sentence of doc.sentences) {
    if ((sentence.cues & PRAISE_WORDS) === 0) continue;
    let i = sentence.from;
    while (i < sentence.to && BEFORE_SARCASM.has(tokens[i]!.norm)) i++;
    if (i >= sentence.to || !PRAISE.has(tokens[i]!.norm)) continue;
    if (i + 1 >= sentence.to || tokens[i + 1]!.kind === 'punct') return i;
  }
  return -1;
}

const PRAISE_OPENERS = new Set([
  ...PRAISE,
  'love',
  'loving',
  'loved',
  'impressed',
  'amazing',
  'incredible',
  'outstanding',
]);
/** Sentences with a word of praise: the only ones sarcasm can open. */
const PRAISE_WORDS = sentenceCue((norm) => PRAISE_OPENERS.has(norm));
const BEFORE_PRAISE = new Set([
  'oh',
  'wow',
  'really',
  'so',
  'just',
  'well',
  'what',
  'i',
  'absolutely',
  'totally',
  'a',
  'an',
  'truly',
]);
const CONTRAST = new Set(['but', 'although', 'though', 'however', 'except', 'yet']);

/**
 * The index of a word of praise that opens a sentence which, without a "but", goes on to
 * report a problem ("Really impressed that nobody answered my emails"), or -1. With a "but"
 * it is mixed feedback, meant both ways.
 */
function praiseOpeningAProblem(
  doc: CoachDocument,
  cues: Array<{ from: number; value: number }>,
): number {
  const { tokens } = doc;
  for (const sentence of doc.sentences) {
    if ((sentence.cues & PRAISE_WORDS) === 0) continue;
    let i = sentence.from;
    while (i < sentence.to && (BEFORE_PRAISE.has(tokens[i]!.norm) || tokens[i]!.kind === 'punct'))
      i++;
    if (i >= sentence.to || !PRAISE_OPENERS.has(tokens[i]!.norm)) continue;
    let contrast = false;
    for (let k = i + 1; k < sentence.to && !contrast; k++) contrast = CONTRAST.has(tokens[k]!.norm);
    if (contrast) continue;
    // What follows an earnest thank-you is what they thank us for: "Great job on the cake,
    // thanks for sorting the refund" ("thanks for nothing" is itself a cue, and counts).
    let end = i + 1;
    while (
      end < sentence.to &&
      !(THANKING.has(tokens[end]!.norm) && !cues.some((c) => c.from === end))
    )
      end++;
    const weight = cues
      .filter((c) => c.from > i && c.from < end)
      .reduce((sum, c) => sum + c.value, 0);
    if (weight >= 0.1) return i;
  }
  return -1;
}

const THANKING = new Set(['thanks', 'thank']);

/** Emoji are not in the lexicon; these few say plainly how someone feels. */
const EMOJI_FRUSTRATION = new Map<string, number>([
  ['😡', 0.3],
  ['🤬', 0.35],
  ['😠', 0.25],
  ['😤', 0.2],
  ['👎', 0.15],
  ['🙄', 0.15],
  ['😒', 0.12],
  ['😞', 0.1],
  ['😢', 0.1],
  ['😭', 0.12],
  ['💩', 0.15],
  ['😊', -0.1],
  ['🙂', -0.05],
  ['👍', -0.1],
  ['❤️', -0.1],
  ['🙏', -0.05],
]);

const ACRONYMS = new Set([
  'asap',
  'usa',
  'uk',
  'eta',
  'dm',
  'faq',
  'atm',
  'tv',
  'pc',
  'id',
  'pin',
  'nhs',
  'bbc',
  'ceo',
  'lol',
  'omg',
  'fyi',
  'usb',
  'gps',
  'vip',
  'ups',
  'dhl',
  'usps',
  'hmrc',
  'ee',
  'bt',
  'aa',
  // What invoices, orders and bookings are full of: "the wrong VAT number", "SKU 4410".
  'vat',
  'gst',
  'hst',
  'sku',
  'pdf',
  'iban',
  'sms',
  'url',
  'rsvp',
  'bbq',
  'diy',
  'mot',
  'hvac',
  'pos',
  'crm',
  'api',
  'rrp',
  'ref',
  'nda',
  'tbc',
  'tba',
  'gbp',
  'usd',
  'eur',
]);
