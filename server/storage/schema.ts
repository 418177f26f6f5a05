/**
 * The tables as Kysely sees them. Times are ISO 8601 UTC strings in both dialects (text in
 * SQLite, timestamptz parsed back to ISO in PostgreSQL); booleans are 0/1 integers and JSON
 * is text, so the same queries and the same row mapping serve both.
 */
import type { Generated } from 'kysely';

export interface OrganizationsTable {
  id: string;
  name: string;
  situation_counter: number;
  created_at: string;
  default_playbook_id: string | null;
  /** The currency gestures, limits and budgets are in. */
  currency: Generated<string>;
  /** How long after resolving a situation its follow-up falls due. */
  follow_up_after_hours: Generated<number>;
  /** When surveys go out: follow_up_due, follow_up_recorded or off. */
  survey_timing: Generated<string>;
  /** The local part of the organisation's inbound email address. */
  inbound_mailbox: string | null;
}

export interface UsersTable {
  id: string;
  organization_id: string;
  email: string;
  name: string;
  password_hash: string;
  role: string;
  location_id: string | null;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  organization_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  organization_id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface InvitesTable {
  id: string;
  organization_id: string;
  email: string;
  role: string;
  location_id: string | null;
  token_hash: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
}

export interface LocationsTable {
  id: string;
  organization_id: string;
  name: string;
  archived: number;
  created_at: string;
}

export interface CategoriesTable {
  organization_id: string;
  key: string;
  label: string;
  position: number;
  archived: number;
  playbook_id: string | null;
}

export interface PartiesTable {
  id: string;
  organization_id: string;
  kind: string;
  name: string;
  email: string | null;
  phone: string | null;
  phone_digits: string | null;
  notes: string | null;
  tags: string;
  created_at: string;
  updated_at: string;
}

export interface SituationsTable {
  /** SQLite only: a stable integer key the full-text index points at. */
  rid?: Generated<number>;
  id: string;
  organization_id: string;
  number: number;
  title: string;
  account: string | null;
  channel: string | null;
  live: number;
  party_id: string | null;
  party_name: string | null;
  location_id: string | null;
  category: string | null;
  severity: string | null;
  mood: string | null;
  owner_id: string | null;
  status: string;
  opened_at: string;
  resolved_at: string | null;
  closed_at: string | null;
  updated_at: string;
  opened_by: string | null;
  event_count: number;
  playbook_id: string;
  playbook_version: number;
  current_step: string | null;
  /** JSON: the playbook progress (domain/playbook/progress.ts). */
  progress: string;
  /** JSON: the tasks and promises (domain/situation/follow-through.ts). */
  tasks: string;
  follow_up_due_at: string | null;
}

export interface WebhooksTable {
  id: string;
  organization_id: string;
  url: string;
  /** JSON: the event names it receives. */
  events: string;
  format: string;
  /** Signs each delivery (HMAC-SHA256); kept, since every delivery needs it. */
  secret: string;
  active: Generated<number>;
  created_at: string;
}

export interface WebhookDeliveriesTable {
  id: string;
  organization_id: string;
  webhook_id: string;
  event: string;
  /** JSON: exactly what is POSTed, so every retry sends the same bytes. */
  body: string;
  /** pending → delivered, or retrying after a failed attempt. */
  status: string;
  attempts: Generated<number>;
  response_status: number | null;
  error: string | null;
  created_at: string;
  delivered_at: string | null;
}

/** A reply sent by email (server/app/send-reply.ts). */
export interface RepliesTable {
  id: string;
  organization_id: string;
  situation_id: string;
  text: string;
  to_email: string;
  subject: string;
  /** held → sending → sent, or cancelled (taken back while held). */
  status: string;
  send_at: string;
  cool_down_reason: string | null;
  sent_at: string | null;
  message_id: string | null;
  error: string | null;
  created_by: string | null;
  created_at: string;
  claimed_at: string | null;
}

/** A background job on SQLite (server/jobs/table-scheduler.ts). */
export interface JobsTable {
  id: string;
  organization_id: string;
  name: string;
  /** JSON: what the job's handler needs. */
  data: string;
  run_at: string;
  state: 'pending' | 'running' | 'done' | 'failed';
  attempts: Generated<number>;
  last_error: string | null;
  created_at: string;
  finished_at: string | null;
}

/** One task or promise per row, repeated from its situation's projection for querying. */
export interface SituationTasksTable {
  organization_id: string;
  situation_id: string;
  id: string;
  kind: string;
  what: string;
  assignee_id: string | null;
  due_at: string;
  done_at: string | null;
}

export interface PlaybooksTable {
  id: string;
  organization_id: string;
  key: string;
  name: string;
  current_version: number;
  archived: number;
  created_at: string;
  updated_at: string;
}

export interface PlaybookVersionsTable {
  playbook_id: string;
  version: number;
  organization_id: string | null;
  /** JSON: the playbook document. */
  document: string;
  created_at: string;
  created_by: string | null;
}

export interface SituationEventsTable {
  id: string;
  organization_id: string;
  situation_id: string;
  seq: number;
  type: string;
  at: string;
  actor_id: string | null;
  data: string;
}

export interface IdempotencyKeysTable {
  principal: string;
  key: string;
  method: string;
  path: string;
  status_code: number;
  body: string;
  created_at: string;
}

export interface DB {
  organizations: OrganizationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  invites: InvitesTable;
  locations: LocationsTable;
  categories: CategoriesTable;
  parties: PartiesTable;
  situations: SituationsTable;
  situation_events: SituationEventsTable;
  situation_tasks: SituationTasksTable;
  jobs: JobsTable;
  replies: RepliesTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  surveys: SurveysTable;
  email_messages: EmailMessagesTable;
  attachments: AttachmentsTable;
  idempotency_keys: IdempotencyKeysTable;
  playbooks: PlaybooksTable;
  playbook_versions: PlaybookVersionsTable;
  gesture_catalog: GestureCatalogTable;
  empowerment_limits: EmpowermentLimitsTable;
  location_budgets: LocationBudgetsTable;
  gestures: GesturesTable;
  ledger_entries: LedgerEntriesTable;
  phrasebook_entries: PhrasebookEntriesTable;
}

export interface PhrasebookEntriesTable {
  id: string;
  organization_id: string;
  step: string;
  party: string;
  tone: string;
  topic: string | null;
  text: string;
  created_by: string | null;
  created_at: string;
}

export interface GestureCatalogTable {
  id: string;
  organization_id: string;
  name: string;
  kind: string;
  default_value_minor: number;
  cost_minor: number;
  percent: number | null;
  /** JSON arrays of category keys and of what people want (fix, compensation…). */
  fits_categories: string;
  fits_wants: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface EmpowermentLimitsTable {
  organization_id: string;
  subject: string;
  per_situation_minor: number | null;
  per_period_minor: number | null;
  period: string;
}

export interface LocationBudgetsTable {
  organization_id: string;
  location_id: string;
  monthly_minor: number;
}

export interface GesturesTable {
  id: string;
  organization_id: string;
  situation_id: string;
  location_id: string | null;
  requester_id: string;
  catalog_item_id: string | null;
  name: string;
  kind: string;
  amount_minor: number;
  currency: string;
  reason: string;
  status: string;
  needs: string | null;
  why: string | null;
  decided_by: string | null;
  decision_note: string | null;
  granted_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface LedgerEntriesTable {
  id: string;
  organization_id: string;
  gesture_id: string;
  situation_id: string;
  location_id: string | null;
  type: string;
  actor_id: string;
  requester_id: string;
  kind: string;
  name: string;
  amount_minor: number;
  currency: string;
  reason: string;
  at: string;
}

export interface SurveysTable {
  id: string;
  organization_id: string;
  situation_id: string;
  to_email: string | null;
  created_at: string;
  created_by: string | null;
  expires_at: string;
  sent_at: string | null;
  answered_at: string | null;
  put_right: string | null;
  score: number | null;
  come_back: string | null;
  comment: string | null;
}

export interface EmailMessagesTable {
  organization_id: string;
  message_id: string;
  situation_id: string;
  direction: string;
  created_at: string;
}

export interface AttachmentsTable {
  id: string;
  organization_id: string;
  situation_id: string;
  filename: string;
  content_type: string;
  size: number;
  content: Buffer;
  created_at: string;
}
