/** The fixed vocabularies a situation is described with (METHOD.md, step 1 "Listen"). */
export const CHANNELS = [
  'in_person',
  'phone',
  'email',
  'chat',
  'online_review',
  'social',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const MOODS = ['calm', 'disappointed', 'upset', 'angry'] as const;
export type Mood = (typeof MOODS)[number];

export const STATUSES = ['open', 'resolved', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

export const PARTY_KINDS = ['customer', 'vendor', 'team_member'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const ROLES = ['owner', 'manager', 'staff'] as const;
export type Role = (typeof ROLES)[number];

/** Categories every new organisation starts with; owners may add, rename or archive them. */
export const DEFAULT_CATEGORIES: ReadonlyArray<{ key: string; label: string }> = [
  { key: 'price_pushback', label: 'Price pushback' },
  { key: 'wrong_order', label: 'Wrong order' },
  { key: 'late', label: 'Late' },
  { key: 'damaged_or_faulty', label: 'Damaged or faulty' },
  { key: 'quality', label: 'Quality' },
  { key: 'staff_behaviour', label: 'Staff behaviour' },
  { key: 'billing', label: 'Billing' },
  { key: 'booking', label: 'Booking' },
  { key: 'other', label: 'Other' },
];
