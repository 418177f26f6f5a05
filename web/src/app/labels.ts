import type {
  Channel,
  Mood,
  PartyKind,
  Role,
  Severity,
  Status,
} from '../../../domain/situation/vocabulary';

export const CHANNEL_LABELS: Record<Channel, string> = {
  in_person: 'In person',
  phone: 'Phone',
  email: 'Email',
  chat: 'Chat',
  online_review: 'Online review',
  social: 'Social media',
  other: 'Other',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};
export const SEVERITY_COLORS: Record<Severity, string> = {
  low: 'gray',
  medium: 'yellow',
  high: 'orange',
  critical: 'red',
};

export const MOOD_LABELS: Record<Mood, string> = {
  calm: 'Calm',
  disappointed: 'Disappointed',
  upset: 'Upset',
  angry: 'Angry',
};
export const MOOD_EMOJI: Record<Mood, string> = {
  calm: '🙂',
  disappointed: '😕',
  upset: '😟',
  angry: '😠',
};

export const STATUS_LABELS: Record<Status, string> = {
  open: 'Open',
  resolved: 'Resolved',
  closed: 'Closed',
};
export const STATUS_COLORS: Record<Status, string> = {
  open: 'blue',
  resolved: 'teal',
  closed: 'gray',
};

export const PARTY_KIND_LABELS: Record<PartyKind, string> = {
  customer: 'Customer',
  vendor: 'Vendor',
  team_member: 'Team member',
};

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  manager: 'Manager',
  staff: 'Staff',
};
export const ROLE_HELP: Record<Role, string> = {
  owner: 'Everything, including the team and their roles',
  manager: 'Situations and parties, plus locations and categories',
  staff: 'Log and handle situations, keep parties up to date',
};

export function options<T extends string>(labels: Record<T, string>) {
  return (Object.entries(labels) as Array<[T, string]>).map(([value, label]) => ({ value, label }));
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

export function timeAgo(iso: string, now: number = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return 'just now';
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
  if (abs < 86_400 * 30) return relative.format(Math.round(seconds / 86_400), 'day');
  return new Date(iso).toLocaleDateString();
}

export function dateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
