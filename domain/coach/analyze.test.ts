import { describe, expect, it } from 'vitest';
import { analyze, type CoachContext } from './analyze';
import { scoreLine } from './batch';
import { fillPhrase, findPhrases, BUILT_IN_PHRASES } from './phrasebook';

/** Our own examples, one per line: each pins a detector's answer on a case that is easy to get wrong. */
const APOLOGY: Array<[string, string, string?]> = [
  // Whom it happened to, named with them.
  ["I'm sorry you and your guests had to stand at the bar for forty minutes.", 'targeted'],
  ["I'm sorry you and your family feel that way.", 'non_apology'],
  // The apology ends its sentence and the next one owns what went wrong.
  [
    "I'm really sorry, Tom. We sent the wrong size because the label printer swapped two orders.",
    'targeted',
  ],
  ['So sorry.\nThe kitchen sent out the wrong main.', 'targeted'],
  ['Sorry. We are closed on Sundays.', 'generic'],
  ["Sorry about that! We'll look into it.", 'generic'],
  // Taken back in the same breath.
  ['Sorry not sorry.', 'none'],
  ['Sorry, not sorry, the rules are the rules.', 'none'],
  ["I'm sorry your order was late.", 'targeted'],
  ['Sorry for the long wait at the door tonight.', 'targeted'],
  ['We apologise that the colour came out darker than you asked for.', 'targeted'],
  ["I'm sorry we charged you twice for the same booking.", 'targeted'],
  ['Apologies for the delay in getting your refund through.', 'targeted'],
  ["I'm sorry, Ana: the courier went to the old address.", 'targeted'],
  // What went wrong, told as it happened after the apology; a plain fact is not a failure.
  ['Apologies, the kitchen sent out the wrong main.', 'targeted'],
  ['Sorry, your parcel was left outside in the rain.', 'targeted'],
  ['Sorry, the shop is closed on Sundays.', 'generic'],
  ['Sorry, the booked slot is full.', 'generic'],
  // A blanket rule as the answer takes the apology back.
  ["Sorry, we don't do refunds on sale items.", 'non_apology'],
  ['Sorry for any inconvenience.', 'generic'],
  ["We're sorry for the trouble.", 'generic'],
  ["I'm so sorry to hear that.", 'generic'],
  ['Sorry about that!', 'generic'],
  ['Our apologies for the confusion.', 'generic'],
  ['Sorry you are having issues with the app.', 'generic'],
  ['Pardon me, I misspoke.', 'generic'],
  ["I'm sorry you feel that way.", 'non_apology'],
  ["I'm sorry, but nobody else has complained.", 'non_apology'],
  ["I'm sorry for the way you feel.", 'non_apology'],
  // A name right after the apology: whom it is said to, or who did it.
  ["I'm sorry Jo used the wrong toner on your hair.", 'targeted', 'Stylist used the wrong toner'],
  // The cause in other words: "late" and "waiting", "overbooked" and "double-booked".
  ["I'm sorry we kept you waiting so long.", 'targeted', 'Overbooked the salon, stylist ran late'],
  ['Sorry we double-booked your slot.', 'targeted', 'Overbooked the salon, stylist ran late'],
  ['Sorry for the mix-up with your booking.', 'generic'],
  // A waiter does not wait: the cause "rude waiter" is not about lateness.
  ['Sorry our server was so dismissive.', 'targeted', 'Waiter was rude to the guests'],
  ['Sorry your food was late.', 'generic', 'Waiter was rude to the guests'],
  ["I'm sorry your colour came out brassy.", 'targeted', 'Stylist used the wrong toner'],
  ['Sorry Ana was late for your appointment.', 'targeted'],
  ['Sorry Tom.', 'generic'],
  // Turned round as it is made, or followed by someone else to blame.
  ['We apologise; however, the booking terms are clear.', 'non_apology'],
  ["I'm sorry, though I know it won't undo the evening.", 'generic'],
  ["We're sorry for the delay. However, it was caused by the courier.", 'non_apology'],
  ["The delay was due to the weather, and that's no excuse: I'm sorry.", 'generic'],
  // Pointing back to a failure of ours, told just before it.
  [
    "Our system double-booked your table - I'm sorry.",
    'targeted',
    'The booking system double-booked the table',
  ],
  ['We sent the wrong size. Sorry about that.', 'targeted'],
  ['The courier was late. Sorry!', 'targeted'],
  ["We checked your booking and it's fine, sorry for the confusion.", 'generic'],
  // Sparing them an apology is kind: neither ours nor a refusal.
  ["There's no need to apologise.", 'none'],
  ["Don't apologise, it's our fault.", 'none'],
  ["I don't apologise for our prices.", 'none'],
  ['We need to apologise for the wait.', 'targeted'],
  // How they were treated names what went wrong; a verdict on their visit does not.
  ["I'm sorry for the way you were spoken to at the counter.", 'targeted'],
  ["I'm sorry to hear your experience was not up to our usual standard.", 'generic'],
  ["We regret that your visit didn't meet expectations.", 'generic'],
  ['Sorry your stay was disrupted by the building work.', 'targeted'],
  ['Sorry if you were offended.', 'non_apology'],
  ["Sorry, but that's our policy.", 'non_apology'],
  ['I am sorry you see it like that.', 'non_apology'],
  ["We're sorry you're unhappy with the price.", 'non_apology'],
  ["Sorry, you'll need to contact the courier directly.", 'non_apology'],
  ["I'm not sorry, we did everything right.", 'none'],
  ['We will never apologise for enforcing the rules.', 'none'],
  ['The manager said "sorry" and walked off.', 'none'],
  ['They never even apologised.', 'none'],
  ['I feel sorry for the new waiter.', 'none'],
  ['Sorry? Could you say that again?', 'none'],
  ['Thanks for your patience while we check.', 'none'],
  ['Better safe than sorry, so we checked twice.', 'none'],
  ["I'm sorry the food was cold.", 'generic', 'The courier was sent to the old address'],
  [
    "I'm sorry the courier went to the wrong address.",
    'targeted',
    'The courier was sent to the old address',
  ],
  ["I'm sorry the delivery was so late.", 'targeted', 'the courier delayed the delivery'],
  ['I apologise for mixing up your booking time.', 'targeted'],
  ['So sorry that your cake arrived with the wrong name on it.', 'targeted'],
  ['Please accept our apologies for the cold coffee this morning.', 'targeted'],
  ["I'm really sorry we didn't call you back on Friday.", 'targeted'],
  ['Sorry, we messed up your order.', 'targeted'],
  ['My apologies for the trouble caused.', 'generic'],
  ['We apologize for any inconvenience this may have caused.', 'generic'],
  ['Sorry again!', 'generic'],
  ["I'm sorry, that's on us.", 'generic'],
  ["I'm sorry if this caused any confusion.", 'non_apology'],
  ["I'm sorry you were upset by our response.", 'non_apology'],
  ['We apologise if anyone was offended, but we stand by the decision.', 'non_apology'],
  ["Sorry, but there's nothing we can do about the weather.", 'non_apology'],
  ["I won't apologise for following the health rules.", 'none'],
  ['She kept saying "we apologise" without meaning it.', 'none'],
  ['No apology needed, it happens.', 'none'],
  ['You owe me an apology.', 'none'],
  ['Sorry to bother you, could you confirm the time?', 'generic'],
  ["I'm sorry the pasta was overcooked.", 'targeted', 'the chef overcooked the pasta'],
  ["I'm sorry the room was noisy.", 'generic', 'the booking system sent two parties to one table'],
  // A feeling or a disruption in general names nothing that went wrong.
  ['We regret any distress this may have caused.', 'generic'],
  ['Apologies for any disruption to your evening.', 'generic'],
  // A negation in the clause before does not take back an apology after it.
  ["We were busy, but that is no excuse: I'm sorry your mains took an hour.", 'targeted'],
  // Excusing the failure with the evening takes the apology back.
  ["I'm sorry for the wait, it was very busy tonight.", 'non_apology'],
  ["Apologies for the delay in getting back to you, we've been swamped.", 'non_apology'],
  ['Sorry, we were really short staffed.', 'non_apology'],
  // After a dash, a capitalised word starts the explanation rather than naming the person.
  [
    "I'm so sorry, Ana — Jo used the wrong toner on your hair.",
    'targeted',
    'The stylist used the wrong toner',
  ],
  // A placeholder apology, then what went wrong, owned in the next sentence.
  [
    'Sorry for the mix-up with your appointment. Our receptionist booked you in for Thursday instead of Tuesday.',
    'targeted',
  ],
  ["Sorry for the inconvenience. We've sent a replacement by courier.", 'generic'],
  // "I should have…" owns the mistake; "we should have a table free" is a forecast.
  ["I'm sorry, I should have checked the order before it left the shop.", 'targeted'],
  ["We shouldn't have charged you for the extra night. I'm sorry.", 'targeted'],
  ["I'm sorry, we should have a table free by 8.", 'generic'],
  // Against the cause, what went wrong must be the same kind of failure, not only the same thing.
  ["I'm sorry your order arrived late.", 'generic', 'Courier took the parcel to the wrong address'],
  [
    "Sorry the courier left it at a neighbour's.",
    'targeted',
    'Courier took the parcel to the wrong address',
  ],
  [
    'Sorry your parcel arrived late and at the wrong address.',
    'targeted',
    'Courier took the parcel to the wrong address',
  ],
  ['Sorry your main was cold.', 'generic', 'Wrong dish sent to table 4'],
  ['Sorry we mixed up your order.', 'targeted', 'Wrong dish sent to table 4'],
  ['Sorry your food arrived cold.', 'targeted', 'Order was late and cold'],
  // A dash with spaces around it ends what the apology is for; a hyphen inside a word does not.
  [
    "I'm so sorry the kitchen sent out the wrong main - that's not the evening you planned.",
    'targeted',
  ],
  // The failure owned in the last clause before the apology.
  ["You're right, we should have called you. I'm sorry.", 'targeted'],
  ['Thanks for waiting, we sent the wrong size. Sorry about that.', 'targeted'],
  ['Thanks for waiting, the shop is busy today. Sorry about that.', 'generic'],
  // Typed on a phone: shorthand read as the words it stands for.
  ['hi sorry abt that', 'generic'],
  ['ur right, we shd have called u. soz', 'targeted'],
  // The apology's own words name something else; what we own right after it names the cause.
  [
    "I'm sorry we let you down on Tuesday. The engineer should have brought the part.",
    'targeted',
    'the technician arrived without the replacement part',
  ],
  [
    'Sorry for the wait, our engineer forgot the part.',
    'targeted',
    'the technician arrived without the replacement part',
  ],
  [
    "I'm sorry we let you down - our technician should have brought the part.",
    'targeted',
    'the technician arrived without the replacement part',
  ],
  [
    'Sorry for the wait. The weather was awful.',
    'generic',
    'the technician arrived without the replacement part',
  ],
  [
    'Sorry for the wait, your card should have been charged once.',
    'generic',
    'the technician arrived without the replacement part',
  ],
  // Owning the mistake in a word: "my mistake", "mea culpa" apologise as "my bad" does, and
  // can name what went wrong; said inside a clause they do not.
  ['My mistake, I gave you the wrong time.', 'targeted'],
  [
    'My mistake, we sent the parcel to your old address.',
    'targeted',
    'we sent the parcel to your old address',
  ],
  ['Mea culpa. We sent it to the old address.', 'targeted', 'the parcel went to the old address'],
  ['My bad, we sent it to your old address.', 'targeted', 'the parcel went to the old address'],
  ['My mistake!', 'generic'],
  ['That was not my mistake.', 'none'],
  ['Was it my mistake?', 'none'],
  ['My mistake was thinking you wanted the early slot.', 'none'],
  ['Pardon me, we sent it to your old address.', 'generic', 'the parcel went to the old address'],
  // The diagnosed failure told right after "Sorry,"; something else told there is not it.
  ['Sorry, the soup was cold.', 'targeted', 'the kitchen served the soup cold'],
  ['Sorry, the kitchen closes at 10.', 'generic', 'the kitchen served the soup cold'],
  ['Sorry, the bread was stale.', 'generic', 'the kitchen served the soup cold'],
  // Wanting to say sorry says it; the occasion alone names nothing that went wrong.
  ['I wanted to say sorry for how the evening went.', 'generic'],
  ["We'd like to say sorry for the mix-up with your booking.", 'generic'],
  ["They didn't even say sorry.", 'none'],
  ["You don't have to say sorry.", 'none'],
  ['Sorry for how things turned out.', 'generic'],
  ["I'm sorry your evening was ruined by the noise.", 'targeted'],
  ['Sorry we ran out of the lamb.', 'targeted'],
  // Owning it with no word of apology, right after saying what went wrong.
  ["I should have briefed you on the allergy policy, that's on me.", 'targeted'],
  // Something we left undone, owned after an "and".
  ["You didn't have the allergy sheet because I hadn't updated it, and that's on me.", 'targeted'],
  ["We didn't tell you about the closure, that's on us.", 'targeted'],
  // The fault owned in passing, then told after a colon or in the next sentence.
  ["I'm really sorry, that's our fault: we wrote the name down wrong when you called.", 'targeted'],
  ["I'm really sorry, that's our fault. We wrote the name down wrong when you called.", 'targeted'],
  ["That's completely our fault: we wrote the name down wrong when you called.", 'targeted'],
  ["That's our fault.", 'none'],
  [
    "I apologise that our decorator misspelled Amelia's name.",
    'targeted',
    'the order taker wrote the name down wrong on the phone',
  ],
  ['The soup was cold and that is on us.', 'targeted'],
  ['We loved having you, and dessert? That is on us.', 'none'],
  ["I forgot to order the flour. That's on me.", 'targeted'],
  ["The soup was cold, that's on us.", 'targeted', 'the kitchen served the soup cold'],
  ["The bread was stale, that's on us.", 'generic', 'the kitchen served the soup cold'],
  ["The dessert? That's on us.", 'none'],
  ["That's on us to fix, and we will by Friday.", 'none'],
  ["That's not on us.", 'none'],
  // Sarcasm dressed as an apology; the same words said politely.
  ['Sorry you had to wait all of five minutes.', 'non_apology'],
  ['Well, excuse me for trying to help.', 'non_apology'],
  ['Sorry for existing, I guess.', 'non_apology'],
  ['Excuse me for interrupting, is this table free?', 'generic'],
  ['Pardon me for asking, but which size did you order?', 'generic'],
];

