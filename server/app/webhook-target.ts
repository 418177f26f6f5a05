import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { DomainError } from '../../domain/shared/domain-error';
import type { Deps } from './deps';

/**
 * Addresses inside the server's own network: loopback, private ranges, link-local (where
 * cloud metadata services answer), carrier-grade NAT, multicast and reserved. One
 * organisation's owner must not be able to make this server post into them — unless the
 * deployment says so (WEBHOOKS_ALLOW_PRIVATE, for a desk that posts to a chat server on its
 * own network).
 */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  PRIVATE.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(network, prefix, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4');
  const family = isIP(address);
  if (family === 0) return false;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

const NOT_ALLOWED =
  'This address points inside the server’s own network; webhooks go to addresses on the internet (the server’s operator can allow private ones with WEBHOOKS_ALLOW_PRIVATE=true).';

/** On registering: a URL that names a private address or this machine is refused at once. */
export function checkWebhookUrl(deps: Pick<Deps, 'config'>, url: string): void {
  if (deps.config.webhooksAllowPrivate) return;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || isPrivateAddress(host))
    throw new DomainError('VALIDATION', 'Choose another address.', [
      { path: 'url', message: NOT_ALLOWED },
    ]);
}

/**
 * On delivering: the name is resolved now (it may have changed since it was registered), and
 * a name that leads to a private address is not posted to.
 */
export async function refusalForTarget(
  deps: Pick<Deps, 'config'>,
  url: string,
): Promise<string | null> {
  if (deps.config.webhooksAllowPrivate) return null;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host)
    ? [host]
    : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  return addresses.some(isPrivateAddress)
    ? `Not posted: ${host} leads to an address inside the server’s own network.`
    : null;
}
