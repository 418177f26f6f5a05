import type { CatalogItemInput } from '../app/save-gesture-catalog-item';

/**
 * How Larkspur & Co. handled each kind of situation in the demo: what the diagnosis found,
 * the options offered, the apology, the fix and the gesture. The seed walks each situation
 * through its playbook with these, so the demo shows real recoveries at every stage.
 */
export interface DemoRecovery {
  cause: string;
  owner: 'ours' | 'outside' | 'shared' | 'unclear';
  wants: Array<'vent' | 'validation' | 'fix' | 'compensation'>;
  options: Array<[description: string, costMinor: number, fit: string]>;
  proposal: string;
  apology: string;
  actions: string[];
  /** A promise with its deadline, in hours after the fix. */
  promise?: [what: string, inHours: number];
  /** Null: no gesture, skipped with this reason. */
  gesture: [what: string, valueMinor: number, fit: string] | { skip: string };
  team: string;
}

/** Larkspur's gesture catalogue: things their guests and clients actually value. */
export const DEMO_CATALOG: CatalogItemInput[] = [
  {
    name: 'Dessert on the house',
    kind: 'free_item',
    defaultValue: 750,
    cost: 250,
    fitsCategories: ['wrong_order', 'late', 'quality'],
    fitsWants: ['compensation', 'validation'],
  },
  {
    name: 'A glass of wine',
    kind: 'free_item',
    defaultValue: 800,
    cost: 250,
    fitsCategories: ['late', 'wrong_order', 'staff_behaviour'],
    fitsWants: ['compensation'],
  },
  {
    name: 'Free blow-dry',
    kind: 'free_item',
    defaultValue: 2500,
    cost: 900,
    fitsCategories: ['quality', 'booking', 'late'],
    fitsWants: ['compensation', 'fix'],
  },
  {
    name: '20 % off the next visit',
    kind: 'discount',
    percent: 20,
    defaultValue: 1000,
    cost: 1000,
    fitsCategories: ['quality', 'price_pushback', 'staff_behaviour'],
    fitsWants: ['compensation'],
  },
  {
    name: '€25 voucher',
    kind: 'voucher',
    defaultValue: 2500,
    cost: 2500,
    fitsCategories: ['booking', 'late', 'quality'],
    fitsWants: ['compensation'],
  },
  {
    name: 'Refund',
    kind: 'refund',
    defaultValue: 2000,
    cost: 2000,
    fitsCategories: ['billing', 'wrong_order', 'damaged_or_faulty'],
    fitsWants: ['fix', 'compensation'],
  },
];