const EMPATHY: Array<[string, boolean]> = [
  ['That sounds really frustrating.', true],
  // Said of them, but weighing them against others: no reflection.
  ["You're the only customer who has ever complained about this.", false],
  // Siding with them, or accepting a deal.
  ["That's not ideal, I agree.", true],
  ['I agree to the new terms.', false],
  ['Can we agree a delivery window of 6 to 7 am from next week?', false],
  ["I appreciate it's been a hard month for you too.", true],
  // With a team member: seeing what they meant, and standing by them.
  ['I know you were trying to help.', true],
  ['I know you meant well.', true],
  ['I can see you were in a tough spot.', true],
  ["I've got your back.", true],
  ['I can see you ordered the large one.', false],
  ['I appreciate it, thanks!', false],
  // Validating what they went through.
  ["That shouldn't have happened.", true],
  ["You shouldn't have had to wait that long.", true],
  ['You should have told us.', false],
  // A non-apology shares no feeling, even one it names.
  ["I'm sorry for the way you feel.", false],
  ["I'm sorry if you were upset.", false],
  ["I'm sorry for the frustration this caused.", true],
  ['I can understand why you are upset.', true],
  ['I can imagine how stressful that evening was.', true],
  ['You have every right to be annoyed.', true],
  ['That must have been embarrassing in front of your guests.', true],
  ["I'm sorry for the frustration this caused.", true],
  ['It sounds like you have been waiting all week for this.', true],
  ['So you came back twice and nobody called you.', true],
  ['Please send us your order number.', false],
  ['The kitchen closes at ten.', false],
  ['You should book earlier next time.', false],
  ['Our store is open from nine to five.', false],
  ['I hear you, and that is not okay.', true],
  ['That would upset anyone.', true],
  ['I completely understand how disappointing that must be.', true],
  ['It makes sense that you are angry about this.', true],
  ["You're right to raise it.", true],
  ['Thank you for telling us, I know it is not easy.', true],
  ['Your table is ready.', false],
  ['We open at nine tomorrow.', false],
  ['I understand the order number is 4412.', false],
  ["I don't understand why you are upset.", false],
  // Service courtesy is not empathy: it says nothing about how they feel.
  ['We are happy to help with your booking.', false],
  ['Thanks for your patience, we will look into it.', false],
  ['Thanks for letting us know, the page is fixed now.', false],
  // What they may do is not what they went through.
  ['You are entitled to a full refund.', false],
  ['You are able to cancel from your account page.', false],
  // An invitation to talk offers an ear.
  ['Would you like to talk about it?', true],
  ['If you ever want to talk, call me on 0161 555 0199.', true],
  ['I felt that way too when my own order went missing.', true],
  // A brush-off named to be disowned is none; "anyone would be upset" validates.
  ["I'm not saying you're overreacting; anyone would be upset.", true],
  ['I appreciate your patience.', false],
  ['I promise we will call you by 5 pm.', false],
  ["Hi, that's not something we do.", false],
  ['You would need to speak with our bookings team.', false],
  ['You would have to bring the receipt to the front desk.', false],
  // …while these acknowledge or restate what they feel, want or went through.
  ["We're so disappointed to hear this, Stephen.", true],
  ['I was sad to read your review.', true],
  ["I'm glad to hear the second visit went better.", true],
  ['I appreciate your frustration with the delays.', true],
  ['That makes a lot of sense, after waiting all evening.', true],
  ['Sounds as though the driver never called you back.', true],
  ['You would like a refund, and you want it today.', true],
  ["You'd have been fine if we had told you about the delay.", true],
  ['Thanks for being so honest with us about the evening.', true],
  ["That's a fair point, and I'm glad you raised it.", true],
  ['Thanks for raising this with us.', true],
  ['That is a good question, let me check the booking.', false],
  ["Take your time, I'm listening.", true],
  ['We are here to help.', false],
  // A statement led in by "so" that goes on about them sums up their side, even without a
  // verb; one that goes on about us, intensifies or agrees does not.
  ['So, a birthday dinner for six.', true],
  ['Okay, so the cake never came.', true],
  ['Mm, so the courier left it with a neighbour.', true],
  ['So we will send a replacement today.', false],
  ['So let me check with the kitchen.', false],
  ['So sorry about that.', false],
  ['So am I, honestly.', false],
  ['So you can track the parcel here.', false],
  ['So, you know, we need the receipt first.', false],
  // Starting with them and what they did or went through restates their side…
  ['You waited forty minutes for a table.', true],
  ['You booked the window seat weeks ago.', true],
  // …but not telling them what to do, an absolute, a courtesy, or pointing out a slip.
  ["You're welcome to call us any time.", false],
  ['You can collect it from the front desk tomorrow.', false],
  ['You have to bring the receipt with you.', false],
  ["You didn't include the order number.", false],
  ["I appreciate you telling us, that can't have been easy.", true],
  ['That left you in a really awkward position.', true],
  ['I know it was inconvenient.', true],
  ['I know this is the address.', false],
  // "The same" shares a feeling when said, not when asked about.
  ['I felt the same when it happened to me.', true],
  ['Did anyone else at your table have the same?', false],
  // An insult or an absolute about them restates nothing.
  ['You people are useless.', false],
  ['You are completely useless today.', false],
  ['You people came in an hour late.', false],
  ['You always complain about something.', false],
  ["I wouldn't call it a big deal, but I know it mattered to you.", true],
  ['It matters to us that you got home safely.', false],
  ["That's not what you ordered, and I'm sorry.", true],
  ["Actually, that's not what happened.", false],
  // Putting the fault on them restates nothing of their side.
  ['You were supposed to bring the receipt.', false],
  ['That must have been a shock.', true],
  ["Oh Ana, what a day you've had.", true],
  ['You poor thing, and on your birthday too.', true],
  ['What a day you picked for it, the sun is out!', false],
  ['It must have been a mix-up in the kitchen.', false],
  // What a team member was up against, and that the fault was not theirs.
  ['I know you were short-staffed last night and did your best.', true],
  ['I know you were doing your best.', true],
  ['Did you know you were short-staffed on Friday?', false],
  ["It's not your fault the website crashed.", true],
  ['None of this is your fault.', true],
  ["It's not our fault the website crashed.", false],
  // What it cost them.
  [
    "I'm so sorry the kitchen sent out the wrong main on Saturday - that's not the evening you planned.",
    true,
  ],
  ["That's not the point.", false],
  // The situation named for what it was, with them.
  ["Ugh, that sounds like a nightmare, I'm so sorry.", true],
  ['What a rubbish start to your holiday.', true],
  ['What a shame we missed you.', true],
  // Agreeing with a plan restates nothing of theirs.
  ['That sounds like a plan.', false],
  ['Sounds like a great idea, see you at 7.', false],
  ['It sounds like you had a rough night.', true],
  // Their account told back to them, or our guess at the cause.
  ['It sounds like the kitchen got your order wrong.', true],
  ["Sounds like the oven thermostat again, I'll get it fixed.", false],
  // Formal acknowledgement, as a letter would put it; a fact confirmed is none.
  ['I fully appreciate the inconvenience this has caused you and your family.', true],
  ['We recognise how important this day was to you.', true],
  ['Your frustration is entirely justified.', true],
  ["I'm sorry to hear you've had such a difficult time with us.", true],
  ['I fully understand the terms.', false],
  ['We recognise your booking reference.', false],
  ["That's totally understandable.", true],
  ["Ugh, that's the worst.", true],
  ['The worst is over now.', false],
  // A question, even without its question mark, restates nothing.
  ['So what happened then', false],
  // A rule stated to a team member is no validation; "not fair to you" still sides with them.
  ["It's not acceptable to speak to customers like that.", false],
  ["It's not fair to you that you waited so long.", true],
  ["It's not right to charge you twice for one booking.", true],
  ["You've been so patient with us.", true],
  // A jibe is no reflection, though it opens like one.
  ['You sound like a child.', false],
  ["You're wasting my time.", false],
  // Feeling as they would, and understanding taken back as it is given.
  ["I'd be furious too if that happened on my birthday.", true],
  ['You messed up the booking again, Jess.', false],
  ['Who told you it was okay to comp the whole table?', false],
  ["I understand, but there's nothing we can do.", false],
  ['I hear you, but the kitchen was closed.', false],
  ["I get it, however we can't refund a used item.", false],
  ["I understand how frustrating this is, but we'll fix it today.", true],
  ["That sounds exhausting, but we'll sort it today.", true],
  // Granting them the point; a fair price is no feeling.
  ["Your review says we never answer emails; that's fair, and I'm sorry.", true],
  ["That's fair enough.", true],
  ["That's a fair price for a three-course meal.", false],
  ['The price is fair.', false],
  ["I can't say I blame you.", true],
  // Feeling it with them after the fact; siding with them that it was wrong.
  ["I'd have been livid too if my cake had arrived squashed.", true],
  ["That's really not on, and I'm sorry.", true],
  ["That's not on the menu any more, sorry.", false],
  ["I know you're worked up, and you have every reason to be.", true],
  // A jibe put as a question names no feeling of theirs.
  ['Feeling a little entitled, are you?', false],
  ['Feeling a bit rough today, are you?', true],
  ["I don't blame you for being upset.", true],
  ["You can't blame the courier for this.", false],
];

const DISMISSIVE = [
  'Calm down, please.',
  "Let's not overreact here.",
  "You're getting worked up over nothing.",
  'Mistakes happen.',
  "It's just a short delay, nothing to worry about.",
  "I think you're overreacting.",
  "It's not the end of the world.",
  'Good luck with that.',
  "Don't worry, happens all the time.",
  'Can we not do this here?',
  "Chill out, it's only a cake.",
  "Let's not get carried away.",
  "There's no need to shout.",
  "It's not a big deal.",
  'As I already said, the table was booked.',
  "You're overreacting.",
  'Like I said, we close at ten.',
  "There's no need to shout.",
  "Relax, it's only a haircut.",
  "You're making a big deal out of nothing.",
  'With respect, you need to calm down.',
  "It's just a coffee.",
  "I don't see why you're so upset.",
  'As mentioned in my previous email, we close at ten.',
  'With respect, that is not what happened.',
  'I told you to calm down.',
  "It happens, don't worry about it.",
  'At least the food was good?',
  "Look, it's only twenty minutes.",
  'Per my last email, the refund has been processed.',
  'Just to reiterate, the booking was for 7pm, not 8pm.',
  'Let me explain this one more time.',
  'For the last time, we do not deliver on Sundays.',
];

const QUESTIONS: Array<[string, number, number]> = [
  // Their own ideas asked for, in a yes-no form; an offer of ours is still closed.
  ['Have you got any ideas on what would make this right?', 1, 0],
  ['Would you like some suggestions about that?', 0, 1],
  ['What happened when you arrived?', 1, 0],
  // A wish to hear their account, put as a statement, asks for it.
  ["I'd love to hear more about what happened", 1, 0],
  ['Fill me in on what happened at the door.', 1, 0],
  ['Fill in the form and send it back.', 0, 0],
  ["I'm curious what you'd like us to do.", 1, 0],
  ["I'd like to hear your thoughts on the new menu.", 1, 0],
  ["I'd like to know if the table suited you.", 0, 1],
  ['I would like to know your order number.', 0, 0],
  ["I'd like to apologise for the wait.", 0, 0],
  // A question that ends with the options it offers is closed.
  ['Which would you prefer, Tuesday or Wednesday?', 0, 1],
  ['What would you like, a refund or a replacement?', 0, 1],
  ['What did you order, and how long did you wait?', 1, 0],
  ['How did the colour look the next morning?', 1, 0],
  ['Could you tell me what happened?', 1, 0],
  ['Can you describe the dish you were served?', 1, 0],
  // A question put as our own thought, asked of them.
  ["I was wondering whether you'd like a refund or a replacement", 0, 1],
  ['I was wondering what you thought of the new menu.', 1, 0],
  ['I wonder if the oven was off.', 0, 0],
  // "Always" in a plain question asks; in a reproach it does not ask at all.
  ['Do they always deliver on Sundays?', 0, 1],
  ['Are you always this busy on Fridays?', 0, 1],
  ['Why do you always complain?', 0, 0],
  // A jibe asks nothing of them.
  ['Who cares? It arrived.', 0, 0],
  ['Have you no patience at all?', 0, 0],
  ['Can I ask you, what would make this right?', 1, 0],
  ['Did you keep the receipt?', 0, 1],
  ['Was it the steak or the fish?', 0, 1],
  ['Is the parcel still in its box?', 0, 1],
  ['You paid by card?', 0, 1],
  ['can you send me the receipt', 0, 1],
  ['what time did you arrive', 1, 0],
  ['Which store did you visit? Did anyone help you?', 1, 1],
  ['I wonder what went wrong.', 0, 0],
  ['Please let us know your order number.', 0, 0],
  ['How long did you wait?', 1, 0],
  ['What would you like us to do?', 1, 0],
  ['How was the rest of your meal?', 1, 0],
  ['Why do you think it went wrong?', 1, 0],
  ['Do you still have the box?', 0, 1],
  ['Have you tried restarting the app?', 0, 1],
  ['Would Thursday at 3 work for you?', 0, 1],
  ['Were you charged twice', 0, 1],
  ['Any chance you kept the receipt?', 0, 1],
  ['Can you tell me how it started?', 1, 0],
  // Asked as a wish to know, as "tell me what you ordered" asks with an imperative.
  ["I'd like to know what you ordered.", 1, 0],
  // Asking for their account, without a question mark.
  ['Tell me what happened from the start.', 1, 0],
  ['Tell me more about what happened', 1, 0],
  ['Please walk me through what happened at the counter.', 1, 0],
  ['Help me understand what went wrong.', 1, 0],
  ['Tell me your order number.', 0, 0],
  // The question proper can come after a clause that sets it up.
  ['If you were to look at the menu again, what would you choose?', 1, 0],
  ['After everything that happened with the booking, what would make this right?', 1, 0],
  ['I was wondering about the booking, is it for Friday?', 0, 1],
  ['Can you give me an example of what went wrong?', 1, 0],
  // A question word left where it stands asks for their words.
  ['You were charged for what?', 1, 0],
  ['And the colour came out how?', 1, 0],
  ['Are you going to fix it or what?', 0, 1],
  // Asking leave for us to speak is a yes or no; inviting them to speak is not.
  ['Is it okay if I share what we found?', 0, 1],
  ['Can we talk about the refund tomorrow?', 0, 1],
  ['Do you mind if I check the booking first?', 0, 1],
  ['Could I ask you, um, what you would like us to do?', 1, 0],
  [
    'So we have your booking here and I was wondering if you could describe the table you were given?',
    1,
    0,
  ],
  // A yes-no opening can give way to a question of its own.
  ['Did the replacement arrive, and how does it fit?', 1, 0],
  ['Now that the parcel has arrived, how bad is the damage?', 1, 0],
  ['Did you keep the receipt, or was it paid by card?', 0, 1],
  // Invitations to go on, in the form of a yes-no question or a wish.
  ["Anything else that's bothering you about the visit?", 1, 0],
  ["I'd love to hear what you thought of the new menu?", 1, 0],
  ['Can you think of anything we could have done differently?', 1, 0],
  // After a statement, the question is the clause that opens like one.
  ["I'm sorry about the wait on your order, could you tell us what happened?", 1, 0],
  ["It's been a long week for you, can you give me an example of what went wrong?", 1, 0],
  ["That's odd, is the parcel there now?", 0, 1],
  // A clause of time sets the scene; the question follows it, or there is only a yes to give.
  ['When you got home, was the box damaged?', 0, 1],
  ['When you opened it, it was already cracked?', 0, 1],
  ['When you rang us, what did the agent say?', 1, 0],
  ['So when the courier came, what happened then?', 1, 0],
  // "Think… when" embeds no question unless the words between belong to the request.
  ["So it's hard to think clearly when the line is busy?", 0, 1],
  ['Could you think back to when it started?', 1, 0],
  // Invitations with a softener, and a view asked for rather than a fact.
  ['So tell me a little bit more about the booking?', 1, 0],
  ['Have you had any thoughts about what would make this right?', 1, 0],
  ["Have you thought about when you'd like to come back?", 0, 1],
  // A question word dropped in to hedge a guess asks nothing by itself.
  ['The delivery took, what, like, three days?', 0, 1],
  ['Sorry, what?', 1, 0],
  // The question after a dash is the question, however the dash was typed.
  ["Sorry, I didn't catch that – which shop did you visit?", 1, 0],
  ["Sorry, I didn't catch that - which shop did you visit?", 1, 0],
  // Asked to tell what they know, not whether they know it.
  ['Can you let us know more about what was promised?', 1, 0],
  ['May we know when the deduction was made?', 1, 0],
  ['Do you know what time you arrived?', 0, 1],
  ['Could you show us what is appearing on your screen?', 1, 0],
  ['Could you send me what store this was in?', 1, 0],
  ['Could you send me the receipt?', 0, 1],
  ['Could you tell me whether the salon is open on Monday?', 0, 1],
  ['Could you tell me if the parcel arrived?', 0, 1],
  // Chat drops the question mark: an offer put to them still asks.
  ['what time suits you for a call back', 1, 0],
  ['would Tuesday work for you', 0, 1],
  ['will call you tomorrow', 0, 0],
  // A tag on its own asks them to agree.
  ["We'll send a new one tomorrow. OK?", 0, 1],
  ['So that is two things at once. Yeah?', 0, 1],
  // Someone else's telling asked about, or theirs asked for.
  ['Did the technician explain what he was replacing?', 0, 1],
  ['Did the driver say when he would be back?', 0, 1],
  ['Could you describe what the technician did?', 1, 0],
  ['Would you mind telling me more about it?', 1, 0],
  ['Are you telling me the box was empty?', 0, 1],
  // A "why would we…?" that defends asks nothing; "why did it stop?" does.
  ['Why would we deliberately send you a broken laptop?', 0, 0],
  ['Why did the heating stop, do you think?', 1, 0],
  // A wondering that asks for their story, without a question mark.
  ['I wonder if you could tell me a bit more about what happened', 1, 0],
  ['I wonder if you could send the receipt', 0, 1],
  // A follow-up put as what we are doing, asking about them; or our own work, asking nothing.
  ['Hi Ana, just checking in to see how the new phone is working for you.', 1, 0],
  ["I'm writing to ask whether the refund reached your account.", 0, 1],
  ["We're checking to see what went wrong.", 0, 0],
  // The question word as the subject, with no question mark: it asks for their account.
  ['And then what happened', 1, 0],
  ['who took your order', 1, 0],
  ['What happened was the oven broke', 0, 0],
  ['So what happened then', 1, 0],
  // A reproach put as a question asks nothing.
  ["Why didn't you tell me the fridge was broken?", 0, 0],
  ['Who told you it was okay to comp the whole table?', 0, 0],
  ['Who told you about the offer?', 1, 0],
  ['Why did you choose the blue one?', 1, 0],
];

