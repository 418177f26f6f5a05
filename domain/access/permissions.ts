import { DomainError } from '../shared/domain-error';
import type { Role } from '../situation/vocabulary';

/**
 * Who may do what. Staff run situations and parties; managers also shape the places and
 * categories work is filed under; owners alone decide who is in the team and in which role
 * (METHOD.md principle 9: the owner sets the limits).
 */
export const PERMISSIONS = {
  'situations.work': ['owner', 'manager', 'staff'],
  'parties.work': ['owner', 'manager', 'staff'],
  'tokens.own': ['owner', 'manager', 'staff'],
  'tokens.see_all': ['owner'],
  'settings.edit': ['owner', 'manager'],
  'organization.edit': ['owner'],
  'members.manage': ['owner'],
  'playbooks.manage': ['owner'],
  'empowerment.manage': ['owner'],
  'gestures.approve': ['owner', 'manager'],
  'ledger.read': ['owner', 'manager'],
  'phrasebook.manage': ['owner'],
  'jobs.read': ['owner'],
  'webhooks.manage': ['owner'],
} as const satisfies Record<string, ReadonlyArray<Role>>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as ReadonlyArray<Role>).includes(role);
}

export function requirePermission(role: Role, permission: Permission): void {
  if (!can(role, permission)) {
    throw new DomainError('FORBIDDEN', FORBIDDEN_MESSAGES[permission]);
  }
}

const FORBIDDEN_MESSAGES: Record<Permission, string> = {
  'situations.work': 'Your role cannot work on situations.',
  'parties.work': 'Your role cannot change parties.',
  'tokens.own': 'Your role cannot create API tokens.',
  'tokens.see_all': 'Only an owner can see every API token.',
  'settings.edit': 'Only a manager or an owner can change locations and categories.',
  'organization.edit': 'Only an owner can change the organisation.',
  'members.manage': 'Only an owner can invite members or change their roles.',
  'playbooks.manage': 'Only an owner can change playbooks and which ones are used.',
  'empowerment.manage': 'Only an owner can change the gesture catalogue, limits and budgets.',
  'gestures.approve': 'Only a manager or an owner can approve, deny or reverse gestures.',
  'ledger.read': 'Only a manager or an owner can see the ledger and spending.',
  'phrasebook.manage': 'Only an owner can add phrases to the phrasebook or remove them.',
  'jobs.read': 'Only an owner can see background jobs that failed.',
  'webhooks.manage': 'Only an owner can see and change webhooks.',
};
