import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TSituation } from '../../../../contract/situations';
import { api } from '../../api/client';
import { keys } from '../../api/hooks';

/** Puts a message on the timeline and refreshes the situation and its events. */
export function useLogMessage(situationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { direction: 'in' | 'out'; text: string }) =>
      api<TSituation>('POST', `/situations/${situationId}/messages`, body),
    onSuccess: (situation) => {
      client.setQueryData(keys.situation(situation.id), situation);
      void client.invalidateQueries({ queryKey: keys.events(situationId) });
    },
  });
}