const BLAME: Array<[string, boolean]> = [
  ['You should have checked the order before leaving.', true],
  // Naming a group is not blaming it; lumping people together as "these …" is.
  ['The Conservatives won the council seat last spring.', false],
  ['These conservatives never listen to anyone.', true],
  ['You always complain about something.', true],
  ["It's not our fault the courier was late.", true],
  ["To be honest, it's not really our fault, the courier lost it.", true],
  ["You didn't ask for a receipt.", true],
  ["If you'd told us earlier we could have helped.", true],
  ['Jonah, you acted without checking the booking system, again.', true],
  ['You went ahead without asking the manager.', true],
  // Each of these was written with a two-word alternative the notation cannot hold.
  ["You don't understand how this works.", true],
  ["That's just how it works.", true],
  ['It is what it is.', true],
  ['We are unable to make any exceptions.', true],
  ['Our so-called experts never showed up.', true],
  ['We were unaware of the allergy.', true],
  ['We fixed it without asking you to come back.', false],
  ["I get it: you left with something you didn't ask for.", false],
  ["That's our policy and we can't make exceptions.", true],
  ['If you had read the terms you would know.', true],
  ['You need to contact the manufacturer directly.', true],
  ['People like you never read the menu.', true],
  ['Your idiotic comments show how clueless you are.', true],
  ['Nice try, but read the article before you comment.', true],
  ['Next time it helps to bring the booking number.', false],
  ["That wasn't your fault at all.", false],
  ['We got it wrong and I will put it right.', false],
  ["That's not the evening you should have had.", false],
  ['The policy on refunds is generous: a full refund within 30 days.', true],
  ['You never read our emails.', true],
  ['Our terms clearly state that refunds take 14 days.', true],
  ['That is not something we are responsible for.', true],
  ['You were told twice that the salon closes at six.', true],
  ['Had you called ahead, this would not have happened.', true],
  ['None of this was your doing.', false],
  ['You were right to call us.', false],
  ['We should have checked the address.', false],
  ['Everyone here always enjoys your visits.', false],
  // An excuse blames the evening, unless the reply owns the failure too.
  ['We were swamped tonight.', true],
  ["We were slammed tonight and that's on us.", false],
  ['It is busy on Saturdays, so book ahead if you can.', false],
  ['Sorry for the wait, we are super busy today.', true],
  ['We are busy on Saturdays, so book ahead if you can.', false],
  ["We can't offer refunds after 30 days.", true],
  ["I can't issue a refund until the item is back, but I can send a replacement today.", false],
  // One take-it-or-leave-it option defends us; doing our best does not.
  ['Take it or leave it.', true],
  ["That's the best we can do.", true],
  ['The only thing we can offer is a voucher.', true],
  ["We'll do the best we can.", false],
  // Pointing out their slip, or vouching for ourselves, instead of looking at what happened.
  ['With respect, you booked the wrong day.', true],
  ['You got the wrong dish, I am so sorry.', false],
  ['Our staff are all highly trained.', true],
  ['The chef says the dish was cooked correctly.', true],
  ['Your cut was done perfectly, I am glad you like it.', false],
  // Words that insult a person are everyday words too: only a verdict on someone is blame.
  ['You are entitled to a full refund.', false],
  ["You're absolutely entitled to ask for a manager.", false],
  ['You are so entitled.', true],
  ["We're sad to hear the order arrived damaged.", false],
  ['Please report the fraud to your bank and we will cancel the card.', false],
  ['He is a fraud.', true],
  ['He is from the fraud team and will call you today.', false],
  ['She is a snotty, jumped-up little fraud.', true],
  ['The file may be corrupt; could you send it again?', false],
  ['The problem lies in the last update, which we have rolled back.', false],
  ["That's crazy, I'm so sorry the wait was that long.", false],
  ['That wait was ridiculous and I am sorry.', false],
  ["You're being ridiculous.", true],
  ['Sorry, our app is useless when the signal drops; a fix goes out tonight.', false],
  ['The puppet you ordered ships tomorrow.', false],
  ['You clown.', true],
  ['Our clown for the party arrives at two.', false],
  ['We have zero tolerance for racism in our shops.', false],
  ['Your ignorance is showing.', true],
  ["I'm sorry we let the ignorance of one employee spoil your evening.", false],
  // Said of ourselves it owns up; said of anyone else it insults.
  ['I was an idiot not to check the address, sorry.', false],
  ['I felt like such a fool when I saw the mix-up.', false],
  ['The chef is an idiot.', true],
  ['Only an idiot would book that late.', true],
  ["Not a silly question at all, it's a good one!", false],
  ['That is just a silly statement.', true],
  ['What a stupid remark.', true],
  ['What a nasty surprise, I am so sorry.', false],
  ['Your comment is nonsense.', true],
  ['Sorry about all the nonsense with the courier.', false],
  ["It's nonsense that you had to wait an hour, and I've refunded the fee.", false],
  ['How gullible are you?', true],
  ['Pathetic.', true],
  ['Complete rubbish.', true],
  ['Nobody is buying your excuses or your nonsense.', true],
  ['April fool, the gift card is real.', false],
  // Laughter, numbers of people and tidy phrases are not blame.
  ['Haha, I love that idea, thank you!', false],
  ['LOL, your dog sounds adorable!', false],
  ['Most people find the larger size fits better.', false],
  ['They all shipped today and should arrive Friday.', false],
  ['We checked every single one of the jars before sending them.', false],
  ['Typical delivery time is two days, but yours took five and that is on us.', false],
  ['Thank you, people like you keep us going.', false],
  ['People like you are the reason we love this job.', false],
  ['People like you are not worth the trouble.', true],
  ['People like you never tip.', true],
  ['Thank you for your kind words!', false],
  ["I'll wake up the night team and get it sorted.", false],
  ['Wake up, the sale ended last week.', true],
  ['Our technically trained staff will visit on Tuesday at 10am.', false],
  ['We take the blame for this one.', false],
  ['The blame is ours, not yours.', false],
  ['You can blame the weather for being late.', true],
  // Confirming what they said defends nothing; standing by the charge does.
  ["That's correct, the shop opens at nine.", false],
  ['Your address is correct, so the courier has no excuse; I have chased them.', false],
  ['The charge was correct.', true],
  // What we failed to give them is ours; what they failed to do is theirs.
  ['I can see the parcel was marked delivered but you never got it.', false],
  ['You never received the confirmation email, so I have sent it again.', false],
  // Condescension.
  ["In case you hadn't noticed, we close at six.", true],
  ['Get over it.', true],
  ["What's so hard to understand about that?", true],
  ['Speak for yourself.', true],
  ['Use some common sense.', true],
  ['If you had bothered to read the email you would know.', true],
  // Brush-offs and jibes, next to the same words meant plainly.
  ['Who cares? The parcel is here now.', true],
  ['Who cares for your dog while you are away?', false],
  ["I don't know what you're talking about, the order was fine.", true],
  ['What the hell are you talking about?', true],
  ['And your point?', true],
  ['Is that your point about the opening hours?', false],
  ["Don't you have anything better to do than complain?", true],
  ['Keep dreaming.', true],
  ['We keep dreaming up new dishes for the spring menu.', false],
  ['Keep dreaming big, and tell us how the trip goes!', false],
  ["Keep dreaming if you think we'll refund a cake you ate.", true],
  ["Glad you're obsessed with our pastries, we love hearing that!", false],
  ['Have you no patience at all?', true],
  ['Have you no other bookings that week? We could move yours.', false],
  ['Do they always deliver on Sundays?', false],
  ['Are you always this busy on Fridays?', false],
  ['Why do you always complain?', true],
  ['Must you always be the one to rain on the parade?', true],
  ['I was wondering if you had a chance to try the replacement?', false],
  ['If you had any trouble with the app, call us on 0123 456789.', false],
  ['If you had checked the size first, this would not have happened.', true],
  ['If you had steady work, would that change things for you?', false],
  // What we told them wrongly, or failed to give them, is ours.
  ["I'm sorry you were told the kitchen was closed; it wasn't.", false],
  ['You were told the wrong time by our team, and I am sorry.', false],
  ["You were supposed to get a call back yesterday, and I'm sorry nobody rang.", false],
  ['You were told the deposit is non-refundable.', true],
  ['You were supposed to bring the receipt.', true],
  ['I know you agreed to the 6 pm slot, but we should have offered earlier ones too.', false],
  ['You were warned about the allergens, but the mistake was ours.', false],
  ['You agreed to the terms when you booked.', true],
  // Said in praise.
  ['You clearly put a lot of love into your review, thank you.', false],
  ['You obviously love your dog, and we loved having her.', false],
  ["You clearly don't care about your customers.", true],
  ['You should know how much we appreciate you as a regular.', false],
  ['You should know better.', true],
  ["You need to get a new key from reception; it's on us.", false],
  ["You'll need to take the second left after the bridge.", false],
  ["You'll need to get in touch with your bank to cancel the card.", true],
  ["You'll need to go back to the store you bought it from.", true],
  ["You're not fooling anyone with that receipt.", true],
  ['Stop acting like a child and we can talk.', true],
  ['Sucks to be you.', true],
  ['Yawn. Another complaint about the music.', true],
  ['Feeble excuse.', true],
  ['Spare us your usual nonsense.', true],
  ['Your usual table is booked for eight.', false],
  // A name for someone used as a verb names no one.
  ["Don't let the name fool you, it's a mild curry.", false],
  ['You can fool some of the people some of the time.', false],
  ['What a fool you are.', true],
  ['It is not about winners and losers, we just want a fair result for you.', false],
  // Weighing whether the charge was right is not standing by it.
  ['If the charge is correct, I will explain each line of it.', false],
  ['Do some research before you write to us.', true],
  // Correcting or cutting them off while they tell it.
  ["Actually, that's not what happened. The booking was for 8.", true],
  ['Let me stop you there, the booking was for 8.', true],
  ["That's not true, our staff would never say that.", true],
  ["That's not what you ordered, and I'm sorry.", false],
  ['Would you like to do some research on the routes and call us back?', false],
  ['Who are these people on the booking?', false],
  // Vouching for our side where they ask us to look at what happened; said of them, it reassures.
  ['Our driver followed the delivery instructions exactly.', true],
  ['The chef did everything right.', true],
  ['Our team handled it correctly.', true],
  ['Our technician did his job.', true],
  ['You did nothing wrong, the mistake was ours.', false],
  ['You did everything right, and we let you down.', false],
  ['Did the driver follow the instructions you left?', false],
  ["I'm not sure our driver followed your instructions, so I'm checking with him now.", false],
  ["If the chef had followed the recipe, this wouldn't have happened.", false],
  ["I want to be sure it's handled correctly.", false],
  ['You handled it really well.', false],
  // Weighing them against everyone else.
  ["You're the only customer who has ever complained about this.", true],
  ['No one else has had a problem with it.', true],
  ["We've never had a complaint before.", true],
  ['Everyone else loved it.', true],
  ['Other customers were fine with the wait.', true],
  ["Everyone else at the table was served before you, which isn't right.", false],
  ['Other guests have mentioned the noise too, so we are fixing it.', false],
  ["Other customers have been waiting too, so we've added a second chef.", false],
  ["Other guests haven't had any problems with it.", true],
  // Guessing their slip, or giving them a lesson.
  ['You must have misread the menu.', true],
  ['You must have been so frustrated.', false],
  ['You probably missed our email, so here it is again.', false],
  ['Next time, please check your order before leaving.', true],
  ['Maybe next time read the small print.', true],
  ["I'd suggest reading the booking terms more carefully.", true],
  ['Next time you visit, ask for me and dessert is on us.', false],
  ["Next time, we'll call you before we leave.", false],
  ['In the future, make sure you book ahead.', true],
  ["In future, we'll text you when the order leaves.", false],
  ['We will check more carefully from now on.', false],
  ['Could you look more closely at the label for the batch number?', false],
  // Why they failed to, asked as a reproach; a suggestion or our own failure is not.
  ["Why didn't you call us?", true],
  ['Why did you not mention the allergy?', true],
  ["Why don't you come in on Tuesday and we'll redo it?", false],
  ["Why didn't the driver call you?", false],
  ["Why didn't we call you? That's on us.", false],
  // A manager losing patience with the team, next to what a calm one says.
  // Shaming them in front of others, next to moving somewhere quieter.
  ["Everyone's looking, can we not do this here?", true],
  ["Let's step over here where it's a bit quieter.", false],
  ['Everyone is looking forward to seeing you on Friday!', false],
  ['Everyone is looking into it now.', false],
  // Sarcasm in a reply, next to the same words meant.
  ['Oh great, another complaint.', true],
  ['Oh wonderful, another one of your lovely cakes arrived, thank you!', false],
  ['Happy now?', true],
  ['Are you happy now? We hope the new room suits you.', false],
  ['Sure, because we obviously do this on purpose.', true],
  // Telling them they do not know, or asking when they will stop, as a reproach.
  ["I don't believe you know what you are talking about.", true],
  ['When are you going to stop complaining?', true],
  ['When will you stop by to collect it?', false],
  // One take-it-or-leave-it option, next to a choice.
  ['The best I can do is a 10% discount.', true],
  ['All I can offer is a voucher.', true],
  ["It's a voucher or nothing, I'm afraid.", true],
  ["That's my final answer.", true],
  ["It's all or nothing with this recipe.", false],
  ['All I can do is say sorry and make it right tonight.', false],
  [
    'We can offer a refund, a replacement, or a free dessert next time, whichever suits you best.',
    false,
  ],
  // Passing it to someone or something else, next to taking it on.
  ["I'd love to help, but the system won't let me.", true],
  ["That's above my pay grade.", true],
  ["You'll have to take that up with head office.", true],
  ["I'm only the messenger.", true],
  ["I'll take it up with the manager today.", false],
  ['The system will let you choose a new slot.', false],
  ['I understand, however we cannot offer a refund.', true],
  ["We can't offer a refund yet, but I've asked the manager to approve one today.", false],
  // A supplier told off as a whole, next to a plain question.
  ['You guys never deliver on time.', true],
  ['Do you guys always open on Sundays?', false],
  // Their words passed on are not our reproach.
  ["Your message said you always get the wrong order; that's on us.", false],
  ['I told you, you always do this.', true],
  ['We need to talk about your attitude.', true],
  ['Thanks for your positive attitude today!', false],
  ['Your behaviour on the night was completely understandable.', false],
  ['I expected better from you.', true],
  ["Frankly, I'm disappointed in you.", true],
  ["I'm not disappointed in you at all.", false],
  ['What were you thinking?', true],
  ['What were you thinking of ordering?', false],
  ['How many times do I have to tell you?', true],
  ['How many times have we let you down this month? Too many.', false],
  ['Do I have to spell it out?', true],
  ["I shouldn't have to remind you.", true],
  ["You shouldn't have to chase us for a refund.", false],
  ["Let's talk about what happened on Saturday and what support you need.", false],
  // Weighing them against what most people do, and their account against our records.
  ["Honestly, most people don't even notice the difference.", true],
  ["Most customers wouldn't mind a short wait.", true],
  [
    "Most people don't realise how long a wedding cake takes to make, so we ask for three weeks.",
    false,
  ],
  ["That's not what our records show.", true],
  ['Our records show otherwise.', true],
  ['Our records show the refund went out on the 3rd; here is the reference.', false],
  // Taking the complaint as an accusation.
  ['Why would we deliberately send you a broken laptop?', true],
  ['Why would we ever want to lose a customer like you?', true],
  ['Why would the heating stop twice in a week? Let me find out.', false],
  // Pointing them to what they should have read.
  ["It's clearly stated on our website that delivery takes up to 10 days.", true],
  ['It was plainly written on the booking form.', true],
  ["It's all explained in the welcome pack, which I've attached again for you.", false],
  // A manager's exasperation.
  ['Why is it always you who forgets to lock up?', true],
  ["It's always you that gets the difficult tables, thank you for that.", false],
  ["Honestly I don't know why I bother.", true],
  ["I don't know why the oven keeps tripping; I've called the engineer.", false],
  // Minimising: their experience as a rare exception, our people as beyond doubt.
  ['Our chefs are very experienced and this rarely happens.', true],
  ['This hardly ever happens, but it did, and I am sorry.', true],
  ["We'll make sure it never happens again.", false],
  ['You are clearly very experienced with cakes, so your feedback matters.', false],
  ["Are our staff fully trained on allergies? I'll check today.", false],
  // "What a rubbish start" sides with them; "what a load of rubbish" throws out what they said.
  ['What a rubbish start to your holiday.', false],
  ['What a load of rubbish.', true],
  ['What rubbish you talk.', true],
  ['What nonsense!', true],
  // Pointing away from us.
  ["It's a problem with your bank, not us.", true],
  ['Please write to us, not to the shop.', false],
  // A window closed on them, or a refusal to pay out; unless the door is left open.
  ["I'm afraid that's outside of our returns window.", true],
  ["It's past the refund period, but I've made an exception.", false],
  ["I'm not in a position to offer compensation.", true],
  ['Our office is outside the town centre.', false],
  // Their slip guessed at, or the fault put on their side; the same words kindly.
  ['You may have misunderstood our menu.', true],
  ['It seems there was some confusion on your end.', true],
  ["Perhaps you didn't see the sign at the entrance.", true],
  ["I'm not sure where you got that idea from.", true],
  ['Going forward, please read the confirmation email carefully.', true],
  ['The issue on your side should now be resolved, let me know if not.', false],
  ['You may have received two emails, please ignore the first.', false],
  ["We'll fix the problem on our end today.", false],
  // Measured against a sensible person, told they do not understand, or looked down on.
  ['Any reasonable person would have checked the size first.', true],
  ['Any reasonable person would be upset by that.', false],
  ["I'm not sure you understand how bookings work.", true],
  ["I'm not sure you'll like the spicy one.", false],
  ["You don't seem to understand the problem.", true],
  ["You just don't get it.", true],
  ["You just didn't get the email?", false],
  ["I'm surprised you didn't get our email.", false],
  ["You didn't get the point.", true],
  ['As anyone can see from the photos, the box was intact.', true],
  ['As you can see from the photo, the box was dented.', false],
  ["Frankly, I'm surprised you'd even ask.", true],
  ["It's not rocket science.", true],
  // Their account or expectation flatly rejected.
  ["That's simply not true.", true],
  ["With all due respect, that's not how it works.", true],
  ["That's not how it should work, I'll fix it today.", false],
  ["I don't know what else you expect us to do.", true],
  ["Let me know what else you'd like us to do.", false],
  ['What else do you expect?', true],
  // What we have done held up against them.
  ["We've bent over backwards for you already.", true],
  ["We'll bend over backwards to put this right.", false],
  ["I've been doing this job for twenty years, I think I know what I'm doing.", true],
  ["You've been late three times this month.", true],
  ["You've been so patient with us.", false],
  // Treated as a child, their complaint as a habit.
  ['You sound like a child.', true],
  ["You're acting like a spoilt child.", true],
  ['You sound like you had a rough day.', false],
  ['Our kids menu is great for a toddler.', false],
  ['Stop whining.', true],
  ['Stop moaning about the wait.', true],
  ['Please stop by the desk tomorrow.', false],
  ["We'll stop the complaints process once it's resolved.", false],
  ['Some people are never happy.', true],
  ['Some people just love to complain.', true],
  ['I love to complain about the weather myself.', false],
  ['Oh get over yourself.', true],
  ["We'll get over to you by noon.", false],
  ['Mind your manners.', true],
  ['Mind the step on your way in.', false],
  // Their time, their disbelief, their story mocked.
  ["You're wasting my time.", true],
  ["We're sorry to have wasted your time.", false],
  ["Don't waste your time calling the bank, we'll do it.", false],
  ['Are you kidding me?', true],
  ["Are you sure? That's wonderful news!", false],
  ["Don't let the facts get in the way of a good story.", true],
  ["That's the dumbest thing I've heard all week.", true],
  ["That's the best thing I've heard all week!", false],
  // Verdicts on them, on what they asked, and on how they treated someone.
  ['Rude, lazy and incompetent.', true],
  ['What a ridiculous complaint.', true],
  ['What a lovely review, thank you.', false],
  ['You were rude to our staff.', true],
  ["I'm sorry the driver was rude to you.", false],
  ['Sorry for my rude reply yesterday.', false],
  ['That was unprofessional of us and I apologise.', false],
  // A manager with the team: a slip thrown back, and a reproach put as a question.
  ['You messed up the booking again, Jess.', true],
  ["You've really screwed this up.", true],
  ["You didn't mess anything up.", false],
  ['I think we messed up your booking.', false],
  ['Who told you it was okay to comp the whole table?', true],
  ['Who told you about the offer?', false],
  // Losing patience aloud.
  ["Honestly, I'm sick of repeating myself.", true],
  ["If you can't handle it, maybe this isn't the job for you.", true],
  ["This isn't the right table for you, let me move you.", false],
  ['Why is the walk-in door open again?!', true],
  ['Could you send it again?!', false],
  // Their understanding or honesty put in doubt; a flat no; a promise denied.
  ["With respect, I think you've misunderstood our cancellation terms.", true],
  ['You are mistaken about the price.', true],
  ["I can see why you misread it, the sign is badly worded and we'll change it today.", false],
  ["If I've misunderstood, please tell me.", false],
  ['No offence, but the stain looks like it was caused after delivery.', true],
  ['No offence taken at all!', false],
  ["I'm not saying you're lying, but our records show the parcel was delivered.", true],
  ["I'm afraid that's simply not possible.", true],
  ["That's simply not possible on a Saturday, but I can do Monday at 9.", false],
  ['Just to be clear, we never promised a refund.', true],
  ["We never said no to your request; I've passed it to Anna, who'll call you by 4.", false],
  ["You were mistaken for another guest on our system, and I've fixed the record.", false],
  // Excuses and hand-offs: the rush, "beyond our control", someone else's job.
  ["We've been run off our feet since the weekend.", true],
  ["Sorry for the delay, it's been a crazy week.", true],
  ['It has been a hectic month, so thank you all for the extra shifts.', false],
  ["It's been a lovely week having you with us.", false],
  ["You'll be an insufferable bore if you carry on.", true],
  ['Then they really would be fascists, in your view?', false],
  ['Unfortunately that is outside of our control, the courier handles deliveries.', true],
  ["That's beyond our control, I'm afraid.", true],
  ['The manufacturer is responsible for warranty repairs.', true],
  [
    "The courier handles deliveries, but I've chased them myself and they'll be with you by noon tomorrow.",
    false,
  ],
  ["We've been busy renovating the bar, come and see it!", false],
  ['The manufacturer is sending us a replacement part on Monday.', false],
  ["We've been swamped, but that's no excuse for the wait you had.", false],
  // Talking down to them as if slow.
  ['Look it up.', true],
  ['Just google it.', true],
  ['Look it up on our website under bookings.', false],
  ["I'll look it up for you.", false],
  ['Let me explain this slowly for you.', true],
  ["I'll say it again slowly: no refunds.", true],
  ['Let me spell it out for you.', true],
  ["I'm sure even you can manage that.", true],
  ['Anyone with half a brain would know that.', true],
  ['Anyone with common sense would check the label.', true],
  ['Common sense would tell you not to wash it at 90.', true],
  ['Anyone with a booking can use the spa.', false],
  ['Read the label next time.', true],
  ['Perhaps you should read the instructions next time.', true],
  ["I'll read the notes more carefully next time.", false],
  ['Feeling a little entitled, are you?', true],
  ["Being a bit dramatic, aren't we?", true],
  ["You're being oversensitive.", true],
  ["I'm not suggesting you're being dramatic.", false],
  ["Nobody thinks you're being petty.", false],
  ["I think you're being petty.", true],
  ['Feeling a little better now, are you?', false],
  ["It's a touchy subject, I know.", false],
  ['That was a dramatic change in the weather.', false],
  ['People like you are the reason we have rules.', true],
  ['People like you are the reason we love this job.', false],
  // A whole kind of people judged at once; some in particular, or our own, are another matter.
  ['Customers these days are so entitled.', true],
  ['Tourists are so rude.', true],
  ['Canadians are generally quite rude to each other.', true],
  ['Teenagers are lazy and selfish.', true],
  ['Our drivers were rude, and I apologise.', false],
  ['The guests at table four were rude to Sam.', false],
  ['Customers are entitled to a refund within 30 days.', false],
  ['Canadians are welcome to apply.', false],
  ['Children are crazy about the new playground.', false],
  // Not ours to change either: the rules, the way it is, someone else's call, our best done.
  ["That's just the way it is, I'm afraid.", true],
  ["That's just the way things are.", true],
  ["As agreed when we spoke, I've booked you in for Friday at 7.", false],
  ["I don't make the rules.", true],
  ['Head office makes those decisions, not me.', true],
  ["That's not me.", false],
  ['We did everything we could.', true],
  ["We'll do everything we can to fix it today.", false],
  ["I'm just following the rules.", true],
  ['In fairness, it was a very busy night.', true],
  ["It was a very busy night, but that's no excuse, and I'm sorry.", false],
  // A rule on the money, unless the door is left open.
  ["We're not able to offer refunds on sale items.", true],
  ["We're not able to offer refunds yet, but we can swap it today.", false],
  ['Deposits are non-refundable, as stated at the time of booking.', true],
  ["The deposit is non-refundable but I've refunded it as a goodwill gesture.", false],
  // Their problem denied from our side, or sent off to read; the same words once it is fixed.
  ['Works fine on our end.', true],
  ['The app is working as intended.', true],
  ['Please note that this is expected behaviour.', true],
  ["It's working as intended now that we've replaced the part.", false],
  ['Please refer to our FAQ.', true],
  ['The new oven works perfectly, thank you.', false],
  ["We can't guarantee results on box-dyed hair, as explained in your consultation.", true],
  ['As you explained in your email, the room was cold.', false],
];

