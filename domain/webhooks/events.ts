/**
 * What organisations can be told about, by webhook. Each event carries the situation it is
 * about, so a receiver can fetch the rest over the API.
 */
export const WEBHOOK_EVENTS = [
  'situation.opened',
  'situation.resolved',
  'gesture.granted',
  'approval.requested',
  'follow_up.due',
  'survey.answered',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_FORMATS = ['json', 'slack'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

export interface WebhookSubject {
  situation: { id: string; number: number; title: string; url: string };
  /** A line a person reads: what happened, in words. */
  summary: string;
  details?: Record<string, unknown>;
}

/** The body a receiver gets: our JSON, or a message a Slack incoming webhook accepts. */
export function webhookBody(
  format: WebhookFormat,
  event: WebhookEvent,
  subject: WebhookSubject,
  deliveryId: string,
  at: string,
): Record<string, unknown> {
  if (format === 'slack') {
    return {
      text: `${subject.summary}: <${subject.situation.url}|#${subject.situation.number} ${escapeSlack(subject.situation.title)}>`,
    };
  }
  return { id: deliveryId, event, at, ...subject };
}

/** Slack treats &, < and > as markup in message text. */
function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The words for each event, for the Slack line and the settings page. */
export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, string> = {
  'situation.opened': 'A situation was opened',
  'situation.resolved': 'A situation was resolved',
  'gesture.granted': 'A gesture was granted',
  'approval.requested': 'A gesture needs approval',
  'follow_up.due': 'A follow-up is due',
  'survey.answered': 'A survey was answered',
};
