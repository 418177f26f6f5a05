import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Our own Message-ID for it, so the next message can thread on it. */
  messageId?: string;
  /** Threading: the message this one answers, and the thread it belongs to. */
  inReplyTo?: string;
  references?: string[];
  /** Where answers should go: the situation's inbound address, when mail in is set up. */
  replyTo?: string;
}

export interface Mailer {
  /** Sends one message; resolves with its Message-ID once the SMTP server accepted it. */
  send(mail: OutgoingMail): Promise<string>;
  close(): void;
}

/**
 * Email out over SMTP (`SMTP_URL`, e.g. smtp://user:pass@mail.example.com:587). Without it
 * Turnaround sends nothing and says so where it matters; it never pretends.
 */
export function smtpMailer(smtpUrl: string, from: string): Mailer {
  // Bounded waits: a send either finishes or fails within a couple of minutes, which is what
  // lets a reply claimed by a runner that stopped be taken up again (deliver-reply.ts).
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    async send(mail) {
      const info = await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.messageId && { messageId: mail.messageId }),
        ...(mail.inReplyTo && { inReplyTo: mail.inReplyTo }),
        ...(mail.references?.length && { references: mail.references }),
        ...(mail.replyTo && { replyTo: mail.replyTo }),
      });
      return info.messageId;
    },
    close() {
      transport.close();
    },
  };
}

/** The sender address: MAIL_FROM, or turnaround@ the public host. */
export function defaultFrom(publicUrl: string): string {
  return `Turnaround <turnaround@${new URL(publicUrl).hostname}>`;
}