const COMMITMENT: Array<[string, string]> = [
  // A promise hedged before its time is no promise to hold us to.
  ["We'll do our best to get it to you this week.", 'vague'],
  ["We're hoping to have it fixed by the weekend.", 'vague'],
  ["I'll try to call you by 5 today.", 'vague'],
  ["Hopefully the part will arrive on Monday and we'll fit it on Tuesday.", 'vague'],
  ["I'll call you at 5 today, and I hope to have good news.", 'concrete'],
  ["If all goes well we'll have it fixed by Friday.", 'vague'],
  ["We're planning to repaint the hall on Monday.", 'concrete'],
  ["We're hoping to see you again soon.", 'none'],
  // A plan made together, with a time or without.
  ["Let's go through the new booking system together on Monday at 9 before we open.", 'concrete'],
  ["Let's catch up soon.", 'vague'],
  // A standing time, for a change that holds from now on.
  ["Going forward we'll call you the day before every delivery.", 'concrete'],
  // Taken on without a subject or a time.
  ['So sorry about that. Will sort it.', 'vague'],
  ['Sort it out yourselves.', 'none'],
  ["Let's face it, the night was a mess.", 'none'],
  ["Let's not do that again.", 'none'],
  ["I'll call you back by 5pm today.", 'concrete'],
  // A time of day or a date is a time they can hold us to.
  ['I will call you by 4pm.', 'concrete'],
  ["I'll ring you before 4 pm.", 'concrete'],
  ['I will email you by 10:30.', 'concrete'],
  ['We will call you back by 4.', 'concrete'],
  ['I will send the new voucher by March 3.', 'concrete'],
  ['We will call you on the 3rd of May.', 'concrete'],
  // …but not any number: how many, how long, or "may" the verb.
  ['We will refund the 2 items.', 'vague'],
  ["I'll take 5 minutes to check.", 'vague'],
  ['We will be in touch soon, maybe by 4pm.', 'vague'],
  // Setting someone on it is a promise too; asking them for something is not.
  ['I have asked Priya, our manager, to call you tomorrow at 11am.', 'concrete'],
  ["I've asked the kitchen to look into it.", 'vague'],
  ['I have asked you twice for the receipt.', 'none'],
  ['We had booked you for Tuesday, but nobody came.', 'none'],
  ["This isn't what you should get from us.", 'none'],
  ['The new dish is on its way and will be with you in five minutes.', 'concrete'],
  // The team at work on it now, promising an update with no time.
  ['Our team is looking into this and will update you as soon as possible.', 'vague'],
  ['Our billing team are checking it now.', 'vague'],
  // Already on its way is a promise kept as we speak.
  ['Your steak is on its way now.', 'concrete'],
  ['Your parcel is on its way.', 'vague'],
  // Reassurance promises nothing by itself.
  ["Rest assured, this isn't the standard we set ourselves.", 'none'],
  ["Rest assured we'll fix this.", 'vague'],
  // When it arrives is a promise; if it arrives is a condition.
  ['Your new order arrives tomorrow before noon.', 'concrete'],
  ['Your order is coming TODAY!', 'concrete'],
  ['If it arrives damaged, let us know.', 'none'],
  ['When it arrives, check the seal.', 'none'],
  ['The car will be ready by 4pm.', 'concrete'],
  ['Your order is on its way.', 'vague'],
  ['This is what you will get: a full refund by Friday.', 'concrete'],
  ['We will refund you within 24 hours.', 'concrete'],
  ['Our team will send the replacement tomorrow morning.', 'concrete'],
  ["I'm sending the voucher right away.", 'concrete'],
  ["We'll look into it.", 'vague'],
  ["We'll get back to you soon.", 'vague'],
  ['Someone will be in touch ASAP.', 'vague'],
  ['Leave it with us.', 'vague'],
  ["We'll pass your feedback on.", 'vague'],
  ['Please send us a DM so we can help.', 'none'],
  ['Thanks for letting us know.', 'none'],
  ['I sent you an email yesterday.', 'none'],
  ['Could you take a look at the photo I sent?', 'none'],
  ['We will have the new dress to you by Saturday.', 'concrete'],
  ['I will phone you at 10 tomorrow to check it worked.', 'concrete'],
  ["We'll sort it out shortly.", 'vague'],
  ["We'll be in touch.", 'vague'],
  ['We will try to do better in future.', 'vague'],
  ['Let us know if you need anything else.', 'none'],
  ['You will receive a call from your bank.', 'none'],
  // One subject for two verbs: the promise is still ours.
  ["I've spoken to the kitchen and will call you back by 6 pm.", 'concrete'],
  ['We value your feedback and will pass it on to the relevant department.', 'vague'],
  ['The kitchen knows and will have it out in five minutes.', 'concrete'],
  ['They called the shop and will come in on Friday.', 'none'],
  // Times a person can hold us to, however they are put.
  ['I will call you later today.', 'concrete'],
  ['I will call you in half an hour.', 'concrete'],
  ['I will call you at noon.', 'concrete'],
  ['I will call you on the 5th.', 'concrete'],
  ['I will call you in two days.', 'concrete'],
  ['I will call you this week.', 'concrete'],
  ['I will call you later.', 'vague'],
  ['I was in on the 5th.', 'none'],
  // What we sent, arriving.
  ['Your order will arrive by Friday.', 'concrete'],
  ['Your refund has been processed and will reach your account within five days.', 'concrete'],
  ['When it arrives, it will need to be refrigerated.', 'none'],
  ['The refund will be processed in due course.', 'vague'],
  ['The shop will be closed on Monday.', 'none'],
  // A refusal takes nothing on; a promise not to let it happen again still promises.
  ['We will not refund a finished cut.', 'none'],
  ["I won't apologise for that.", 'none'],
  ["We won't let this happen again.", 'vague'],
  // A colleague named as the one who acts owns the promise.
  ['Priya will call you by 4pm today.', 'concrete'],
  ['Tomás will email you the receipt before 6pm.', 'concrete'],
  ['Marco is going to bring a new plate right away.', 'concrete'],
  ['Dana will call you.', 'vague'],
  ['Sunday will be busy.', 'none'],
  ['If Priya will call you, great.', 'none'],
  ['Marco will bake a new one for pickup at 3 pm tomorrow.', 'concrete'],
  ['Ahmed will repair the boiler on Thursday morning.', 'concrete'],
  ['Aiko will remake the sea bream without butter and bring it out by 7:20.', 'concrete'],
  ['Our kitchen will have a fresh main out to you in ten minutes.', 'concrete'],
  ["I'm taking this to our manager today.", 'concrete'],
  ["I'm chasing the courier this afternoon.", 'concrete'],
  ['Marco bakes on Tuesdays.', 'none'],
  ["I'm sure it will be fine.", 'none'],
  ["We're on it!", 'vague'],
  ['We are on the high street, opposite the bank.', 'none'],
  ["That'll be because the oven was off.", 'none'],
  // A promise about the future with nothing done to keep it.
  ["Rest assured this won't happen again.", 'vague'],
  ['It will never happen again, I promise.', 'vague'],
  ['Will it happen again?', 'none'],
  ['If it happens again, call me.', 'none'],
  // A range of days, and a plan with its time.
  ['The refund has been processed and will reach your account in 3-5 working days.', 'concrete'],
  ['We aim to resolve this within 48 hours.', 'concrete'],
  ['We expect you to pay the deposit by Friday.', 'none'],
  // An ultimatum: what we will do if they don't.
  ["We need it by 7 tomorrow, or we'll have to source elsewhere.", 'none'],
  ["I'll call you at 5 or we'll email you tonight.", 'concrete'],
  // A colleague named, coming round at a time.
  ['Sam will pop round on Thursday afternoon to fix the tap.', 'concrete'],
  ['Jo will come by at 4 to collect the dress.', 'concrete'],
  ["pls send a pic of the damage and we'll replace it by fri", 'concrete'],
  ["we'll call u tmrw at 10", 'concrete'],
  // A colleague named for the work, and the day's landmarks as times.
  ['Priya will swap the filter before service on Friday.', 'concrete'],
  ['Ana will update the menu today.', 'concrete'],
  ["I'll have it done before lunch.", 'concrete'],
  ['I will call you after lunch.', 'concrete'],
  ['We close after lunch on Sundays.', 'none'],
  // What they will have by then, not what they will have to do.
  ["You'll have the replacement on Thursday.", 'concrete'],
  ["You'll have to bring the receipt by Friday.", 'none'],
  ["You'll have a lovely time on Thursday.", 'none'],
  ['You should have received it on Thursday.', 'none'],
  // Checking we heard them right is not work taken on.
  ['Let me make sure I have this right: the courier left it at the wrong door.', 'none'],
  ["Let me make sure I've got it straight.", 'none'],
  ['Let me make sure we have your new address.', 'vague'],
  // What we would be driven to is a warning, not a promise; a condition on a promise keeps it.
  ["If it happens again we'll have to look at other suppliers.", 'none'],
  ["If you send a photo, we'll replace it today.", 'concrete'],
  ["We'll have to order a new part; it arrives Thursday.", 'concrete'],
  // "Now" at the end of a discrete action is a time; "now looking into it" is not.
  ["We'll bring another bowl now.", 'concrete'],
  ["I'm sending it now.", 'concrete'],
  ["We're now looking into it.", 'vague'],
  ["We'll look into it now.", 'vague'],
  // Handed on with no one named and no time, and the same with both.
  ['Your comments have been passed to the relevant team.', 'vague'],
  ["Your case has been escalated and you'll hear from us within 24 hours.", 'concrete'],
  ['Has your complaint been passed on?', 'none'],
  ["We're aware of the outage and working on a fix; next update at 3pm.", 'concrete'],
  ['Housekeeping will have the room ready by 2pm.', 'concrete'],
  ['Support will get back to you soon.', 'vague'],
];

