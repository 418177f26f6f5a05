import { describe, expect, it } from 'vitest';
import { mailboxName, parseInboundAddress, situationAddress } from './inbound-address';

describe('inbound addresses', () => {
  it('names a mailbox after the organisation, plainly', () => {
    expect(mailboxName('Bramble Bistro & Salon', 'X7K2QA')).toBe('bramble-bistro-salon-x7k2qa');
    expect(mailboxName('Café Zoë', 'abc123')).toBe('cafe-zoe-abc123');
    expect(mailboxName('株式会社', 'abc123')).toBe('desk-abc123');
    expect(mailboxName('A very long organisation name that goes on', '1')).toBe(
      'a-very-long-organisation-1',
    );
  });

  it('reads the mailbox and, when there is one, the situation token', () => {
    expect(parseInboundAddress('Bramble-x7@Desk.Example', 'desk.example')).toEqual({
      mailbox: 'bramble-x7',
      situation: null,
    });
    const address = situationAddress('bramble-x7', 'desk.example', 42, 'a1b2c3d4e5f6');
    expect(parseInboundAddress(address, 'desk.example')).toEqual({
      mailbox: 'bramble-x7',
      situation: { number: 42, signature: 'a1b2c3d4e5f6' },
    });
    // A tag that is not a token still reaches the mailbox, as a new thread.
    expect(parseInboundAddress('bramble-x7+newsletter@desk.example', 'desk.example')).toEqual({
      mailbox: 'bramble-x7',
      situation: null,
    });
    expect(parseInboundAddress('bramble-x7@elsewhere.example', 'desk.example')).toBeNull();
    expect(parseInboundAddress('@desk.example', 'desk.example')).toBeNull();
    expect(parseInboundAddress('no-at-sign', 'desk.example')).toBeNull();
  });
});
