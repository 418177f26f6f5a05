import type { Party, Phrase } from './phrase';

/**
 * Ready phrasing, in Turnaround's own words, for each step of the recovery and each kind of
 * party, in three tones. Placeholders are filled from the situation when a phrase is
 * inserted: {name} (the person), {cause} (the diagnosed cause), {business}, {time}.
 */
export { PARTIES, TONES, ZPhrase, type Party, type Phrase, type Tone } from './phrase';

type Row = [
  step: string,
  party: Party,
  topic: string | null,
  warm: string,
  formal: string,
  brief: string,
];

const ROWS: Row[] = [
  // Listen: let them tell it, in full, before anything else.
  [
    'listen',
    'customer',
    null,
    "I'm listening, {name}. Tell me everything that happened, from the start.",
    'Thank you for raising this with us, {name}. Please tell me what happened, in as much detail as you can.',
    'Tell me what happened.',
  ],
  [
    'listen',
    'vendor',
    null,
    "Thanks for picking up, {name}. Walk me through what happened on your side — I'd like the full picture before we decide anything.",
    'Thank you for your time, {name}. Could you describe what happened on your side before we discuss next steps?',
    'What happened on your side?',
  ],
  [
    'listen',
    'team',
    null,
    'Thanks for coming to me, {name}. Take your time — what happened?',
    "{name}, I'd like to hear your account first. What happened?",
    'Talk me through it.',
  ],
  [
    'listen',
    'customer',
    'vent_only',
    "You don't need to have a question for me, {name}. I'm here, and I'm listening.",
    'Please go on, {name}. I would rather hear all of it than interrupt.',
    "Go on — I'm listening.",
  ],
  [
    'listen',
    'customer',
    'public',
    "{name}, I'm so sorry this happened here in front of everyone. Could we step over here so I can give you my full attention?",
    '{name}, I would like to give this my full attention. May we continue over here?',
    'This way, please — somewhere quieter, and tell me everything.',
  ],
  // Empathise: name the feeling, without arguing with it.
  [
    'empathize',
    'customer',
    null,
    'That sounds really frustrating, {name}. I would feel the same in your place.',
    'I understand why this is upsetting, {name}, and you are right to raise it.',
    'I understand why that upset you.',
  ],
  [
    'empathize',
    'vendor',
    null,
    "I can see this put you in a difficult spot too, {name}. Let's work it out together.",
    'I appreciate that this has been difficult on your side as well, {name}.',
    'I know this is awkward for you too.',
  ],
  [
    'empathize',
    'team',
    null,
    "That sounds like a rough shift, {name}. It makes sense that you're frustrated.",
    'I understand this was a difficult situation to be put in, {name}.',
    'That sounds hard. I get it.',
  ],
  [
    'empathize',
    'customer',
    'regular',
    "{name}, you've been coming to us for a long time, and this isn't what you should get from us. I understand why you're disappointed.",
    '{name}, as one of our regular guests, you deserve better than this, and I understand your disappointment.',
    'You deserve better from us, {name}.',
  ],
  [
    'empathize',
    'customer',
    'first_time',
    "{name}, I can imagine how disappointing that was for a first visit — it's not the impression we wanted to give you.",
    '{name}, I regret that your first experience with {business} fell short. I understand your disappointment.',
    'That must have been disappointing for a first visit.',
  ],
  // Diagnose: open questions, one at a time.
  [
    'diagnose',
    'customer',
    null,
    'Could you tell me what happened when you first noticed it?',
    'Could you describe when and how you first noticed the problem?',
    'What happened first?',
  ],
  [
    'diagnose',
    'vendor',
    null,
    'What changed on your side this week, {name}? I want to understand it, not blame anyone.',
    'Could you explain what led to the change on your side, {name}?',
    'What caused it on your side?',
  ],
  [
    'diagnose',
    'team',
    null,
    'What did you know at the time, {name}, and what would have helped you decide differently?',
    'What information did you have when you decided, {name}, and what was missing?',
    'What did you know at that point?',
  ],
  [
    'diagnose',
    'team',
    'missing_information',
    "You acted on what you had, {name}. What information didn't reach you, and where should it have come from?",
    '{name}, which piece of information was missing when you decided, and who normally passes it on?',
    'Which information was missing?',
  ],
  // Alternatives: real options, each with its cost and fit.
  [
    'alternatives',
    'customer',
    null,
    "Here's what I can do, {name}: I could {option A}, or {option B}. Which would suit you better?",
    'We can offer two options, {name}: {option A}, or {option B}. Which would you prefer?',
    'Option 1: {option A}. Option 2: {option B}. Your call.',
  ],
  [
    'alternatives',
    'customer',
    'price_pushback',
    'I hear you on the price, {name}. What you get for it is {value}. If that is more than you need, {smaller option} could be a better fit.',
    'I understand the price matters, {name}. It includes {value}; if you would prefer, {smaller option} is also available.',
    'It includes {value}. {smaller option} costs less.',
  ],
  [
    'alternatives',
    'vendor',
    null,
    'Could we look at it two ways, {name}: a partial delivery by {time}, or the full order a day later?',
    'We would consider either a partial delivery by {time} or the complete order one day later, {name}.',
    'Partial by {time}, or all of it a day later?',
  ],
  [
    'alternatives',
    'team',
    null,
    "What would you suggest, {name}? I've got two ideas, but I'd like yours first.",
    '{name}, what would you propose? I have two options in mind as well.',
    'Your suggestion first, then mine.',
  ],
  // Apologise: for the real cause, with no "but".
  [
    'apologize',
    'customer',
    null,
    "I'm sorry, {name}: {cause}. That was our mistake, and I'll put it right by {time}.",
    'Please accept our apology, {name}: {cause}. The responsibility is ours.',
    "I'm sorry: {cause}. That's on us.",
  ],
  [
    'apologize',
    'customer',
    'late',
    "I'm sorry you waited so long, {name}. Your order should have been with you well before now, and it wasn't.",
    'I apologise for the delay, {name}. Your order should have reached you on time and it did not.',
    "Sorry for the wait — that's on us.",
  ],
  [
    'apologize',
    'customer',
    'wrong_order',
    "I'm sorry we brought you the wrong order, {name}. I've asked the kitchen to make the right one straight away.",
    'I apologise for serving the wrong order, {name}. The correct one is being prepared now.',
    "Sorry — wrong order. The right one's coming now.",
  ],
  [
    'apologize',
    'customer',
    'damaged',
    "I'm sorry it arrived damaged, {name}. That's not the condition it should have reached you in.",
    'I apologise that the item arrived damaged, {name}.',
    'Sorry it arrived broken.',
  ],
  [
    'apologize',
    'customer',
    'public',
    "{name}, I'm sorry: {cause}, and in front of your guests. That should never have happened here.",
    '{name}, I apologise: {cause}, and in front of your company.',
    'Sorry: {cause} — and in front of everyone.',
  ],
  [
    'apologize',
    'vendor',
    null,
    "I'm sorry, {name} — {cause} on our side made this harder for you.",
    'We apologise, {name}: {cause} on our side contributed to the problem.',
    'Sorry — {cause} was on us.',
  ],
  [
    'apologize',
    'team',
    null,
    "I'm sorry, {name}: {cause} — that should have reached you, and it didn't.",
    '{name}, I apologise: {cause}. That was a failure of our process, not yours.',
    'Sorry, {name} — {cause}. Not your fault.',
  ],
  // Solve: what we will do, who, and by when.
  [
    'solve',
    'customer',
    null,
    "Here's what happens now, {name}: I'll {action} by {time}, and I'll call you to confirm it's done.",
    'We will {action} by {time}, {name}, and confirm once it is complete.',
    "I'll {action} by {time}.",
  ],
  [
    'solve',
    'vendor',
    null,
    "So we're agreed, {name}: you'll {action} by {time}, and I'll confirm on our side by the end of the day.",
    'To confirm, {name}: your team will {action} by {time}; we will confirm receipt the same day.',
    'You: {action} by {time}. Us: confirm same day.',
  ],
  [
    'solve',
    'vendor',
    'vendor_late',
    '{name}, we need the delivery by {time} to keep our service running. Can you commit to that, and tell me now if anything might get in the way?',
    '{name}, we require the delivery by {time}. Please confirm, and let us know immediately of any risk to that date.',
    'Need it by {time}. Can you confirm?',
  ],
  [
    'solve',
    'team',
    null,
    "Let's fix it together, {name}: I'll {action} by {time}, and you'll have what you need next time.",
    '{name}, I will {action} by {time}, so that the information reaches you in future.',
    "I'll {action} by {time}.",
  ],
  // Make it up: a gesture that fits, offered not bargained.
  [
    'make_it_up',
    'customer',
    null,
    "And because this shouldn't have happened, {name}, I'd like to {gesture}.",
    'In recognition of the inconvenience, {name}, we would like to {gesture}.',
    "We'd like to {gesture}.",
  ],
  [
    'make_it_up',
    'customer',
    'regular',
    "{name}, you've stuck with us for years — your next visit is on us.",
    '{name}, as a valued regular guest, we would like to invite you back as our guest.',
    'Next visit is on us, {name}.',
  ],
  [
    'make_it_up',
    'customer',
    'first_time',
    "{name}, we'd love the chance to show you what we're really like — please come back as our guest.",
    '{name}, we would be glad to welcome you back as our guest, so that you can see us at our best.',
    'Come back as our guest, {name}.',
  ],
  [
    'make_it_up',
    'vendor',
    null,
    "Thanks for moving fast on this, {name}: you're our first call from now on.",
    'Thank you for your prompt response, {name}; we value the relationship.',
    'Thanks for moving fast.',
  ],
  [
    'make_it_up',
    'team',
    null,
    'Thanks for handling that, {name}. Take the first break today — you earned it.',
    'Thank you for how you handled this, {name}.',
    'Thanks, {name}. Well handled.',
  ],
  // Communicate: tell the team, so it doesn't happen again.
  [
    'communicate',
    'customer',
    null,
    "I've told the team what happened, {name}, so the next person doesn't go through the same.",
    'I have shared what happened with the team, {name}, so that it is not repeated.',
    "I've told the team.",
  ],
  [
    'communicate',
    'vendor',
    null,
    "I'll brief our team on the new arrangement today, {name}, and send you the summary by {time}.",
    'We will brief our team today and send you a written summary by {time}, {name}.',
    'Summary to you by {time}.',
  ],
  [
    'communicate',
    'team',
    null,
    "Team: today {cause}. From now on, {action}. Ask me if anything's unclear.",
    'For everyone: today {cause}. With immediate effect, {action}.',
    'Heads up: {cause}. From now on, {action}.',
  ],
  // Follow up: check the fix held.
  [
    'follow_up',
    'customer',
    null,
    "Hi {name}, it's {business}. I wanted to check that everything has been right since — has it?",
    'Dear {name}, this is a follow-up on your recent experience with {business}. Has the matter been resolved to your satisfaction?',
    'Hi {name} — is everything sorted now?',
  ],
  [
    'follow_up',
    'vendor',
    null,
    'Hi {name}, just checking the new delivery times are working on your side too. Anything we should change?',
    'Dear {name}, this is a follow-up on the revised arrangement. Is it working as agreed on your side?',
    'Are the new times working?',
  ],
  [
    'follow_up',
    'team',
    null,
    "How's it been since, {name}? Did the change make your shifts easier?",
    '{name}, following up on the change we made: has it helped?',
    'Has the change helped?',
  ],
];