const MOODS: Array<[string, string[]]> = [
  ['Thanks, the table was lovely.', ['calm']],
  // "Still" in a question about stock, and "hate" as a courtesy, are neither impatience nor anger.
  ['Do you still have the blue dress in a size 12?', ['calm']],
  ['I hate to complain but the room was freezing.', ['disappointed', 'upset']],
  // Words for service gone wrong that a general lexicon leaves out.
  ["Absolutely gutted. My daughter's birthday cake had the wrong name on it.", ['upset', 'angry']],
  ['The bread was stale and the soup lukewarm.', ['disappointed', 'upset']],
  ['The soup was a bit cold, shame.', ['calm', 'disappointed', 'upset']],
  ['This is the THIRD time my order has been late. Unacceptable!!', ['angry']],
  ['😡😡 WHERE IS MY ORDER?!', ['upset', 'angry']],
  ['Still waiting after two hours on hold, absolutely ridiculous', ['upset', 'angry']],
  ['Worst service ever, never again.', ['upset', 'angry']],
  // Refusal, lies and money taken say it without a single swear word.
  [
    'The menu prices online are misleading and the staff refused to change them.',
    ['upset', 'angry'],
  ],
  [
    'Third time I have been told my table is ready. You had no right to give it away.',
    ['upset', 'angry'],
  ],
  [
    'My jacket was stolen from your cloakroom and nobody will tell me anything.',
    ['upset', 'angry'],
  ],
  ['Your booking system is a farce, I have tried several times.', ['upset', 'angry']],
  // Being finished with us, or saying so in public.
  ["I'm done. I will post a review about this tonight.", ['upset', 'angry']],
  ['You messed up my order again, we are going elsewhere.', ['angry']],
  ["This is the second time I've been overcharged. I want my money back.", ['upset', 'angry']],
  // "Honestly" stresses what follows; it is not praise.
  ["Honestly I'm exhausted, we were two people short all weekend.", ['disappointed', 'upset']],
  // A feeling said outright, even beside the praise they were promised.
  [
    "I'm so upset, the photos from our wedding are blurry and you said they'd be perfect.",
    ['upset', 'angry'],
  ],
  ["I'm not upset, just curious when the sale starts.", ['calm', 'disappointed']],
  ['Meh. The pizza was fine I guess, a bit cold.', ['disappointed', 'upset']],
  // Thanks for harm done is sarcasm, not gratitude.
  ['Thank you for ruining my phone.', ['upset', 'angry']],
  ['Thanks for fixing it so fast!', ['calm']],
  ["I'm a regular and I've never been treated like this before.", ['upset', 'angry']],
  // Praise for harm done is sarcasm too.
  ['Great job losing my booking, really professional.', ['upset', 'angry']],
  ['Great job on the cake, my mum loved it.', ['calm']],
  // What they thank us for is no problem of theirs.
  ['Great job on the cake, thanks for sorting the refund.', ['calm']],
  ['When I mentioned it, the waiter rolled his eyes at me.', ['disappointed', 'upset']],
  // Softened, and set beside praise: disappointed, not calm and not angry.
  ["I'm a bit disappointed the room wasn't ready, but the staff were lovely.", ['disappointed']],
  // Asking after a booking; what is still not there is a problem.
  ['Could you let me know if the table for 6 on Friday is still available?', ['calm']],
  ['Three weeks on and the part is still not available.', ['upset', 'angry']],
  [
    "If this isn't sorted by Friday I'm going to my bank and leaving a review everywhere.",
    ['upset', 'angry'],
  ],
  ["I won't be coming back.", ['disappointed', 'upset']],
  ['Honestly I expected better from you guys.', ['disappointed', 'upset']],
  ["I won't be back in the office till Monday, can you email me?", ['calm']],
  ['Wow, fantastic service as always 🙄', ['upset', 'angry']],
  // "Terrible" set aside, the overcooked steak still a disappointment.
  ["I wouldn't say it was terrible, but the steak was overcooked.", ['disappointed', 'upset']],
];

