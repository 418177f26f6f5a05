/**
 * Inbound email addresses. An organisation's address is `<mailbox>@<domain>`; a reply to a
 * situation can also come to `<mailbox>+<number>-<signature>@<domain>`, which names the
 * situation even when the mail program dropped the threading headers. The signature (made by
 * the server, which holds the key) stops anyone from posting into a situation by guessing its
 * number.
 */

const MAX_SLUG = 24;

/** A mailbox name from the organisation's name and a few characters that make it unique. */
export function mailboxName(organizationName: string, uniqueSuffix: string): string {
  const slug =
    organizationName
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_SLUG)
      .replace(/-+$/, '') || 'desk';
  return `${slug}-${uniqueSuffix.toLowerCase()}`;
}

export interface InboundTarget {
  mailbox: string;
  /** The situation the address names, when it carries a token. */
  situation: { number: number; signature: string } | null;
}

/**
 * Reads a recipient address. Null when it is not one of ours in form (another domain, no
 * local part); whether the mailbox exists is for the caller to find out.
 */
export function parseInboundAddress(address: string, domain: string): InboundTarget | null {
  const at = address.lastIndexOf('@');
  if (at <= 0) return null;
  if (address.slice(at + 1).toLowerCase() !== domain.toLowerCase()) return null;
  const local = address.slice(0, at).toLowerCase();
  const plus = local.indexOf('+');
  if (plus < 0) return { mailbox: local, situation: null };
  const mailbox = local.slice(0, plus);
  const match = /^(\d{1,9})-([0-9a-f]{10,64})$/.exec(local.slice(plus + 1));
  return {
    mailbox,
    situation: match ? { number: Number(match[1]), signature: match[2]! } : null,
  };
}

export function situationAddress(
  mailbox: string,
  domain: string,
  situationNumber: number,
  signature: string,
): string {
  return `${mailbox}+${situationNumber}-${signature}@${domain}`;
}
