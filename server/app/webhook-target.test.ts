import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, isPrivateAddress, refusalForTarget } from './webhook-target';

const strict = { config: { webhooksAllowPrivate: false } } as Parameters<typeof checkWebhookUrl>[0];
const open = { config: { webhooksAllowPrivate: true } } as Parameters<typeof checkWebhookUrl>[0];

describe('where webhooks may post', () => {
  it('knows the addresses inside a network', () => {
    for (const inside of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.5',
      '192.168.1.10',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
    ])
      expect(isPrivateAddress(inside), inside).toBe(true);
    for (const outside of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111'])
      expect(isPrivateAddress(outside), outside).toBe(false);
  });

  it('refuses a URL naming this machine or a private address, unless the deployment allows it', () => {
    for (const url of [
      'http://localhost:8080/hook',
      'http://127.0.0.1/hook',
      'http://[::1]/hook',
      'http://169.254.169.254/latest/meta-data',
      'https://api.localhost/hook',
    ]) {
      expect(() => checkWebhookUrl(strict, url), url).toThrow(/Choose another address/);
      expect(() => checkWebhookUrl(open, url)).not.toThrow();
    }
    expect(() => checkWebhookUrl(strict, 'https://hooks.slack.com/services/T0/B0/x')).not.toThrow();
  });

  it('does not post to a name that resolves inside the network', async () => {
    expect(await refusalForTarget(strict, 'http://localhost:9/hook')).toMatch(/inside the server/);
    expect(await refusalForTarget(strict, 'http://10.0.0.8/hook')).toMatch(/inside the server/);
    expect(await refusalForTarget(open, 'http://localhost:9/hook')).toBeNull();
  });
});