/** Moods that only show in context: sarcasm, understatement, strong words; each is a complaint or not. */
const MOODS_IN_CONTEXT: Array<[string, string[], boolean]> = [
  // A mishap of their own, and a request for help with it: calm, no complaint. What it cost
  // them, and what someone else did after it, are another matter.
  [
    "Hi, I've lost my receipt for the boots I bought last week, can I still return them?",
    ['calm'],
    false,
  ],
  ['I accidentally ordered the wrong size, can I swap it?', ['calm'], false],
  ['I dropped my phone and the screen cracked, do you do repairs?', ['calm'], false],
  ['I think I entered the wrong address by mistake, can you change it?', ['calm'], false],
  ['My mistake, I booked the wrong day. Can I move it to Saturday?', ['calm'], false],
  ['I broke the lid of my blender, do you sell spare parts?', ['calm'], false],
  ['The lid of my blender broke after two uses.', ['disappointed', 'upset'], true],
  ['You lost my parcel and nobody will tell me where it is.', ['upset', 'angry'], true],
  ['I lost my receipt and your staff refused to help.', ['upset', 'angry'], true],
  ["I've lost count of the times I've chased this.", ['disappointed', 'upset', 'angry'], true],
  ["We lost a whole day's pay waiting for your engineer.", ['upset', 'angry'], true],
  ['Have I lost £120 now because of your courier?', ['disappointed', 'upset', 'angry'], true],
  [
    'I broke my glasses, but the replacement you sent me was the wrong prescription!',
    ['upset', 'angry'],
    true,
  ],
  // Written to complain in plain words: not calm.
  [
    'My colour came out orange instead of ash blonde and I have a wedding on Saturday.',
    ['disappointed', 'upset', 'angry'],
    true,
  ],
  [
    'Our room smelled of smoke and the shower was cold all weekend.',
    ['disappointed', 'upset', 'angry'],
    true,
  ],
  ['Can I have fries instead of salad?', ['calm'], false],
  // A quick message drops the subject; what held up is not what is still wrong.
  [
    'Bit disappointed my cake was squashed, but it still tasted lovely.',
    ['disappointed', 'upset'],
    true,
  ],
  ['My ice cream had melted by the time it arrived.', ['disappointed', 'upset'], true],
  ['The food was ok I guess but we waited ages for the bill.', ['disappointed', 'upset'], true],
  [
    'Great, another cancelled booking for my mum. Just great.',
    ['disappointed', 'upset', 'angry'],
    true,
  ],
  ['Oh wonderful, you sent the wrong colour AGAIN', ['upset', 'angry'], true],
  // Praise opening the sentence that reports the problem is sarcasm; with a "but" it is mixed.
  ['Really impressed that nobody answered my three emails.', ['upset', 'angry'], true],
  ['Love waiting 40 minutes for my coffee.', ['disappointed', 'upset', 'angry'], true],
  ['I love the new menu but my soup was cold.', ['calm', 'disappointed'], false],
  ['I am not happy with the cut at all', ['disappointed', 'upset'], true],
  ['Not bad at all, thanks for the quick fix', ['calm'], false],
  ['Could you move my appointment to Friday?', ['calm'], false],
  ['I have been waiting 40 minutes and still no food!!!', ['upset', 'angry'], true],
  ['Honestly I was a bit let down by the dessert', ['disappointed', 'upset'], true],
  ["Absolutely furious. You ruined my daughter's birthday.", ['angry'], true],
  // Good news in negative words: eagerness, a courtesy, praise that cannot go higher…
  ["Can't wait to come back next week!", ['calm'], false],
  ['We cannot wait to try the new menu.', ['calm'], false],
  ['No problem at all, see you Friday.', ['calm'], false],
  ["Thanks, I couldn't be happier with the cut.", ['calm'], false],
  ["Couldn't recommend them more highly.", ['calm'], false],
  ["I can't thank you enough for sorting it.", ['calm'], false],
  ['Nothing wrong, just a quick question about parking.', ['calm'], false],
  ['I have no complaints at all, lovely evening.', ['calm'], false],
  ['Sorry to bother you, do you do kids cuts?', ['calm'], false],
  ["I'm not sure if I left my scarf there, could you check?", ['calm'], false],
  // Thanks in earnest weigh against a complaint; a problem still reported outweighs them.
  ['Thank you so much, the refund came through.', ['calm'], false],
  ['Thanks, but my order is still missing.', ['disappointed', 'upset', 'angry'], true],
  // "Still" reports a problem when one follows it, not when asking after lost property.
  ['I left my umbrella there on Tuesday, is it still there?', ['calm', 'disappointed'], false],
  ['My parcel still has not arrived.', ['disappointed', 'upset', 'angry'], true],
  ['I still have my receipt, can I return it?', ['calm', 'disappointed'], false],
  // What goes wrong at a table or in a chair, in the words people use for it.
  [
    'My steak was overcooked and the waiter did not seem to care.',
    ['disappointed', 'upset', 'angry'],
    true,
  ],
  ['The cake was not what we ordered.', ['disappointed', 'upset', 'angry'], true],
  ['Absolutely disgraceful service, I am never coming back.', ['upset', 'angry'], true],
  // A vendor or a colleague complains in the same words as a guest.
  [
    'Our flour order was short by two bags. Third time this month.',
    ['disappointed', 'upset', 'angry'],
    true,
  ],
  ['My invoice looks higher than agreed, can you confirm it?', ['calm', 'disappointed'], true],
  // A complaint said outright in formal words, or a mismatch between what was said and done.
  [
    'Dear Sir/Madam, I wish to make a formal complaint regarding the conduct of your staff. Regards, J. Patel',
    ['calm', 'disappointed', 'upset'],
    true,
  ],
  ['The menu said vegan but my cake had cream in it.', ['calm', 'disappointed', 'upset'], true],
  ['One small thing: my receipt shows two coffees, we had one.', ['calm', 'disappointed'], true],
  // …but not impatience, which only looks like it.
  ["I can't wait any longer, where is my order?", ['disappointed', 'upset', 'angry'], true],
  ["Still no reply. I can't wait all day.", ['upset', 'angry'], true],
  // What we have no record of, and the wait it caused.
  [
    'I booked a table for 8 and when we arrived there was no record of it. We stood at the door for 20 minutes.',
    ['disappointed', 'upset'],
    true,
  ],
  ['There was no record of any problems with my car, so we are happy.', ['calm'], false],
  // Not what was asked for, even beside praise.
  [
    'The new stylist was lovely but my cut is much shorter than I asked for.',
    ['disappointed', 'upset'],
    true,
  ],
  ['The result was better than I asked for!', ['calm'], false],
  // What they were left with, and no apology for it.
  [
    "Your technician left mud all over my carpet and didn't even apologise.",
    ['disappointed', 'upset', 'angry'],
    true,
  ],
  [
    'Absolutely disgusted with the way my mother was treated by your staff.',
    ['upset', 'angry'],
    true,
  ],
  // Something left out on the way, or nothing went wrong on the way.
  [
    'Third time this month my delivery has come without the milk. Sort it out.',
    ['upset', 'angry'],
    true,
  ],
  ['My sofa arrived without a scratch, thank you!', ['calm'], false],
  ['Can you sort out a table for six for us on Friday?', ['calm'], false],
  // Leaving the job, at the end of their patience.
  ["I quit. I've had enough of being shouted at in front of customers.", ['upset', 'angry'], true],
  ['I quit smoking last year, so I loved our garden table.', ['calm'], false],
  ['The manager yelled at me in front of everyone.', ['upset', 'angry'], true],
  // Put politely, beside praise: still a complaint.
  [
    'Lovely evening as always, but the music was a bit loud for us to talk.',
    ['disappointed', 'upset'],
    true,
  ],
  // Pressing for an answer, or only asking who will come along.
  ['Is anyone going to get back to me or not?', ['upset', 'angry'], true],
  ['Is anyone going to the quiz night with us?', ['calm'], false],
  // Sent back, and not what they expect.
  ['Had to send my steak back twice. Not what I expect for £30.', ['disappointed', 'upset'], true],
  ["I'll send it back to you once it's signed.", ['calm'], false],
  // As bad as it gets, and the opposite in the same shape.
  ["Honestly, our evening couldn't have been worse.", ['upset', 'angry'], true],
  ["Things couldn't be better for us, thank you!", ['calm'], false],
  ['Nothing was right about our table tonight.', ['disappointed', 'upset', 'angry'], true],
  // A feeling named only to be set aside.
  ["I wouldn't say I'm angry, more disappointed.", ['disappointed', 'upset'], true],
  // Left where it should not be; and coming back, which is praise.
  ['Your courier left my parcel in the rain.', ['disappointed', 'upset'], true],
  ['10/10, we would come again!', ['calm'], false],
  ['Would definitely visit you again!', ['calm'], false],
  // A formal letter of complaint, in plain words.
  [
    'To whom it may concern, I have been a loyal customer for ten years and I have never been treated so poorly. I expect a full explanation. Yours sincerely, R. Patel',
    ['upset', 'angry'],
    true,
  ],
  ['We were treated very well by your staff.', ['calm'], false],
  ['We expect a full house at our party on Saturday.', ['calm'], false],
  // Going wrong again, counted; and thanks for harm in other words.
  ['Brilliant, just brilliant. My third cancellation this month.', ['upset', 'angry'], true],
  ['This is my second late delivery.', ['disappointed', 'upset', 'angry'], true],
  ['Our second delivery arrived today, all good.', ['calm'], false],
  ['Thanks a bunch for ruining my birthday.', ['upset', 'angry'], true],
  // Questions that complain, and one that only asks.
  ['Is it normal for my food to take an hour?', ['disappointed', 'upset'], true],
  ['Do you actually read my messages?', ['disappointed', 'upset', 'angry'], true],
  ['Is your kitchen still open?', ['calm'], false],
];

const COMPLAINTS: Array<[string, boolean]> = [
  // What might go wrong, asked about, is no complaint; what it cost them is.
  ['What happens if my flight is delayed and I miss check-in?', false],
  ["If the parcel doesn't arrive by Friday, who should I contact?", false],
  ['Do you offer refunds if the class is cancelled?', false],
  ['Why is it that if I call, nobody ever answers?', true],
  ["If this isn't sorted by Friday, I'm going to my bank.", true],
  ["If you had told me, I wouldn't have wasted a whole day, would I?", true],
  ["The only problem is we don't want to leave!", false],
  ['Hiya, just wondering if my order has shipped yet? No worries if not!', false],
  ["I ordered on the 2nd, it's now the 20th. Where is it???", true],
  ["Not sure if it's your side or mine that's broken?", true],
  // A long wait told in minutes, a page that still says pending, being logged out, uneven work,
  // each after praise.
  ['The food was amazing as always but we waited 50 minutes for our mains.', true],
  ['We waited 5 minutes and then got seated, lovely.', false],
  ['We waited twenty minutes, no drama.', false],
  ['URGENT: our wedding is on Saturday and the cake order still says pending!!', true],
  ['Love you guys but the app keeps logging me out 😩', true],
  ['The new barber was great, but my fade is uneven on one side.', true],
  // Sarcastic thanks, loyalty thrown back, the end of their tether, asking for a manager.
  ['Cheers for ruining my birthday.', true],
  ["I've been a loyal customer for 10 years and this is how you treat me?", true],
  ["Please can someone just call me back, I'm at my wits' end.", true],
  ["I'm at my wit's end with this boiler.", true],
  ["I'd like to speak to a manager please.", true],
  ["I'd like to speak to the owner about booking a private party for my mum.", false],
  // Plans of their own changed, or asking after stock: no complaint.
  ["I can't make it tonight, sorry!", false],
  ["I can't do my Saturday shift, sorry.", false],
  ["I can't do anything with this broken app.", true],
  ['I need to cancel my booking for Friday, something came up.', false],
  ["Hi, I'm running 15 minutes late for my 3pm appointment, is that ok?", false],
  ['My mum passed away last month so I need to cancel her membership.', false],
  ['Do you still have the blue dress in a size 12?', false],
  ['Our kids were a bit of a nightmare last night, sorry to your waiter!', false],
  ['You cancelled my booking without telling me.', true],
  ['Sorry for the trouble, but my order still has not arrived and nobody answers.', true],
  // Something that gave way, and staff who laughed it off.
  ['The wedding cake collapsed before the speeches and your staff just laughed.', true],
  ['We just laughed about it afterwards, honestly the night was lovely.', false],
  ['The heel came off my new boots after a week.', true],
  ['He came off the phone and helped us straight away.', false],
  ['Our tent fell apart in the first shower.', true],
  ['Prices came down in the sale, great time for us to buy!', false],
  ['I hate to complain but the room was freezing.', true],
  ['@larkspur my booking was cancelled and nobody told me', true],
  [
    "The pasta was delicious but my partner's steak was raw in the middle. We told the waiter and he just shrugged.",
    true,
  ],
  ['We laughed at the menu names, so much fun!', false],
  ['You charged me twice for the same booking.', true],
  ['@larkspur what kind of service is this?', true],
  ['Still no progress on my claim.', true],
  ['Five stars for your food, zero for your service.', true],
  ['I would not recommend this place.', true],
  ['I would never recommend anywhere else!', false],
  // Price pushback.
  ['Bit steep for what it is, I thought.', true],
  ['You have put your prices up and the portions have got smaller.', true],
  ['The hill up to your place is pretty steep, but worth it!', false],
  ['Could you price up a birthday cake for 20 of my friends?', false],
  ['Love it for what it is, a cosy local.', false],
  // A formal letter: its sign-off is manners, and its complaint is said outright.
  [
    'Dear Sir or Madam, I am writing to express my dissatisfaction with the service I received on Saturday. Kind regards, Helen',
    true,
  ],
  ['Hi, we loved the wedding cake! Everyone asked where it was from. Best wishes, Sam', false],
  ['We love the service here, what kind of place serves food this good?', false],
  ['I just walked away with a smile.', false],
  ['My order still has not arrived and no one answers the phone', true],
  ['The hair dye you used left my scalp burning, really disappointed', true],
  ['Lovely evening with friends, thank you!', false],
  ['Off to the beach this weekend', false],
  ['What time do you open on Sundays?', false],
  // One clear sign of a problem is enough.
  ["I'm still waiting for my refund", true],
  ["The app won't load my booking", true],
  ['What a joke. My deposit has been pending for a month', true],
  ['Any update on my refund? I have asked several times.', true],
  ['Could you reply to my email from Tuesday please', true],
  // A table of diners writes "we".
  ['We waited an hour for our mains and nobody came to check on us.', true],
  ['Nobody came to our table for 40 minutes.', true],
  ['Thanks, it all works now. See you Friday!', false],
  // Damage in the words people use for it, and what should have happened by now.
  ['The driver was lovely, but my box was crushed and two glasses broke.', true],
  ['Your new cups leak everywhere.', true],
  ["My order was supposed to arrive on Tuesday and it's now Friday.", true],
  ['Where is my order?', true],
  // Put politely, or urgently.
  ["I don't want to make a fuss but my room smelled of smoke.", true],
  ['Please call me back, it is urgent: my heating is off.', true],
  ['Meh. My pizza was fine I guess, a bit cold.', true],
  // What stopped, never came, or went wrong with a device; and what did not.
  ["My phone was working fine yesterday, now it won't turn on.", true],
  ["I haven't received my refund.", true],
  ['My battery is draining really fast since the update.', true],
  ["I haven't had any problems since, thanks!", false],
  ['Thanks so much for wasting my afternoon.', true],
  ['You could have told me it was out of stock before taking my money.', true],
  ["That's not true, my order never came.", true],
  ['That is not what I meant, sorry! Could you book two seats for me?', false],
  // About to leave, or gone.
  ["I've been a customer for ten years and I'm seriously considering leaving.", true],
  ["You've lost a customer.", true],
  ["I'm done with you people.", true],
  ['Even though I loved my room, I wanted to ask about late checkout.', false],
  // Treated badly, asking for someone above, what came wrong to the table.
  ['The soup was cold and when I mentioned it the waiter rolled his eyes.', true],
  ["I've never been treated like this before.", true],
  ['I was treated like a queen at my birthday dinner.', false],
  ['I was treated like a criminal at the door.', true],
  ['Hmm, my cake was a little dry this time.', true],
  ["Just letting you know the groomer nicked my dog's ear and it bled a lot.", true],
  ['It was a tough week for us, but dinner cheered us up.', false],
  ['I want to speak to a manager. Now.', true],
  ["I'd like to talk to the manager about booking a private party.", false],
  ['My plumber was meant to come at 8 and it is now 1pm.', true],
  ['The music was far too loud for us to talk.', true],
  ['Could you make my curry not too spicy, please?', false],
  ['My parcel was left in the rain and the box is soaked through.', true],
  ['Well done forgetting my birthday cake.', true],
  ["The sofa arrived with a tear in the left arm. I'd like this sorted quickly.", true],
  ['Love the new menu, but my kids were still hungry after the pasta.', true],
  ["I'd like to book the terrace for a photo shoot.", false],
  ["Is it too much to ask for a table for us that isn't next to the toilets?", true],
  ["I ordered a vegan burger and it clearly had cheese on it. I'm allergic to dairy!!", true],
  // Leaving, an ultimatum, a wait past the hour; the same words about something else.
  ["I won't be coming back.", true],
  ["We won't be returning, sadly.", true],
  ["I won't be back in the office till Monday, can you email me?", false],
  ["If this isn't sorted by Friday I'm going to my bank and leaving a review everywhere.", true],
  ['Lovely staff but we waited over an hour for mains.', true],
  ["Is it more than an hour's drive from the station?", false],
  ['Honestly I expected better from you guys.', true],
  // Praise beside an eye-roll, good until it was not, and being walked away from.
  ['Wow, fantastic service from you as always 🙄', true],
  ['Great service as always 😊', false],
  ['Everything was great until we got the bill.', true],
  ['The manager said "we don\'t do refunds" and walked off.', true],
  // Lost, counted, missing; the same words about what they did themselves.
  ['the update deleted all my notes. thanks a lot', true],
  ['Cancelled my subscription. Support is non-existent.', true],
  ['I deleted my old account, can I make a new one?', false],
  ['How many times in a row can I book the same table?', false],
];

