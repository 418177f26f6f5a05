/**
 * The browser suite's mail server: a real SMTP server on loopback that the app sends to
 * (SMTP_URL in playwright.config.ts). Each message it accepts is appended, parsed, to
 * .e2e-mail/mail.jsonl for the tests to read.
 */
import { appendFileSync, mkdirSync, rmSync } from 'node:fs';
import { smtpReceiver } from '../server/test/smtp-receiver';

const PORT = Number(process.env.SMTP_SINK_PORT ?? 2599);
const FILE = '.e2e-mail/mail.jsonl';
rmSync('.e2e-mail', { recursive: true, force: true });
mkdirSync('.e2e-mail', { recursive: true });

await smtpReceiver({
  port: PORT,
  onMessage: (mail) =>
    appendFileSync(
      FILE,
      `${JSON.stringify({
        to: mail.to && !Array.isArray(mail.to) ? mail.to.text : '',
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
        inReplyTo: mail.inReplyTo ?? null,
      })}\n`,
    ),
});
console.log(`SMTP sink on 127.0.0.1:${PORT}`);
