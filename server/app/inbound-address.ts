import { timingSafeEqual } from 'node:crypto';
import { situationAddress } from '../../domain/mail/inbound-address';
import type { OrganizationRecord } from '../storage/records';
import type { Deps } from './deps';

/** The organisation's inbound address, or null when mail in is not set up. */
export function organizationAddress(
  deps: Pick<Deps, 'config'>,
  organization: Pick<OrganizationRecord, 'inboundMailbox'>,
): string | null {
  const domain = deps.config.inboundDomain;
  return domain && organization.inboundMailbox ? `${organization.inboundMailbox}@${domain}` : null;
}

/**
 * The address replies about one situation come back to (used as Reply-To on what we send),
 * or null when mail in is not set up.
 */
export function situationReplyAddress(
  deps: Pick<Deps, 'config' | 'secrets'>,
  organization: Pick<OrganizationRecord, 'id' | 'inboundMailbox'>,
  situationNumber: number,
): string | null {
  const domain = deps.config.inboundDomain;
  if (!domain || !organization.inboundMailbox) return null;
  return situationAddress(
    organization.inboundMailbox,
    domain,
    situationNumber,
    signature(deps, organization.id, situationNumber),
  );
}

/** Whether an address's situation token was made by this server for this organisation. */
export function isGenuineToken(
  deps: Pick<Deps, 'secrets'>,
  organizationId: string,
  situationNumber: number,
  given: string,
): boolean {
  const expected = Buffer.from(signature(deps, organizationId, situationNumber));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

function signature(deps: Pick<Deps, 'secrets'>, organizationId: string, number: number): string {
  // 48 bits of HMAC: an address stays short enough to read, and guessing one is hopeless.
  return deps.secrets.digest(`inbound:${organizationId}:${number}`).slice(0, 12);
}
