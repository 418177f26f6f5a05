/**
 * The satisfaction survey a person gets after the follow-up: did we put it right, a rating
 * from 1 to 5, would they come back, a comment. One answer per link; the link stops working
 * after SURVEY_VALID_DAYS.
 */
export const SURVEY_VALID_DAYS = 14;

/** When the organisation sends surveys: as the follow-up falls due, once it is recorded, or never. */
export const SURVEY_TIMINGS = ['follow_up_due', 'follow_up_recorded', 'off'] as const;
export type SurveyTiming = (typeof SURVEY_TIMINGS)[number];
export const DEFAULT_SURVEY_TIMING: SurveyTiming = 'follow_up_due';

export const PUT_RIGHT = ['yes', 'partly', 'no'] as const;
export const COME_BACK = ['yes', 'maybe', 'no'] as const;

export type PutRight = (typeof PUT_RIGHT)[number];
export type ComeBack = (typeof COME_BACK)[number];

export interface SurveyAnswer {
  putRight: PutRight;
  /** 1 (very poorly) to 5 (very well): how we handled it. */
  score: number;
  comeBack: ComeBack;
  comment: string | null;
}

/**
 * A rating of 1 or 2, or "no, you did not put it right": the recovery did not hold for this
 * person, so the situation is reopened and its owner told.
 */
export function isLowScore(answer: Pick<SurveyAnswer, 'score' | 'putRight'>): boolean {
  return answer.score <= 2 || answer.putRight === 'no';
}

export function surveyExpiresAt(createdAt: string): string {
  return new Date(Date.parse(createdAt) + SURVEY_VALID_DAYS * 24 * 60 * 60 * 1000).toISOString();
}

export type SurveyState = 'open' | 'answered' | 'expired';

export function surveyState(
  survey: { answeredAt: string | null; expiresAt: string },
  now: string,
): SurveyState {
  if (survey.answeredAt) return 'answered';
  return Date.parse(now) >= Date.parse(survey.expiresAt) ? 'expired' : 'open';
}

/** The words for an answer, for the timeline, the owner's email and webhooks. */
export function describeAnswer(answer: SurveyAnswer): string {
  const putRight = {
    yes: 'put it right',
    partly: 'partly put it right',
    no: 'did not put it right',
  }[answer.putRight];
  const comeBack = { yes: 'will come back', maybe: 'may come back', no: 'will not come back' }[
    answer.comeBack
  ];
  return `${answer.score}/5: we ${putRight}; ${comeBack}`;
}
