import { describe, expect, it } from 'vitest';
import { describeAnswer, isLowScore, surveyExpiresAt, surveyState } from './survey';

describe('surveys', () => {
  it('calls an answer low at 1 or 2, or when we did not put it right, whatever the rating', () => {
    expect(isLowScore({ score: 1, putRight: 'yes' })).toBe(true);
    expect(isLowScore({ score: 2, putRight: 'partly' })).toBe(true);
    expect(isLowScore({ score: 3, putRight: 'partly' })).toBe(false);
    expect(isLowScore({ score: 5, putRight: 'no' })).toBe(true);
    expect(isLowScore({ score: 4, putRight: 'yes' })).toBe(false);
  });

  it('keeps a link open for 14 days, then expired; answered wins over expired', () => {
    const created = '2026-11-01T10:00:00.000Z';
    const expiresAt = surveyExpiresAt(created);
    expect(expiresAt).toBe('2026-11-15T10:00:00.000Z');
    expect(surveyState({ answeredAt: null, expiresAt }, '2026-11-15T09:59:59.999Z')).toBe('open');
    expect(surveyState({ answeredAt: null, expiresAt }, '2026-11-15T10:00:00.000Z')).toBe(
      'expired',
    );
    expect(
      surveyState(
        { answeredAt: '2026-11-02T00:00:00.000Z', expiresAt },
        '2026-12-01T00:00:00.000Z',
      ),
    ).toBe('answered');
  });

  it('puts an answer in words', () => {
    expect(describeAnswer({ score: 2, putRight: 'no', comeBack: 'maybe', comment: null })).toBe(
      '2/5: we did not put it right; may come back',
    );
  });
});
