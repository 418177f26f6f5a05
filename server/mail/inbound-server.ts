import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import type { Deps } from '../app/deps';
import {
  findRecipient,
  receiveEmail,
  type InboundEmail,
  type Recipient,
} from '../app/receive-email';

export interface InboundServer {
  port: number;
  close(): Promise<void>;
}

interface Logger {
  info(object: unknown, message?: string): void;
  warn(object: unknown, message?: string): void;
}

/** More recipients than this in one message is not a customer writing in. */
const MAX_RECIPIENTS = 10;

/** An SMTP refusal: the code and enhanced status the sending server is told. */
function refusal(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * The SMTP listener for mail in (`INBOUND_SMTP_PORT`): it takes mail for the organisations'
 * addresses and hands each message to receive-email.ts. It means to sit behind the domain's
 * mail server (which does TLS, spam and sender checks) and answers it in SMTP's own terms:
 * 550 for an address nobody has, 552 for a message over the size limit, 554 for one that
 * cannot be read, 451 (try again later) when storing it failed. A refused message stores
 * nothing.
 */
export async function startInboundServer(
  deps: Deps,
  options: { port: number; host: string; maxBytes: number; logger: Logger },
): Promise<InboundServer> {
  const recipients = new Map<string, Recipient[]>();

  const server = new SMTPServer({
    banner: 'Turnaround mail in',
    size: options.maxBytes,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onMailFrom(_address, session, callback) {
      // A new message on the same connection starts with no recipients.
      recipients.delete(session.id);
      callback();
    },
    onRcptTo(address, session, callback) {
      const list = recipients.get(session.id) ?? [];
      if (list.length >= MAX_RECIPIENTS) return callback(refusal(452, '4.5.3 Too many recipients'));
      findRecipient(deps, address.address).then(
        (recipient) => {
          if (!recipient) return callback(refusal(550, '5.1.1 No such mailbox here'));
          recipients.set(session.id, [...list, recipient]);
          callback();
        },
        (error: unknown) => {
          options.logger.warn({ err: error }, 'mail in: looking up a recipient failed');
          callback(refusal(451, '4.3.0 Temporary failure, try again later'));
        },
      );
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        // Past the limit the rest is read and dropped: the answer is 552 either way.
        if (!stream.sizeExceeded) chunks.push(chunk);
      });
      stream.on('end', () => {
        const forThis = recipients.get(session.id) ?? [];
        recipients.delete(session.id);
        if (stream.sizeExceeded)
          return callback(
            refusal(552, `5.3.4 Message too big: the limit is ${options.maxBytes} bytes`),
          );
        void accept(Buffer.concat(chunks), forThis, session).then(
          (message) => callback(null, message),
          (error: Error) => callback(error),
        );
      });
    },
    onClose(session) {
      recipients.delete(session.id);
    },
  });
  server.on('error', (error) => options.logger.warn({ err: error }, 'mail in: connection error'));

  async function accept(raw: Buffer, forThis: Recipient[], session: SMTPServerSession) {
    let parsed: ParsedMail;
    try {
      parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
    } catch {
      throw refusal(554, '5.6.0 The message could not be read');
    }
    const mail = readable(parsed);
    if (!mail) throw refusal(554, '5.6.0 The message has no readable From address or no text');
    // One organisation hears a message once, however many of its addresses it went to.
    const byOrganization = new Map(forThis.map((r) => [r.organization.id, r]));
    try {
      for (const recipient of byOrganization.values()) {
        const received = await receiveEmail(deps, recipient, mail);
        options.logger.info(
          { organizationId: recipient.organization.id, ...received, client: session.remoteAddress },
          'mail in: received',
        );
      }
    } catch (error) {
      options.logger.warn({ err: error }, 'mail in: storing a message failed');
      throw refusal(451, '4.3.0 Temporary failure, try again later');
    }
    return 'Received by Turnaround';
  }

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const address = server.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : options.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The parts of a parsed message Turnaround keeps, or null when it has no sender or no text. */
function readable(parsed: ParsedMail): InboundEmail | null {
  const fromList = parsed.from?.value ?? [];
  const from = fromList[0];
  const address = from?.address?.trim();
  if (!address || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) return null;
  const text =
    parsed.text?.trim() || (typeof parsed.html === 'string' ? htmlToPlain(parsed.html) : '') || '';
  if (!text && !parsed.attachments.length) return null;
  return {
    from: { address, name: from?.name?.trim() || null },
    subject: parsed.subject?.trim() || null,
    text: text || '(no text, only attachments)',
    messageId: parsed.messageId ?? null,
    inReplyTo: parsed.inReplyTo ?? null,
    references: referencesOf(parsed.references),
    attachments: parsed.attachments.map((a) => ({
      filename: a.filename ?? null,
      contentType: a.contentType || 'application/octet-stream',
      content: a.content,
    })),
  };
}

function referencesOf(references: string | string[] | undefined): string[] {
  if (!references) return [];
  return (Array.isArray(references) ? references : references.split(/\s+/)).filter(Boolean);
}

/** Enough of an HTML-only message to read: tags out, entities for the common characters. */
function htmlToPlain(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