describe('apology', () => {
  it.each(APOLOGY)('%s → %s', (text, expected, rootCause) => {
    expect(analyze(text, rootCause ? { rootCause } : {}).apology).toBe(expected);
  });

  it('suggests apologising for the diagnosed cause, in words that pass its own check', () => {
    const rootCause = 'the kitchen printer dropped the ticket';
    const result = analyze('Sorry for any inconvenience.', { rootCause });
    const suggestion = result.findings.find((f) => f.kind === 'apology')!.suggestion!;
    expect(suggestion.replacement).toBe("I'm sorry that the kitchen printer dropped the ticket.");
    expect(analyze(suggestion.replacement, { rootCause }).apology).toBe('targeted');
  });

  it('words the suggested apology for a cause noted as a sentence or as a note', () => {
    const suggested = (rootCause: string) =>
      analyze('Sorry for any inconvenience.', { rootCause }).findings.find(
        (f) => f.kind === 'apology',
      )!.suggestion!.replacement;
    expect(suggested('Our booking system allowed two bookings.')).toBe(
      "I'm sorry that our booking system allowed two bookings.",
    );
    expect(suggested('wrong dish sent to table')).toBe("I'm sorry — wrong dish sent to table.");
    for (const rootCause of ['wrong dish sent to table', 'driver went to the wrong address'])
      expect(analyze(suggested(rootCause), { rootCause }).apology).toBe('targeted');
  });

  it('ends what an apology is for at a dash with spaces, not at a hyphen inside a word', () => {
    const apologySpan = (text: string) => {
      const { span } = analyze(text).findings.find((f) => f.kind === 'apology')!;
      return text.slice(span.start, span.end);
    };
    expect(apologySpan("I'm sorry the kitchen sent the wrong main - that's not on.")).toBe(
      "I'm sorry the kitchen sent the wrong main",
    );
    expect(apologySpan('Sorry we double-booked your slot.')).toBe(
      'Sorry we double-booked your slot',
    );
  });

  it('flags a missing apology at the apology step', () => {
    const result = analyze('We will fix your hair on Thursday at 10.', { step: 'apologize' });
    expect(result.findings.map((f) => f.kind)).toContain('missing_apology');
  });
});

describe('empathy and dismissive phrases', () => {
  it.each(EMPATHY)('%s → empathy %s', (text, expected) => {
    expect(analyze(text).empathy).toBe(expected);
  });
  it.each(DISMISSIVE)('%s is dismissive', (text) => {
    const result = analyze(text);
    expect(result.findings.some((f) => f.kind === 'dismissive')).toBe(true);
    expect(result.empathy).toBe(false);
  });
  it('reads a brush-off named to be disowned, or our effort made light of, as none', () => {
    for (const text of [
      'Nobody should tell you to calm down after that.',
      "I'm not saying you're overreacting; anyone would be upset.",
      "I don't think you're overreacting.",
      "I'm not suggesting you're being dramatic.",
      "It's not a big deal to move your booking, I've done it.",
      'We will have to look at other suppliers if it happens again.',
      'It happens to be our busiest night, so I have added a second host.',
      "It's just 5 minutes' walk from the station.",
      "It's just a short walk from the station.",
      "We're only 10 minutes away, so I'll bring it over myself.",
      "At least 48 hours' notice helps us plan, and we'll still try.",
      "There's no need to apologise.",
      'We need to chill the wine first.',
    ])
      expect(analyze(text).findings.map((f) => f.kind)).not.toContain('dismissive');
  });
  it('does not count a quoted "calm down" as our own words', () => {
    expect(
      analyze('He told me "calm down" and walked away.').findings.some(
        (f) => f.kind === 'dismissive',
      ),
    ).toBe(false);
  });
});

describe('questions', () => {
  it.each(QUESTIONS)('%s → %i open, %i closed', (text, open, closed) => {
    expect(analyze(text).questions).toEqual({ open, closed });
  });
  it('flags a run of closed questions at the diagnose step only', () => {
    const text = 'Did you order the fish? Was it cold? Did you tell the waiter?';
    expect(
      analyze(text, { step: 'diagnose' }).findings.some((f) => f.kind === 'closed_question_run'),
    ).toBe(true);
    expect(
      analyze(text, { step: 'solve' }).findings.some((f) => f.kind === 'closed_question_run'),
    ).toBe(false);
  });
});

describe('blame, defensiveness and policy', () => {
  it.each(BLAME)('%s → blame %s', (text, expected) => {
    expect(analyze(text).blame).toBe(expected);
  });
  it('reads "it\'s been a crazy week" as an excuse, not as calling anyone crazy', () => {
    // The "'s" of "it's" is no name for someone to be called crazy.
    const kinds = analyze("Sorry for the delay, it's been a crazy week.").findings.map(
      (f) => f.kind,
    );
    expect(kinds).toContain('defensive');
    expect(kinds).not.toContain('blame');
  });
});

describe('commitments', () => {
  it.each(COMMITMENT)('%s → %s', (text, expected) => {
    expect(analyze(text).commitment).toBe(expected);
  });
});

describe('escalation and readability', () => {
  it('marks shouting and stacked punctuation, each with a calmer rewrite', () => {
    const result = analyze('THIS IS NOT ACCEPTABLE!!!');
    expect(result.findings.find((f) => f.kind === 'shouting')!.suggestion!.replacement).toBe(
      'This is not acceptable',
    );
    expect(result.findings.find((f) => f.kind === 'exclamations')!.suggestion!.replacement).toBe(
      '.',
    );
  });
  it('does not call an acronym shouting', () => {
    expect(
      analyze('Please DM us your order number.').findings.some((f) => f.kind === 'shouting'),
    ).toBe(false);
  });
  it('does not call warmth typed in capitals shouting', () => {
    const shouts = (text: string) => analyze(text).findings.some((f) => f.kind === 'shouting');
    expect(shouts('THANK YOU so much for your patience!')).toBe(false);
    expect(shouts('HAPPY BIRTHDAY from all of us!')).toBe(false);
    expect(shouts('Please note: DO NOT reply to this email.')).toBe(true);
  });
  it('flags a sentence too long to take in', () => {
    const long =
      'We looked at the booking and the notes and the calendar and the messages and the emails from the week before and the ones after and we still cannot see where the mistake was made or who made it.';
    expect(analyze(long).findings.some((f) => f.kind === 'hard_to_read')).toBe(true);
  });
});

describe('customer messages', () => {
  it.each(MOODS)('%s → %j', (text, allowed) => {
    const mood = analyze(text, { role: 'customer' }).mood;
    expect(allowed).toContain(mood.label);
    expect(mood.intensity).toBeGreaterThanOrEqual(0);
    expect(mood.intensity).toBeLessThanOrEqual(1);
  });
  it.each(MOODS_IN_CONTEXT)('%s → %j, complaint %s', (text, allowed, complaint) => {
    const result = analyze(text, { role: 'customer' });
    expect(allowed).toContain(result.mood.label);
    expect(result.complaint).toBe(complaint);
  });
  it('names the problem itself as the cue when the words are plain', () => {
    const { mood } = analyze('Our room smelled of smoke and the shower was cold all weekend.', {
      role: 'customer',
    });
    expect(mood.cues).toEqual(['smelled of']);
  });
  it('hears a threat of the law and impatience as cues', () => {
    expect(
      analyze('I will be contacting my lawyer about this.', { role: 'customer' }).mood.cues,
    ).toContain('lawyer');
    expect(
      analyze('How long does it take to answer an email?', { role: 'customer' }).mood.cues,
    ).toContain('How long');
  });
  it('names each cue once, in its fullest words', () => {
    const { cues } = analyze('This is the THIRD time my order has been late. Unacceptable!!', {
      role: 'customer',
    }).mood;
    expect(cues).toContain('THIRD time');
    expect(cues).not.toContain('THIRD');
    // A message read as calm through and through names nothing that drove it.
    expect(
      analyze('Great job on the cake, thanks for sorting the refund.', { role: 'customer' }).mood
        .cues,
    ).toEqual([]);
    // A cue that holds two shorter ones replaces both.
    expect(analyze('Great job losing my booking.', { role: 'customer' }).mood.cues).toEqual([
      'Great job losing',
    ]);
  });
  it('reads a message in capitals throughout as shouted, not each word as a cue', () => {
    // "I" is a capital in any message: it does not make the rest of it mixed case.
    const { cues, label } = analyze(
      'THIS IS THE WORST SERVICE I HAVE EVER HAD. I WANT MY MONEY BACK NOW.',
      { role: 'customer' },
    ).mood;
    expect(label).toBe('angry');
    expect(cues).not.toContain('THIS');
    expect(cues).toContain('WORST');
  });
  it('names the cues that drove the mood', () => {
    expect(analyze('Still waiting. Unacceptable!!', { role: 'customer' }).mood.cues).toEqual(
      expect.arrayContaining(['Still', 'Unacceptable']),
    );
  });
  it.each(COMPLAINTS)('%s → complaint %s', (text, expected) => {
    expect(analyze(text, { role: 'customer' }).complaint).toBe(expected);
  });
  it('shows what their words say, not advice on writing them', () => {
    const text =
      "You always mess up my order and you should have called me. I'm sorry but I'm done!!";
    const kinds = new Set(analyze(text, { role: 'customer' }).findings.map((f) => f.kind));
    expect([...kinds].sort()).toEqual(['complaint', 'mood_cue']);
    // The same words as our reply would be full of problems to fix.
    expect(analyze(text, { role: 'agent' }).findings.map((f) => f.kind)).toEqual(
      expect.arrayContaining(['absolute', 'blame', 'non_apology']),
    );
  });
  it('reads a problem with no one named in it as a complaint only when it was written to us', () => {
    // A message on a situation is written to us; a line from elsewhere may be a remark in passing.
    for (const text of ['The soup was cold again.', 'Card charged twice for one haircut.']) {
      expect(analyze(text, { role: 'customer', toUs: true }).complaint).toBe(true);
      expect(analyze(text, { role: 'customer' }).complaint).toBe(false);
    }
    // Thanks that are themselves the complaint earn no credit for gratitude.
    const sarcastic = analyze('Thanks for nothing.', { role: 'customer', toUs: true });
    expect(sarcastic.complaint).toBe(true);
    expect(sarcastic.mood.label).toBe('upset');
  });
  it('reads only their messages as complaints, not our replies about the problem', () => {
    const text = 'Sorry your order is still missing, we are waiting on the courier.';
    expect(analyze(text, { role: 'customer' }).complaint).toBe(true);
    expect(analyze(text, { role: 'agent' }).complaint).toBe(false);
  });
});

/** The draft after one click on the suggestion of the first finding of `kind`. */
function afterClick(text: string, kind: string, context: CoachContext = {}): string {
  const finding = analyze(text, context).findings.find((f) => f.kind === kind)!;
  const at = finding.suggestion!.span ?? finding.span;
  return text.slice(0, at.start) + finding.suggestion!.replacement + text.slice(at.end);
}

