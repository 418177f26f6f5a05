import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TReply } from '../../../../contract/replies';
import { api } from '../../api/client';
import { keys, useOrganization, useParty } from '../../api/hooks';

const repliesKey = (situationId: string) => ['situation', situationId, 'replies'] as const;

/**
 * The situation's emailed replies. Asked again every second while one is held or sending,
 * so the countdown ends in "sent" without a reload.
 */
export function useReplies(situationId: string) {
  const client = useQueryClient();
  return useQuery({
    queryKey: repliesKey(situationId),
    queryFn: async () => {
      const items = (await api<{ items: TReply[] }>('GET', `/situations/${situationId}/replies`))
        .items;
      // A reply that has just left is on the timeline now: show it there.
      const before = client.getQueryData<TReply[]>(repliesKey(situationId));
      const left = items.some(
        (r) => r.status === 'sent' && before?.find((b) => b.id === r.id)?.status !== 'sent',
      );
      if (left && before) {
        void client.invalidateQueries({ queryKey: keys.events(situationId) });
        void client.invalidateQueries({ queryKey: keys.situation(situationId), exact: true });
      }
      return items;
    },
    refetchInterval: (query) =>
      query.state.data?.some((r) => r.status === 'held' || r.status === 'sending') ? 1000 : false,
  });
}

/** Send, take back, or send now: each refreshes the replies and the timeline. */
export function useReplyAction(situationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: { kind: 'send'; text: string } | { kind: 'undo' | 'now'; id: string }) =>
      action.kind === 'send'
        ? api<TReply>('POST', `/situations/${situationId}/replies`, { text: action.text })
        : api<TReply>(
            'POST',
            `/replies/${action.id}/${action.kind === 'undo' ? 'undo' : 'send-now'}`,
          ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: repliesKey(situationId) });
      void client.invalidateQueries({ queryKey: keys.events(situationId) });
    },
  });
}

/** Whether a reply can be emailed from here, and if not, why, in words for the writer. */
export function useEmailReadiness(partyId: string | null): {
  canSend: boolean;
  to: string | null;
  why: string | null;
} {
  const org = useOrganization();
  const party = useParty(partyId);
  if (!org.data) return { canSend: false, to: null, why: null };
  if (!org.data.emailConfigured)
    return {
      canSend: false,
      to: null,
      why: 'Email is not set up on this Turnaround (SMTP_URL): copy the reply into your own email, then log it as sent.',
    };
  if (!partyId)
    return {
      canSend: false,
      to: null,
      why: 'To email from here, choose who this is (with their email address) under Details.',
    };
  if (party.data && !party.data.email)
    return {
      canSend: false,
      to: null,
      why: `To email from here, add ${party.data.name}'s email address to their details.`,
    };
  return { canSend: !!party.data?.email, to: party.data?.email ?? null, why: null };
}
