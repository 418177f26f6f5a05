import { describe, expect, it } from 'vitest';
import { titleFromSubject, withoutQuotedReply } from './reply-text';

describe('the words of an email reply', () => {
  it('drops the quoted earlier message under the common reply lines', () => {
    expect(
      withoutQuotedReply(
        'Still no cake.\r\nThis is not good enough!\r\n\r\nOn Mon, 23 Nov 2026 at 10:02, Bramble Bistro <desk@bramble.test> wrote:\r\n> We are so sorry\r\n> about the cake.',
      ),
    ).toBe('Still no cake.\nThis is not good enough!');
    expect(
      withoutQuotedReply(
        'Thanks, that works.\n\nOn Mon, 23 Nov 2026 at 10:02, Bramble Bistro\n<desk@bramble.test> wrote:\n> hello',
      ),
    ).toBe('Thanks, that works.');
    expect(withoutQuotedReply('Fine.\n-----Original Message-----\nFrom: desk')).toBe('Fine.');
  });

  it('keeps quoted lines when they are all there is, and "on" sentences that are not reply lines', () => {
    expect(withoutQuotedReply('> only a quote')).toBe('> only a quote');
    expect(withoutQuotedReply('On the phone you said Tuesday.\nIt is Friday.')).toBe(
      'On the phone you said Tuesday.\nIt is Friday.',
    );
  });

  it('makes a title of a subject without Re: and Fwd:', () => {
    expect(titleFromSubject('Re: RE: Fwd: Wrong name on the cake')).toBe('Wrong name on the cake');
    expect(titleFromSubject('AW[2]: Rechnung falsch')).toBe('Rechnung falsch');
    expect(titleFromSubject('   ')).toBeNull();
    expect(titleFromSubject(undefined)).toBeNull();
  });
});
