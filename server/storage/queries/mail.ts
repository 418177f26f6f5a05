import type { Kysely } from 'kysely';
import type { DB } from '../schema';

export interface AttachmentRecord {
  id: string;
  organizationId: string;
  situationId: string;
  filename: string;
  contentType: string;
  size: number;
  createdAt: string;
}

/** Email threads (Message-IDs in and out, by situation) and the attachments mail brought. */
export function mailQueries(db: Kysely<DB>) {
  return {
    async rememberMessage(m: {
      organizationId: string;
      messageId: string;
      situationId: string;
      direction: 'in' | 'out';
      createdAt: string;
    }): Promise<void> {
      await db
        .insertInto('email_messages')
        .values({
          organization_id: m.organizationId,
          message_id: m.messageId,
          situation_id: m.situationId,
          direction: m.direction,
          created_at: m.createdAt,
        })
        .onConflict((oc) => oc.columns(['organization_id', 'message_id']).doNothing())
        .execute();
    },

    /** The situation a message belongs to, from the first of its Message-IDs we know. */
    async situationOfThread(organizationId: string, messageIds: string[]): Promise<string | null> {
      if (!messageIds.length) return null;
      const rows = await db
        .selectFrom('email_messages')
        .select(['message_id', 'situation_id'])
        .where('organization_id', '=', organizationId)
        .where('message_id', 'in', messageIds)
        .execute();
      // The nearest ancestor wins: In-Reply-To first, then References from the newest.
      for (const id of messageIds) {
        const row = rows.find((r) => r.message_id === id);
        if (row) return row.situation_id;
      }
      return null;
    },

    /** Every Message-ID of the situation's email conversation, oldest first. */
    async thread(
      organizationId: string,
      situationId: string,
    ): Promise<Array<{ messageId: string; at: string }>> {
      const rows = await db
        .selectFrom('email_messages')
        .select(['message_id', 'created_at'])
        .where('organization_id', '=', organizationId)
        .where('situation_id', '=', situationId)
        .orderBy('created_at')
        .execute();
      return rows.map((r) => ({ messageId: r.message_id, at: r.created_at }));
    },

    async insertAttachment(a: AttachmentRecord & { content: Buffer }): Promise<void> {
      await db
        .insertInto('attachments')
        .values({
          id: a.id,
          organization_id: a.organizationId,
          situation_id: a.situationId,
          filename: a.filename,
          content_type: a.contentType,
          size: a.size,
          content: a.content,
          created_at: a.createdAt,
        })
        .execute();
    },

    async attachment(
      organizationId: string,
      situationId: string,
      id: string,
    ): Promise<(AttachmentRecord & { content: Buffer }) | undefined> {
      const r = await db
        .selectFrom('attachments')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('situation_id', '=', situationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return (
        r && {
          id: r.id,
          organizationId: r.organization_id,
          situationId: r.situation_id,
          filename: r.filename,
          contentType: r.content_type,
          size: Number(r.size),
          content: Buffer.from(r.content),
          createdAt: r.created_at,
        }
      );
    },
  };
}