describe('one-click rewrites leave a readable draft', () => {
  const cause = { rootCause: 'the courier lost the parcel' };
  it.each([
    [
      'You always complain about the portions.',
      'absolute',
      "Let's look at what happened this time.",
    ],
    [
      'Hi Ana, you never told us about the allergy. We can fix it.',
      'absolute',
      "Hi Ana, let's look at what happened this time. We can fix it.",
    ],
    [
      'You should have checked the order before you left.',
      'blame',
      "Let's look at what we can do from here.",
    ],
    [
      "It's not our fault the courier was late.",
      'defensive',
      "Here's what I can do to put it right.",
    ],
    [
      "That's our policy and we can't make exceptions.",
      'policy',
      "Here's what I can do for you instead.",
    ],
    ["Calm down, it's not a big deal.", 'dismissive', 'I can hear how upsetting this is.'],
    [
      'Please calm down, sir. We are on it.',
      'dismissive',
      'I can hear how upsetting this is. We are on it.',
    ],
    [
      'As I already said, the refund takes a week.',
      'dismissive',
      'To put it another way, the refund takes a week.',
    ],
    [
      'Hi Ana, as I said, the refund takes a week.',
      'dismissive',
      'Hi Ana, to put it another way, the refund takes a week.',
    ],
    ["We'll look into it ASAP.", 'vague_commitment', "We'll look into it by 5 pm today."],
    [
      "I'm looking into it now",
      'vague_commitment',
      "I'm looking into it now and will call you back by 5 pm today.",
    ],
    ['WHY DID YOU NOT READ THE EMAIL', 'shouting', 'Why did you not read the email'],
    [
      'I said it is URGENT PLEASE and nobody came.',
      'shouting',
      'I said it is urgent please and nobody came.',
    ],
  ])('%s (%s)', (text, kind, expected) => {
    expect(afterClick(text, kind)).toBe(expected);
  });
  it.each([
    [
      'We apologise for any inconvenience caused.',
      'apology',
      "I'm sorry that the courier lost the parcel.",
    ],
    [
      'Thanks for waiting, and sorry for any inconvenience caused. We will fix it.',
      'apology',
      "Thanks for waiting, and I'm sorry that the courier lost the parcel. We will fix it.",
    ],
    ["I'm sorry you feel that way.", 'non_apology', "I'm sorry that the courier lost the parcel."],
  ])('%s (%s, with the cause known)', (text, kind, expected) => {
    expect(afterClick(text, kind, cause)).toBe(expected);
  });
});

describe('apologies before the cause is known', () => {
  it('lets a general apology pass while listening, and asks for the cause once it is the time', () => {
    const severity = (context: CoachContext) =>
      analyze('Sorry for the trouble.', context).findings.find((f) => f.kind === 'apology')
        ?.severity;
    expect(severity({ step: 'listen' })).toBe('info');
    expect(severity({ step: 'diagnose' })).toBe('info');
    expect(severity({ step: 'solve' })).toBe('warning');
    expect(severity({ step: 'apologize' })).toBe('warning');
    // Once the cause is known, a general apology misses it at any step.
    expect(severity({ step: 'listen', rootCause: 'the oven broke' })).toBe('warning');
  });
});

describe('assuming the cause', () => {
  const assumed = (text: string, context: CoachContext) =>
    analyze(text, context).findings.some((f) => f.kind === 'assumed_cause');
  it('warns when a reply settles the cause while it is still being found out', () => {
    for (const text of [
      "I'm sure it was the courier, they're always late.",
      'It must have been a mix-up in the kitchen.',
      "That'll be because the oven was off.",
      'It was probably the new booking system.',
      'I bet the courier left it at the wrong door.',
      'No doubt the kitchen forgot it.',
      'Clearly our new system crashed.',
      'It was definitely the printer.',
      "I'm guessing the card machine timed out.",
      "Knowing our courier, they'll have left it at the depot.",
      "It's almost certainly a problem with your bank.",
      "Sounds like the oven thermostat again, I'll get it fixed.",
    ]) {
      expect(assumed(text, { step: 'diagnose' }), text).toBe(true);
      expect(assumed(text, { step: 'listen' }), text).toBe(true);
      // Once the cause is found, or later in the method, naming it is the point.
      expect(assumed(text, { step: 'apologize' }), text).toBe(false);
      expect(assumed(text, { step: 'diagnose', rootCause: 'the courier' }), text).toBe(false);
    }
  });
  it('lets a question, a reassurance or a shared feeling pass', () => {
    for (const text of [
      'Do you think it was the courier?',
      "I'm sure it will be fine.",
      'That must have been a shock.',
      'Could you tell me what happened?',
      "I'm sure the kitchen will sort it.",
      'No doubt you were tired of waiting.',
      "I'm guessing you'd like a refund?",
      "Knowing you, you'll want the corner table again.",
      "It's most likely that we can fit you in on Friday.",
      'That must have been a real problem for you.',
      'It sounds like the kitchen got your order wrong.',
    ])
      expect(assumed(text, { step: 'diagnose' }), text).toBe(false);
  });
  it('offers to ask instead, in place of the sentence', () => {
    const text = 'It must have been the courier. Sorry about that.';
    const finding = analyze(text, { step: 'diagnose' }).findings.find(
      (f) => f.kind === 'assumed_cause',
    )!;
    expect(finding.suggestion!.replacement).toBe('Could you tell me what happened?');
    expect(text.slice(finding.suggestion!.span!.start, finding.suggestion!.span!.end)).toBe(
      'It must have been the courier.',
    );
  });
});

describe('the empathy step', () => {
  const kinds = (text: string, context: CoachContext) =>
    analyze(text, context).findings.map((f) => f.kind);
  it('asks for empathy when a reply at that step shows none, with a sentence to start on', () => {
    expect(kinds('Noted.', { step: 'empathize' })).toContain('missing_empathy');
    expect(analyze('Noted.', { step: 'empathize' }).readiness).toBeLessThan(
      analyze('Noted.', { step: 'solve' }).readiness,
    );
    expect(afterClick('Noted.', 'missing_empathy', { step: 'empathize' })).toBe(
      'I can see why that upset you. Noted.',
    );
    expect(
      afterClick('We will look at it.', 'missing_empathy', {
        step: 'empathize',
        mood: 'disappointed',
      }),
    ).toBe('I can see why that was disappointing. We will look at it.');
    // Not at other steps, not for their own words, not when the reply does acknowledge them.
    expect(kinds('Noted.', { step: 'solve' })).not.toContain('missing_empathy');
    expect(kinds('Noted.', { step: 'empathize', role: 'customer' })).not.toContain(
      'missing_empathy',
    );
    expect(kinds('That sounds really frustrating.', { step: 'empathize' })).not.toContain(
      'missing_empathy',
    );
  });
  it('says that "I understand" on its own is not enough, and what to say instead', () => {
    expect(kinds('I understand.', {})).toEqual(['bare_understanding']);
    expect(kinds('Ok, we understand! It will be fixed today.', {})).toContain('bare_understanding');
    expect(afterClick('I understand.', 'bare_understanding')).toBe(
      'I understand how frustrating this has been.',
    );
    expect(afterClick('We understand!', 'bare_understanding')).toBe(
      'We understand how frustrating this has been!',
    );
    // Still an acknowledgement, only a weaker one…
    expect(analyze('I understand.').empathy).toBe(true);
    // …and said with what is understood, it is the real thing.
    expect(kinds('I understand how annoying that was.', {})).not.toContain('bare_understanding');
    expect(kinds("I understand, and I'm sorry the soup was cold.", {})).not.toContain(
      'bare_understanding',
    );
  });
  it('says that "I understand, but…" takes the understanding back, and counts no empathy', () => {
    const analysis = analyze("I understand, but there's nothing we can do.");
    const warning = analysis.findings.find((f) => f.kind === 'bare_understanding');
    expect(warning?.message).toMatch(/takes the understanding back/);
    expect(analysis.empathy).toBe(false);
    expect(kinds('I understand how annoying that was, but we can fix it.', {})).not.toContain(
      'bare_understanding',
    );
    // "I hear what you're saying, however…" does the same.
    const heard = analyze("I hear what you're saying, however the charge stands.");
    expect(heard.findings.map((f) => f.kind)).toContain('bare_understanding');
    expect(heard.empathy).toBe(false);
    expect(analyze("I hear what you're saying, and you're right.").empathy).toBe(true);
    // Across a full stop, when what follows refuses or defends.
    const refused = analyze(
      'I understand your frustration. However, as per our terms, deposits are non-refundable.',
    );
    expect(refused.findings.map((f) => f.kind)).toContain('bare_understanding');
    expect(refused.empathy).toBe(false);
    expect(
      analyze('I understand your frustration. However, we can refund the deposit today.').empathy,
    ).toBe(true);
  });
});

describe('findings and readiness', () => {
  it('asks what changed behind "this won\'t happen again", and who and when behind other vague promises', () => {
    const message = (text: string) =>
      analyze(text).findings.find((f) => f.kind === 'vague_commitment')!.message;
    expect(message("Rest assured this won't happen again.")).toMatch(/what you have changed/);
    expect(message("We'll do our best to get it to you by Friday.")).toMatch(/hedged/);
    expect(message("We'll look into it.")).toMatch(/who will do it and by when/);
  });

  it('notes each reading of the same words once', () => {
    const kindsAndSpans = (text: string, role: 'agent' | 'customer') =>
      analyze(text, { role }).findings.map(
        (f) => `${f.kind} ${text.slice(f.span.start, f.span.end)}`,
      );
    expect(kindsAndSpans('You should have told us about the allergy.', 'agent')).toEqual([
      'blame You should have',
    ]);
    const cues = kindsAndSpans('This is unacceptable.', 'customer').filter((k) =>
      k.startsWith('mood_cue'),
    );
    expect(cues).toEqual(['mood_cue unacceptable']);
    // Overlapping readings of the same kind become one, covering both.
    expect(kindsAndSpans('I appreciate how frustrating this has been.', 'agent')).toEqual([
      'empathy I appreciate how frustrating',
    ]);
    // Blaming and hostile at once, "You people" is one finding.
    expect(kindsAndSpans('You people are useless.', 'agent')).toEqual([
      'blame You people',
      'blame useless',
    ]);
    expect(kindsAndSpans('Our policy is to replace faulty items.', 'agent')).toEqual([
      'policy Our policy',
    ]);
  });
  it('gives spans that point at the words they describe', () => {
    const text = 'Thanks for waiting. Calm down, we will look into it.';
    for (const finding of analyze(text).findings) {
      expect(finding.span.start).toBeGreaterThanOrEqual(0);
      expect(finding.span.end).toBeLessThanOrEqual(text.length);
    }
    const dismissive = analyze(text).findings.find((f) => f.kind === 'dismissive')!;
    expect(text.slice(dismissive.span.start, dismissive.span.end)).toBe('Calm down');
  });
  it('scores a good reply above a poor one', () => {
    const good = analyze(
      "I'm sorry your order was late, Ana. That sounds really frustrating. I'll call you by 5pm today.",
      { personName: 'Ana Duarte', rootCause: 'the order was late' },
    );
    const poor = analyze("Sorry you feel that way, but that's our policy. Calm down.");
    expect(good.readiness).toBeGreaterThan(80);
    expect(poor.readiness).toBeLessThan(20);
  });
  it('reads an empty draft as not ready, and survives any input', () => {
    expect(analyze('').readiness).toBe(0);
    for (const text of [
      '   ',
      '!!!???',
      '😡',
      '<script>alert(1)</script>',
      "'; DROP TABLE x; --",
      'a'.repeat(5000),
    ]) {
      expect(() => analyze(text)).not.toThrow();
    }
  });
});

describe('the batch line format', () => {
  it('answers each line with the labels, or with an error for a malformed line', () => {
    expect(
      scoreLine('{"id":"1","text":"Sorry for the wait, I will call you today.","role":"agent"}'),
    ).toEqual({
      id: '1',
      apology: 'targeted',
      empathy: false,
      questions: { open: 0, closed: 0 },
      blame: false,
      commitment: 'concrete',
      mood: expect.objectContaining({ label: expect.any(String) }),
      complaint: false,
    });
    expect(scoreLine('{not json')).toEqual({ id: null, error: 'not valid JSON' });
    expect(scoreLine('{"id":7,"text":3}')).toMatchObject({
      id: 7,
      error: expect.stringContaining('text'),
    });
    expect(
      scoreLine('{"id":"r","text":"Sorry we were late","context":{"rootCause":"the oven broke"}}')
        .apology,
    ).toBe('generic');
  });
});

describe('the phrasebook', () => {
  it('offers phrases for every step of the method, for each party, in three tones', () => {
    for (const step of [
      'listen',
      'empathize',
      'diagnose',
      'alternatives',
      'apologize',
      'solve',
      'make_it_up',
      'communicate',
      'follow_up',
    ]) {
      for (const party of ['customer', 'vendor', 'team'] as const) {
        const tones = new Set(findPhrases(BUILT_IN_PHRASES, { step, party }).map((p) => p.tone));
        expect([...tones].sort()).toEqual(['brief', 'formal', 'warm']);
      }
    }
  });
  it('puts the phrases written for the situation’s topic first', () => {
    const [first] = findPhrases(BUILT_IN_PHRASES, {
      step: 'alternatives',
      party: 'customer',
      topics: ['price_pushback'],
    });
    expect(first!.topic).toBe('price_pushback');
  });
  it('passes its own coach: no built-in phrase draws a warning at its step, let alone a problem', () => {
    for (const phrase of BUILT_IN_PHRASES) {
      const text = fillPhrase(phrase.text, {
        name: 'Ana',
        cause: 'the kitchen dropped your ticket',
        business: 'Larkspur',
        time: '5 pm today',
      });
      const result = analyze(text, { step: phrase.step });
      expect(
        result.findings.filter((f) => f.severity === 'problem' || f.severity === 'warning'),
        `${phrase.id}: ${text}`,
      ).toEqual([]);
    }
  });
  it('shows empathy in every phrase it offers for the empathy step', () => {
    for (const phrase of BUILT_IN_PHRASES.filter((p) => p.step === 'empathize')) {
      const text = fillPhrase(phrase.text, { name: 'Ana', business: 'Larkspur' });
      const result = analyze(text, { step: 'empathize' });
      expect(result.empathy, `${phrase.id}: ${text}`).toBe(true);
      expect(result.findings.filter((f) => f.severity === 'warning')).toEqual([]);
    }
  });
  it('fills what it knows and leaves the rest for the writer', () => {
    expect(
      fillPhrase("I'm sorry, {name}: {cause}.", { name: 'Ana', cause: 'the oven broke.' }),
    ).toBe("I'm sorry, Ana: the oven broke.");
    expect(fillPhrase('Thank you, {name}, for waiting.', {})).toBe('Thank you, for waiting.');
    expect(fillPhrase('By {time}.', {})).toBe('By {time}.');
  });
});