export const BUILT_IN_PHRASES: Phrase[] = ROWS.flatMap(
  ([step, party, topic, warm, formal, brief]) =>
    (
      [
        ['warm', warm],
        ['formal', formal],
        ['brief', brief],
      ] as const
    ).map(([tone, text]) => ({
      id: `builtin-${step}-${party}-${topic ?? 'any'}-${tone}`,
      step,
      party,
      tone,
      topic,
      text,
      builtIn: true,
    })),
);

export interface PhraseQuery {
  step?: string | undefined;
  party?: Party | undefined;
  /** The situation's category and kinds (public, vent_only, regular, first_time). */
  topics?: string[] | undefined;
}

/**
 * The phrases for a step and party, the ones written for this situation's topics first,
 * then the general ones; a step none of them knows (a custom playbook's) gets them all.
 */
export function findPhrases(phrases: Phrase[], query: PhraseQuery): Phrase[] {
  const topics = new Set(query.topics ?? []);
  const matchesStep = query.step ? phrases.filter((p) => p.step === query.step) : phrases;
  const pool = matchesStep.length ? matchesStep : phrases;
  return pool
    .filter(
      (p) => (!query.party || p.party === query.party) && (p.topic === null || topics.has(p.topic)),
    )
    .map((p, index) => ({ p, index, rank: (p.topic ? 0 : 2) + (p.builtIn ? 1 : 0) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ p }) => p);
}

/** Fills {name}, {cause}, {business} and {time}; unknown placeholders stay for the writer to fill. */
export function fillPhrase(
  text: string,
  values: Partial<Record<'name' | 'cause' | 'business' | 'time', string | null | undefined>>,
): string {
  return text
    .replace(/\{(name|cause|business|time)\}/g, (whole, key: keyof typeof values) => {
      const value = values[key]?.trim();
      if (!value) return key === 'name' ? '' : whole;
      return key === 'cause' ? value.replace(/[.!]+$/, '') : value;
    })
    .replace(/ ,/g, ',')
    .replace(/,\s*,/g, ',')
    .replace(/,\s*([.!?:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/^, /, '')
    .trim();
}