export const DEMO_RECOVERIES: Record<string, DemoRecovery> = {
  'Wrong main course served at table 12': {
    cause:
      'The allergy note was on the ticket but the pass did not read it out; the default butter-basted fish went out.',
    owner: 'ours',
    wants: ['validation', 'fix'],
    options: [
      [
        'A fresh, dairy-free sea bream cooked by the head chef',
        900,
        'They still want to eat with their party',
      ],
      [
        'Another dish of their choice from the dairy-free menu',
        0,
        'They may not trust the fish now',
      ],
    ],
    proposal: 'Just make sure the kitchen takes allergies seriously',
    apology:
      'I am so sorry: your dairy allergy was on the ticket and we sent the butter-basted fish anyway. That is our mistake at the pass.',
    actions: [
      'Head chef cooked a fresh dairy-free plate',
      'Checked in with the guest about symptoms',
    ],
    promise: ['Call to check they are well', 20],
    gesture: [
      'Dessert on the house (dairy-free sorbet)',
      750,
      'Keeps the celebration going without fuss',
    ],
    team: 'Pass reads every allergy flag aloud before plates leave; chef briefed the team at close.',
  },
  'Dessert brought before mains were cleared': {
    cause: 'The section was short one server and desserts were fired early to catch up.',
    owner: 'ours',
    wants: ['vent', 'validation'],
    options: [
      ['Clear the table and re-serve desserts fresh', 0, 'They felt rushed, not short-changed'],
    ],
    proposal: 'Nothing really, we just felt hurried',
    apology:
      'I am sorry we rushed you; we brought desserts before you had finished because we were short-staffed, and that is on us.',
    actions: ['Cleared mains properly and re-served desserts'],
    gesture: {
      skip: 'They said they only wanted to be heard; a gesture would have felt like fuss.',
    },
    team: 'No course fired before the previous one is cleared, however busy.',
  },
  'Booking lost for a birthday dinner': {
    cause: 'The phone booking was written on paper and never entered into the system.',
    owner: 'ours',
    wants: ['fix', 'compensation'],
    options: [
      ['Seat them at the chef’s table tonight', 0, 'It is a birthday: they want to stay'],
      ['Rebook for Saturday with a bottle of prosecco', 3200, 'If tonight cannot work for them'],
    ],
    proposal: 'Somewhere to sit tonight, we came all this way',
    apology:
      'I am sorry: your booking was taken on paper and never entered, so we had no table for you. That is our process failing you.',
    actions: ['Set up the chef’s table for the party of six'],
    gesture: ['Glass of prosecco for the table', 4200, 'Turns the wait into part of the birthday'],
    team: 'Paper bookings entered before the end of the call; no more booking book.',
  },
  'Waited 50 minutes for food': {
    cause: 'A large party’s order went in just before theirs and the grill was overloaded.',
    owner: 'ours',
    wants: ['validation', 'compensation'],
    options: [
      ['Mains comped', 3600, 'They lost their evening waiting'],
      [
        'Starters while they wait, and dessert on us',
        1400,
        'They still have time to enjoy the meal',
      ],
    ],
    proposal: 'Some food now, we are starving',
    apology:
      'I am sorry you waited fifty minutes; we took a big party just before you and did not warn you about the delay.',
    actions: ['Sent bread and olives immediately', 'Prioritised their mains on the grill'],
    gesture: ['Desserts on the house', 1400, 'They asked for food now, and the meal to end well'],
    team: 'Warn tables at order time when the grill backs up beyond 25 minutes.',
  },
  'Charged twice for the tasting menu': {
    cause: 'The card terminal timed out and the server retried; both charges went through.',
    owner: 'shared',
    wants: ['fix'],
    options: [['Refund the duplicate charge today', 0, 'They want their money back, not extras']],
    proposal: 'Refund the second charge',
    apology:
      'I am sorry you were charged twice; our terminal timed out and we retried without checking whether the first payment had gone through.',
    actions: ['Refunded the duplicate charge at the terminal', 'Emailed the refund receipt'],
    promise: ['Confirm the refund has cleared', 72],
    gesture: { skip: 'They wanted the refund quickly and nothing more.' },
    team: 'Check the terminal journal before retrying a timed-out payment.',
  },
  'Steak overcooked, sent back twice': {
    cause: 'A new grill cook was judging doneness by time instead of probing.',
    owner: 'ours',
    wants: ['fix', 'validation'],
    options: [
      [
        'Head chef cooks a third steak, probed to medium-rare',
        0,
        'They still want the steak they came for',
      ],
      ['Swap to the lamb, cooked to order', 0, 'If they have lost patience with the steak'],
    ],
    proposal: 'A steak cooked properly, please',
    apology:
      'I am sorry: we sent your steak back overcooked twice because our cook went by the clock instead of checking it.',
    actions: ['Head chef cooked and probed the steak', 'Served it personally'],
    gesture: ['Glass of red with the steak', 900, 'They are a steak lover; a good pairing fits'],
    team: 'Every steak probed; new grill cooks shadowed for a week.',
  },
  'Three-star review: "overpriced for the portion"': {
    cause: 'The new lunch portion of the risotto was cut without changing the price.',
    owner: 'ours',
    wants: ['validation'],
    options: [
      [
        'Reply explaining the value and inviting them back for the tasting lunch',
        0,
        'They care about value',
      ],
      ['Restore the portion size at lunch', 0, 'The criticism is fair'],
    ],
    proposal: 'Fairer portions',
    apology:
      'You are right, and thank you for saying it: we made the lunch risotto smaller without adjusting the price.',
    actions: ['Replied publicly to the review', 'Restored the lunch portion'],
    gesture: ['Invitation to lunch on us', 2800, 'Lets them judge the restored portion themselves'],
    team: 'Price and portion changes reviewed together by the owner.',
  },
  'Wine glass dropped on a guest': {
    cause: 'A tray was overloaded while carrying through a crowded aisle.',
    owner: 'ours',
    wants: ['validation', 'compensation'],
    options: [
      ['Pay for dry cleaning', 2500, 'The jacket is what they care about'],
      ['Dry cleaning and a round of drinks', 4100, 'Their evening was spoiled too'],
    ],
    proposal: 'Cover the cleaning',
    apology: 'I am so sorry: I overloaded the tray and spilled red wine on your jacket.',
    actions: ['Brought towels and soda water straight away', 'Moved them to a quieter table'],
    promise: ['Reimburse the dry-cleaning receipt', 72],
    gesture: ['Dry cleaning paid', 2500, 'Exactly what they asked for'],
    team: 'Max four glasses per tray through the main aisle.',
  },
  'Takeaway order missing the sides': {
    cause: 'The sides were bagged separately and left on the pass.',
    owner: 'ours',
    wants: ['fix'],
    options: [
      ['Deliver the sides now', 600, 'They are at home waiting to eat'],
      ['Refund the sides', 0, 'If they do not want to wait'],
    ],
    proposal: 'Refund them, we have eaten already',
    apology:
      'I am sorry your sides were left behind; we bagged them separately and missed them at the pass.',
    actions: ['Refunded the sides'],
    gesture: ['10 % off the next takeaway', 300, 'They order takeaway every week'],
    team: 'One bag per order; ticket stapled to the bag.',
  },
  'Hair colour came out brassy': {
    cause:
      'The toner was left on for less time than the formula says because the stylist was running late.',
    owner: 'ours',
    wants: ['fix'],
    options: [
      ['Free toner correction this week', 3500, 'They want the colour they asked for'],
      ['Refund of the colour service', 9500, 'If they would rather go elsewhere'],
    ],
    proposal: 'Fix it before my friend’s wedding on Saturday',
    apology:
      'I am sorry your colour came out brassy; we shortened the toner time because we were running late, and that was wrong.',
    actions: ['Booked a toner correction for Thursday'],
    promise: ['Toner correction appointment', 48],
    gesture: ['Free blow-dry before the wedding', 2500, 'The wedding is what matters to them'],
    team: 'Toner timings never shortened; run late rather than rush.',
  },
  'Kept waiting 35 minutes past appointment': {
    cause: 'The previous colour client was double-processed and overran.',
    owner: 'ours',
    wants: ['vent', 'validation'],
    options: [['Start now with the senior stylist', 0, 'They are short of time']],
    proposal: 'Just tell me when I will actually be seen',
    apology:
      'I am sorry we kept you waiting 35 minutes without telling you why; the colour before you overran.',
    actions: ['Senior stylist took the appointment immediately'],
    gesture: { skip: 'They wanted to be heard and taken now, not compensated.' },
    team: 'Text clients when we run more than 10 minutes late.',
  },
  'Cut much shorter than asked': {
    cause:
      'The consultation used “a trim” without agreeing a length; the stylist took three inches.',
    owner: 'shared',
    wants: ['validation', 'compensation'],
    options: [
      ['Free treatment and a shaping appointment as it grows', 4000, 'They are growing their hair'],
      ['Refund of the cut', 4800, 'They may not want to come back soon'],
    ],
    proposal: 'Refund the cut',
    apology:
      'I am sorry: we did not agree a length before cutting and took much more than you wanted.',
    actions: ['Refunded the cut'],
    gesture: [
      'Nourishing treatment for regrowth',
      2000,
      'Helps what they care about: growing it back',
    ],
    team: 'Consultations agree length in centimetres, shown in the mirror.',
  },
  'Price for highlights higher than quoted': {
    cause: 'The quote was for a half head; the stylist did a full head without re-quoting.',
    owner: 'ours',
    wants: ['fix'],
    options: [['Charge the quoted price', 4000, 'They were promised that price']],
    proposal: 'Pay what I was quoted',
    apology:
      'I am sorry: we quoted a half head and did a full head without telling you the price would change.',
    actions: ['Adjusted the bill to the quote'],
    gesture: { skip: 'Honouring the quote was what they asked for.' },
    team: 'Any change to the service is re-quoted before starting.',
  },
  'Online booking double-booked the 10:00 slot': {
    cause: 'The booking widget does not lock a slot while a card payment is pending.',
    owner: 'outside',
    wants: ['fix'],
    options: [
      ['Take them at 10:30 with a complimentary fringe trim', 1500, 'They can wait a little'],
      ['Rebook another day', 0, 'If they cannot wait'],
    ],
    proposal: 'Somewhere today',
    apology:
      'I am sorry we booked two people into your 10:00; our booking system let both through and we did not catch it.',
    actions: ['Took them at 10:30', 'Reported the bug to the booking provider'],
    promise: ['Confirm the booking provider’s fix', 168],
    gesture: ['Complimentary fringe trim', 1500, 'Makes the wait worth it'],
    team: 'Front desk checks the day’s bookings for overlaps each morning.',
  },
  'Scalp irritation after treatment': {
    cause:
      'No patch test was done because the client had the colour before, but the brand changed its formula.',
    owner: 'ours',
    wants: ['validation', 'fix'],
    options: [
      ['Pay for a pharmacist’s soothing treatment', 1800, 'Their comfort comes first'],
      ['Full refund and a patch test before any future colour', 8500, 'Trust needs rebuilding'],
    ],
    proposal: 'Make sure it never happens again',
    apology:
      'I am sorry: we skipped the patch test because you had the colour before, and the formula had changed.',
    actions: ['Advised a cool compress and a pharmacist', 'Refunded the treatment'],
    promise: ['Call to check the irritation has settled', 24],
    gesture: [
      'Full refund of the treatment',
      8500,
      'Anything less would feel like we missed the point',
    ],
    team: 'Patch tests before every colour after a formula change; new formula sheets posted.',
  },
  'Fish delivery arrived after lunch service started': {
    cause: 'The supplier’s van broke down; nobody called ahead.',
    owner: 'outside',
    wants: ['fix'],
    options: [
      ['Credit note for the late delivery', 4000, 'Fair for the lost lunch specials'],
      ['Earlier delivery window going forward', 0, 'Prevents a repeat'],
    ],
    proposal: 'A call when they are late, and a credit',
    apology: 'We were sorry to hear about the van; we asked them to call ahead next time.',
    actions: ['Agreed a 9:00 delivery window', 'Requested a credit note'],
    promise: ['Supplier confirms new window in writing', 48],
    gesture: { skip: 'A vendor relationship: the credit note settles it.' },
    team: 'Kitchen keeps a back-up fish order with the second supplier.',
  },
  'Produce box with spoiled herbs': {
    cause: 'The box sat in a warm van for hours on a hot day.',
    owner: 'outside',
    wants: ['fix'],
    options: [['Replacement herbs same day', 0, 'Dinner service needs them']],
    proposal: 'Replace them before dinner',
    apology: 'We understand the heat caught them out; we need the herbs by five.',
    actions: ['Supplier sent replacements by courier'],
    gesture: { skip: 'A supplier matter: the replacement is the fix.' },
    team: 'Herbs checked at delivery and refused on the spot if spoiled.',
  },
  'Colour order short by six tubes': {
    cause: 'The wholesaler was out of stock and shipped a partial order without a note.',
    owner: 'outside',
    wants: ['fix'],
    options: [['Express the missing tubes', 0, 'Appointments this week need them']],
    proposal: 'Send them express',
    apology: 'Thanks for looking into it; a note with partial orders would save us a scramble.',
    actions: ['Wholesaler expressed the six tubes'],
    promise: ['Tubes arrive', 24],
    gesture: { skip: 'A supplier matter.' },
    team: 'Orders checked against the packing list on arrival.',
  },
  'Linen invoice charged for a missed collection': {
    cause: 'The collection was missed by the linen company but billed automatically.',
    owner: 'outside',
    wants: ['fix'],
    options: [['Credit on next invoice', 0, 'The charge was for nothing']],
    proposal: 'Remove the charge',
    apology: 'We appreciate the quick answer; the charge needs to come off.',
    actions: ['Linen company credited the charge'],
    gesture: { skip: 'A supplier matter.' },
    team: 'Missed collections logged the same day so invoices can be checked.',
  },
  'Shift swap made without telling the kitchen': {
    cause: 'Swaps were agreed by text between servers; the rota was never updated.',
    owner: 'shared',
    wants: ['validation', 'fix'],
    options: [
      ['All swaps go through the rota app', 0, 'Keeps everyone informed'],
      ['Swaps approved by the shift lead', 0, 'If the app is too much'],
    ],
    proposal: 'Just tell us when it changes',
    apology:
      'I am sorry: I swapped without updating the rota, and the kitchen planned around the wrong people.',
    actions: ['Rota updated', 'Swap rule explained at the team meeting'],
    gesture: { skip: 'A team matter: agreeing the process is the point.' },
    team: 'Swaps only count once they are in the rota app.',
  },
  'New stylist changed a client’s colour formula': {
    cause: 'The client card had an old formula; the new stylist did not know the client’s history.',
    owner: 'shared',
    wants: ['fix', 'validation'],
    options: [['Senior colourist corrects the colour', 0, 'They want their usual colour back']],
    proposal: 'My usual colour back',
    apology:
      'I am sorry: we worked from an out-of-date formula card and changed your colour without asking you.',
    actions: ['Senior colourist booked for a correction', 'Formula card updated'],
    promise: ['Colour correction', 72],
    gesture: ['Free gloss with the correction', 2000, 'Gives them the finish they love'],
    team: 'Formula cards updated after every colour; new stylists review history with a senior.',
  },
  'Gift voucher refused at the till': {
    cause: 'Staff were not told that vouchers are valid across both businesses since the spring.',
    owner: 'ours',
    wants: ['validation', 'fix'],
    options: [['Accept the voucher now', 0, 'It is valid and they are here']],
    proposal: 'Take my voucher',
    apology: 'I am sorry we refused your voucher: it is valid here, and we had not told our team.',
    actions: ['Accepted the voucher', 'Told the team vouchers work across both businesses'],
    gesture: ['Coffee on the house', 350, 'A small thank-you for their patience'],
    team: 'Voucher policy added to the till guide for both locations.',
  },
  'Noise complaint from a neighbouring table': {
    cause: 'A large party next to them was seated in the quiet room by mistake.',
    owner: 'ours',
    wants: ['fix'],
    options: [
      ['Move them to a quieter table', 0, 'They came for a quiet dinner'],
      ['Ask the party to keep it down', 0, 'If they prefer to stay'],
    ],
    proposal: 'A quieter table',
    apology: 'I am sorry: we seated a large party in the quiet room, which is not what you booked.',
    actions: ['Moved them to a corner table'],
    gesture: ['Digestif on the house', 800, 'Rounds off the evening they wanted'],
    team: 'Parties over six never seated in the quiet room.',
  },
  'Allergen information missing from the new menu': {
    cause: 'The allergen matrix was not updated when the menu changed.',
    owner: 'ours',
    wants: ['fix', 'validation'],
    options: [['Chef walks them through each dish’s allergens', 0, 'They need to eat safely now']],
    proposal: 'Up-to-date allergen information',
    apology: 'I am sorry: we changed the menu and did not update the allergen information.',
    actions: ['Chef briefed the table', 'Allergen matrix updated the same day'],
    gesture: { skip: 'They wanted the information fixed; a gesture would miss the point.' },
    team: 'Menu changes are not live until the allergen matrix is signed off.',
  },
  'Instagram comment: rude receptionist': {
    cause: 'The receptionist was covering two roles and answered sharply while on the phone.',
    owner: 'ours',
    wants: ['vent', 'validation'],
    options: [['Private message with an apology and an invitation back', 0, 'They felt dismissed']],
    proposal: 'An apology',
    apology:
      'I am sorry you were spoken to sharply at reception; we were short-staffed, but that is no excuse.',
    actions: ['Replied publicly and by private message'],
    gesture: { skip: 'They wanted an apology, not compensation.' },
    team: 'Reception never covered by someone also on the phones at peak time.',
  },
};
