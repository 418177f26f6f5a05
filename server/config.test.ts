import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('has working defaults and keeps a generated session secret in DATA_DIR', () => {
    const dir = mkdtempSync(join(tmpdir(), 'turnaround-config-'));
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      secureCookies: false,
      allowSignup: false,
    });
    expect(config.publicUrl).toBe('http://127.0.0.1:3000');
    expect(readFileSync(join(dir, 'session-secret'), 'utf8')).toBe(config.sessionSecret);
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(config.sessionSecret);
  });

  it('uses secure cookies when the public URL is https', () => {
    const config = loadConfig({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'tc-')),
      PUBLIC_URL: 'https://desk.example.com/',
    });
    expect(config.secureCookies).toBe(true);
    expect(config.publicUrl).toBe('https://desk.example.com');
  });

  it('stops with a message naming each bad variable', () => {
    expect(() =>
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' }),
    ).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/DATABASE_URL/);
    }
  });

  it('takes mail in at the public host unless told another domain, and only when a port is set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-'));
    const base = { DATA_DIR: dir, PUBLIC_URL: 'https://Desk.Example.com' };
    expect(loadConfig(base).inboundDomain).toBeNull();
    expect(loadConfig({ ...base, INBOUND_SMTP_PORT: '2525' })).toMatchObject({
      inboundSmtpPort: 2525,
      inboundDomain: 'desk.example.com',
      inboundMaxBytes: 25 * 1024 * 1024,
    });
    expect(
      loadConfig({ ...base, INBOUND_SMTP_PORT: '2525', INBOUND_DOMAIN: 'Mail.Example.org' })
        .inboundDomain,
    ).toBe('mail.example.org');
    expect(() => loadConfig({ ...base, INBOUND_DOMAIN: 'not a domain' })).toThrow(/INBOUND_DOMAIN/);
    expect(() => loadConfig({ ...base, INBOUND_MAX_MB: '0' })).toThrow(/INBOUND_MAX_MB/);
  });
});
