import type { Kysely } from 'kysely';
import type { DB, RepliesTable } from '../schema';

export type ReplyStatus = 'held' | 'sending' | 'sent' | 'cancelled';

export interface ReplyRecord {
  id: string;
  organizationId: string;
  situationId: string;
  text: string;
  to: string;
  subject: string;
  status: ReplyStatus;
  sendAt: string;
  coolDownReason: string | null;
  sentAt: string | null;
  messageId: string | null;
  error: string | null;
  createdBy: string | null;
  createdAt: string;
  /** When a runner took it to send; set while it is "sending". */
  claimedAt: string | null;
}

function toReply(r: RepliesTable): ReplyRecord {
  return {
    id: r.id,
    organizationId: r.organization_id,
    situationId: r.situation_id,
    text: r.text,
    to: r.to_email,
    subject: r.subject,
    status: r.status as ReplyStatus,
    sendAt: r.send_at,
    coolDownReason: r.cool_down_reason,
    sentAt: r.sent_at,
    messageId: r.message_id,
    error: r.error,
    createdBy: r.created_by,
    createdAt: r.created_at,
    claimedAt: r.claimed_at,
  };
}

export function replyQueries(db: Kysely<DB>) {
  return {
    async insert(r: ReplyRecord): Promise<void> {
      await db
        .insertInto('replies')
        .values({
          id: r.id,
          organization_id: r.organizationId,
          situation_id: r.situationId,
          text: r.text,
          to_email: r.to,
          subject: r.subject,
          status: r.status,
          send_at: r.sendAt,
          cool_down_reason: r.coolDownReason,
          sent_at: r.sentAt,
          message_id: r.messageId,
          error: r.error,
          created_by: r.createdBy,
          created_at: r.createdAt,
        })
        .execute();
    },

    async byId(organizationId: string, id: string): Promise<ReplyRecord | undefined> {
      const row = await db
        .selectFrom('replies')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toReply(row);
    },

    /** A situation's replies, oldest first: the email thread as it stands. */
    async ofSituation(organizationId: string, situationId: string): Promise<ReplyRecord[]> {
      const rows = await db
        .selectFrom('replies')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('situation_id', '=', situationId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toReply);
    },

    /**
     * Moves a reply on from `from` only if it is still there: a reply taken back and sent in
     * the same instant ends one way, never both.
     */
    async transition(
      organizationId: string,
      id: string,
      from: ReplyStatus,
      change: Partial<
        Pick<ReplyRecord, 'status' | 'sendAt' | 'sentAt' | 'messageId' | 'error' | 'claimedAt'>
      >,
    ): Promise<boolean> {
      const result = await db
        .updateTable('replies')
        .set({
          ...(change.status !== undefined && { status: change.status }),
          ...(change.sendAt !== undefined && { send_at: change.sendAt }),
          ...(change.sentAt !== undefined && { sent_at: change.sentAt }),
          ...(change.messageId !== undefined && { message_id: change.messageId }),
          ...(change.error !== undefined && { error: change.error }),
          ...(change.claimedAt !== undefined && { claimed_at: change.claimedAt }),
        })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .where('status', '=', from)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /**
     * Takes up a reply left "sending" by a runner that stopped before it finished (claimed
     * before `staleBefore`); false when it is not, or another runner took it up first.
     */
    async reclaim(
      organizationId: string,
      id: string,
      staleBefore: string,
      now: string,
    ): Promise<boolean> {
      const result = await db
        .updateTable('replies')
        .set({ claimed_at: now })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .where('status', '=', 'sending')
        .where((eb) => eb.or([eb('claimed_at', 'is', null), eb('claimed_at', '<', staleBefore)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
