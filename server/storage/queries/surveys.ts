import type { Kysely } from 'kysely';
import type { SurveyAnswer } from '../../../domain/situation/survey';
import type { DB, SurveysTable } from '../schema';

export interface SurveyRecord {
  id: string;
  organizationId: string;
  situationId: string;
  /** Where it was (or will be) emailed; null for a link handed over another way. */
  to: string | null;
  createdAt: string;
  createdBy: string | null;
  expiresAt: string;
  sentAt: string | null;
  answeredAt: string | null;
  answer: SurveyAnswer | null;
}

function toSurvey(r: SurveysTable): SurveyRecord {
  return {
    id: r.id,
    organizationId: r.organization_id,
    situationId: r.situation_id,
    to: r.to_email,
    createdAt: r.created_at,
    createdBy: r.created_by,
    expiresAt: r.expires_at,
    sentAt: r.sent_at,
    answeredAt: r.answered_at,
    answer:
      r.answered_at && r.score !== null
        ? {
            putRight: r.put_right as SurveyAnswer['putRight'],
            score: Number(r.score),
            comeBack: r.come_back as SurveyAnswer['comeBack'],
            comment: r.comment,
          }
        : null,
  };
}

export function surveyQueries(db: Kysely<DB>) {
  return {
    async insert(s: Omit<SurveyRecord, 'sentAt' | 'answeredAt' | 'answer'>): Promise<void> {
      await db
        .insertInto('surveys')
        .values({
          id: s.id,
          organization_id: s.organizationId,
          situation_id: s.situationId,
          to_email: s.to,
          created_at: s.createdAt,
          created_by: s.createdBy,
          expires_at: s.expiresAt,
        })
        .execute();
    },

    /** By id alone: the public page knows no organisation, only a signed link. */
    async byId(id: string): Promise<SurveyRecord | undefined> {
      const row = await db
        .selectFrom('surveys')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toSurvey(row);
    },

    async forSituation(organizationId: string, situationId: string): Promise<SurveyRecord[]> {
      const rows = await db
        .selectFrom('surveys')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('situation_id', '=', situationId)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(toSurvey);
    },

    /** Marks it emailed; false when it already was (a retried job sends nothing twice). */
    async markSent(id: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('surveys')
        .set({ sent_at: at })
        .where('id', '=', id)
        .where('sent_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Stores the answer unless one is there already: one answer per link, whoever is first. */
    async answer(id: string, answer: SurveyAnswer, at: string): Promise<boolean> {
      const result = await db
        .updateTable('surveys')
        .set({
          answered_at: at,
          put_right: answer.putRight,
          score: answer.score,
          come_back: answer.comeBack,
          comment: answer.comment,
        })
        .where('id', '=', id)
        .where('answered_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
