import { DomainError } from '../../domain/shared/domain-error';
import type { AttachmentRecord } from '../storage/queries/mail';
import type { Actor, Deps } from './deps';

/** A file that came with an email, for a member of the organisation whose situation it is on. */
export async function readAttachment(
  deps: Deps,
  actor: Actor,
  situationId: string,
  attachmentId: string,
): Promise<AttachmentRecord & { content: Buffer }> {
  const file = await deps.storage.read.mail.attachment(
    actor.organizationId,
    situationId,
    attachmentId,
  );
  if (!file) throw new DomainError('NOT_FOUND', 'There is no such attachment.');
  return file;
}
