import { analyze } from '../../domain/coach/analyze';
import { parseInboundAddress, type InboundTarget } from '../../domain/mail/inbound-address';
import { titleFromSubject, withoutQuotedReply } from '../../domain/mail/reply-text';
import type { MessageLoggedData } from '../../domain/situation/situation';
import { MOODS, type Mood } from '../../domain/situation/vocabulary';
import type { OrganizationRecord, SituationRecord } from '../storage/records';
import type { Store } from '../storage/store';
import { coachReading } from './coach-context';
import { nowIso, type Deps } from './deps';
import { isGenuineToken } from './inbound-address';
import { loadPlaybook } from './load-playbook';
import { loadSituation } from './load-situation';
import { openSituationIn } from './open-situation';
import { recordSituationEvent } from './record-situation-event';
import { reopenOnTheirWord } from './reopen-on-their-word';

/** Larger files are listed on the timeline as not kept; the message itself still lands. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Moods in which a message on a resolved or closed situation reopens it. */
const UPSET = new Set(['upset', 'angry']);
/** What the timeline keeps of one message's text. */
const MAX_TEXT = 20_000;

export interface InboundEmail {
  from: { address: string; name: string | null };
  subject: string | null;
  text: string;
  messageId: string | null;
  inReplyTo: string | null;
  /** Oldest first, as in the header. */
  references: string[];
  attachments: Array<{ filename: string | null; contentType: string; content: Buffer }>;
}

export interface Recipient {
  organization: OrganizationRecord;
  target: InboundTarget;
}

/**
 * Whose mail an address is: the organisation with that mailbox, or null (the listener then
 * refuses the recipient, 550).
 */
export async function findRecipient(deps: Deps, address: string): Promise<Recipient | null> {
  const domain = deps.config.inboundDomain;
  const target = domain ? parseInboundAddress(address, domain) : null;
  if (!target) return null;
  const organization = await deps.storage.read.organizations.byMailbox(target.mailbox);
  return organization ? { organization, target } : null;
}

export type Received =
  | { outcome: 'opened' | 'joined'; situationId: string }
  | { outcome: 'duplicate'; situationId: string };

/**
 * An email for the organisation. A reply (its In-Reply-To or References name a message of
 * the thread, or its address carries the situation's token) joins that situation's timeline;
 * anything else opens a new situation, from a party found by the sender's address or created
 * for it. Either way the message goes on the timeline with the coach's reading of its mood,
 * and its attachments are kept (within MAX_ATTACHMENT_BYTES each); on a resolved or closed
 * situation, a message the coach reads as a complaint or as upset reopens it. All in one transaction:
 * a failure leaves nothing behind, and the same message delivered twice lands once.
 */
export async function receiveEmail(
  deps: Deps,
  recipient: Recipient,
  mail: InboundEmail,
): Promise<Received> {
  const organizationId = recipient.organization.id;
  return deps.storage.transaction(async (store) => {
    const known = mail.messageId
      ? await store.mail.situationOfThread(organizationId, [mail.messageId])
      : null;
    if (known) return { outcome: 'duplicate', situationId: known };

    const words = withoutQuotedReply(mail.text).slice(0, MAX_TEXT);
    const existing = await situationOfMail(deps, store, recipient, mail);
    const situation =
      existing ?? (await openFromEmail(deps, store, recipient.organization, mail, words));

    const at = nowIso(deps);
    const attachments: NonNullable<MessageLoggedData['attachments']> = [];
    const attachmentsNotKept: NonNullable<MessageLoggedData['attachmentsNotKept']> = [];
    for (const file of mail.attachments) {
      const filename = (file.filename ?? 'attachment').slice(0, 200);
      if (file.content.length > MAX_ATTACHMENT_BYTES) {
        attachmentsNotKept.push({ filename, size: file.content.length });
        continue;
      }
      const id = deps.newId();
      await store.mail.insertAttachment({
        id,
        organizationId,
        situationId: situation.id,
        filename,
        contentType: file.contentType.slice(0, 200),
        size: file.content.length,
        content: file.content,
        createdAt: at,
      });
      attachments.push({ id, filename, contentType: file.contentType, size: file.content.length });
    }

    const playbook = await loadPlaybook(store, {
      id: situation.playbookId,
      version: situation.playbookVersion,
    });
    const coach = coachReading(situation, playbook, words, 'customer');
    const logged = await recordSituationEvent(deps, store, situation, {
      type: 'message_logged',
      situationId: situation.id,
      at,
      actorId: null,
      data: {
        direction: 'in',
        text: words,
        coach,
        received: {
          from: mail.from.address,
          name: mail.from.name,
          subject: mail.subject,
          messageId: mail.messageId,
        },
        ...(attachments.length && { attachments }),
        ...(attachmentsNotKept.length && { attachmentsNotKept }),
      },
    });
    // Writing again after it was put right is not news when it is a thank-you; when the coach
    // reads a complaint or anger, the fix did not hold and the situation is open again.
    if (logged.status !== 'open' && (coach.complaint || UPSET.has(coach.mood.label))) {
      await reopenOnTheirWord(
        deps,
        store,
        logged,
        playbook,
        'They wrote again by email, and it is not a thank-you.',
      );
    }
    if (mail.messageId)
      await store.mail.rememberMessage({
        organizationId,
        messageId: mail.messageId,
        situationId: situation.id,
        direction: 'in',
        createdAt: at,
      });
    return { outcome: existing ? 'joined' : 'opened', situationId: situation.id };
  });
}

/** The situation a message continues: by its address's token, else by its thread. */
async function situationOfMail(
  deps: Deps,
  store: Store,
  { organization, target }: Recipient,
  mail: InboundEmail,
): Promise<SituationRecord | null> {
  if (
    target.situation &&
    isGenuineToken(deps, organization.id, target.situation.number, target.situation.signature)
  ) {
    const id = await store.situations.idByNumber(organization.id, target.situation.number);
    if (id) return loadSituation(store, organization.id, id);
  }
  const thread = [...(mail.inReplyTo ? [mail.inReplyTo] : []), ...[...mail.references].reverse()];
  const id = await store.mail.situationOfThread(organization.id, thread);
  return id ? loadSituation(store, organization.id, id) : null;
}

async function openFromEmail(
  deps: Deps,
  store: Store,
  organization: OrganizationRecord,
  mail: InboundEmail,
  words: string,
): Promise<SituationRecord> {
  const email = mail.from.address.toLowerCase();
  let party = await store.parties.byEmail(organization.id, email);
  if (!party) {
    const at = nowIso(deps);
    const record = {
      id: deps.newId(),
      organizationId: organization.id,
      kind: 'customer' as const,
      name: (mail.from.name?.trim() || email.split('@')[0] || email).slice(0, 200),
      email,
      phone: null,
      notes: null,
      tags: [],
      createdAt: at,
      updatedAt: at,
    };
    await store.parties.insert(record);
    party = { ...record, situationCount: 0 };
  }
  const mood = analyze(words, { role: 'customer', toUs: true }).mood.label;
  return openSituationIn(
    deps,
    store,
    organization.id,
    { userId: null, name: null },
    {
      title: titleFromSubject(mail.subject) ?? `Email from ${party.name}`,
      account: words,
      channel: 'email',
      partyId: party.id,
      mood: (MOODS as readonly string[]).includes(mood) ? (mood as Mood) : null,
      ownerId: null,
    },
  );
}
