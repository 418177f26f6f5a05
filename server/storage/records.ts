import type { Role, PartyKind } from '../../domain/situation/vocabulary';
import type { SituationState } from '../../domain/situation/situation';
import type { SurveyTiming } from '../../domain/situation/survey';

/** What the queries hand back: rows mapped to the shapes use cases work with. */
export interface OrganizationRecord {
  id: string;
  name: string;
  createdAt: string;
  /** How long after resolving a situation its follow-up falls due. */
  followUpAfterHours: number;
  /** When the person is sent a satisfaction survey. */
  surveyTiming: SurveyTiming;
  /** The local part of its inbound email address. */
  inboundMailbox: string;
}

export interface UserRecord {
  id: string;
  organizationId: string;
  email: string;
  name: string;
  passwordHash: string;
  role: Role;
  locationId: string | null;
  createdAt: string;
}

export interface PartyRecord {
  id: string;
  organizationId: string;
  kind: PartyKind;
  name: string;
  email: string | null;
  phone: string | null;
  notes: string | null;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  situationCount: number;
}

export interface SituationRecord extends SituationState {
  organizationId: string;
  number: number;
  partyName: string | null;
  ownerName: string | null;
  eventCount: number;
}

/** What the inbox shows of a situation: everything but the long account and closing times. */
export type SituationSummaryRecord = Pick<
  SituationRecord,
  | 'id'
  | 'number'
  | 'title'
  | 'channel'
  | 'live'
  | 'partyId'
  | 'partyName'
  | 'locationId'
  | 'category'
  | 'severity'
  | 'mood'
  | 'ownerId'
  | 'ownerName'
  | 'status'
  | 'openedAt'
  | 'updatedAt'
> & { currentStep: string | null };

export interface StoredEvent {
  id: string;
  seq: number;
  type: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  data: Record<string, unknown>;
}

export interface PageRequest {
  cursor: string | undefined;
  limit: number;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
