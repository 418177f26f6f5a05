import {
  DEFAULT_SURVEY_TIMING,
  SURVEY_TIMINGS,
  type SurveyTiming,
} from '../../../domain/situation/survey';
import type { Kysely } from 'kysely';
import type { DialectName } from '../database';
import { prepared } from '../prepared';
import type { DB } from '../schema';
import type { OrganizationRecord } from '../records';

const nextNumber = prepared((db, param) =>
  db
    .updateTable('organizations')
    .set((eb) => ({ situation_counter: eb('situation_counter', '+', 1) }))
    .where('id', '=', param('id'))
    .returning(['situation_counter', 'default_playbook_id']),
);

export function organizationQueries(db: Kysely<DB>, dialect: DialectName) {
  return {
    async count(): Promise<number> {
      const row = await db
        .selectFrom('organizations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async insert(org: OrganizationRecord): Promise<void> {
      await db
        .insertInto('organizations')
        .values({
          id: org.id,
          name: org.name,
          created_at: org.createdAt,
          situation_counter: 0,
          follow_up_after_hours: org.followUpAfterHours,
          survey_timing: org.surveyTiming,
          inbound_mailbox: org.inboundMailbox,
        })
        .execute();
    },

    async byId(id: string): Promise<OrganizationRecord | undefined> {
      const row = await db
        .selectFrom('organizations')
        .select(COLUMNS)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toOrganization(row);
    },

    /** The organisation an inbound email is addressed to. */
    async byMailbox(mailbox: string): Promise<OrganizationRecord | undefined> {
      const row = await db
        .selectFrom('organizations')
        .select(COLUMNS)
        .where('inbound_mailbox', '=', mailbox.toLowerCase())
        .executeTakeFirst();
      return row && toOrganization(row);
    },

    async list(): Promise<OrganizationRecord[]> {
      const rows = await db
        .selectFrom('organizations')
        .select(COLUMNS)
        .orderBy('created_at')
        .execute();
      return rows.map(toOrganization);
    },

    async update(
      id: string,
      change: {
        name?: string | undefined;
        followUpAfterHours?: number | undefined;
        surveyTiming?: SurveyTiming | undefined;
      },
    ): Promise<void> {
      await db
        .updateTable('organizations')
        .set({
          ...(change.name !== undefined && { name: change.name }),
          ...(change.followUpAfterHours !== undefined && {
            follow_up_after_hours: change.followUpAfterHours,
          }),
          ...(change.surveyTiming !== undefined && { survey_timing: change.surveyTiming }),
        })
        .where('id', '=', id)
        .execute();
    },

    /** Hands out the next human-friendly situation number (#1, #2, …) atomically. */
    /** Numbers the next situation; hands back the organisation's default playbook on the way. */
    async nextSituationNumber(
      id: string,
    ): Promise<{ number: number; defaultPlaybookId: string | null }> {
      const [row] = await nextNumber(db, dialect, { id });
      return {
        number: Number(row!.situation_counter),
        defaultPlaybookId: row!.default_playbook_id,
      };
    },
  };
}

const COLUMNS = [
  'id',
  'name',
  'created_at',
  'follow_up_after_hours',
  'survey_timing',
  'inbound_mailbox',
] as const;

function toOrganization(r: {
  id: string;
  name: string;
  created_at: string;
  follow_up_after_hours: number;
  survey_timing: string;
  inbound_mailbox: string | null;
}): OrganizationRecord {
  return {
    id: r.id,
    name: r.name,
    createdAt: r.created_at,
    followUpAfterHours: Number(r.follow_up_after_hours),
    surveyTiming: (SURVEY_TIMINGS as readonly string[]).includes(r.survey_timing)
      ? (r.survey_timing as SurveyTiming)
      : DEFAULT_SURVEY_TIMING,
    inboundMailbox: r.inbound_mailbox ?? '',
  };
}
