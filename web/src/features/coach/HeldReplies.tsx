import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconClockPause, IconSend } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { TReply } from '../../../../contract/replies';
import { notifyError, notifySaved } from '../../app/problems';
import { useReplies, useReplyAction } from './useReplies';

function useSecondsUntil(iso: string): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, Math.ceil((Date.parse(iso) - now) / 1000));
}

const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * Replies on their way out: each held reply counts down to the moment it leaves, with Undo
 * (its words come back to the composer) and Send now.
 */
export function HeldReplies({
  situationId,
  onUndo,
}: {
  situationId: string;
  onUndo: (text: string) => void;
}) {
  const replies = useReplies(situationId);
  const waiting = (replies.data ?? []).filter((r) => r.status === 'held' || r.status === 'sending');
  if (!waiting.length) return null;
  return (
    <Stack gap="xs" aria-live="polite">
      {waiting.map((reply) => (
        <HeldReply key={reply.id} reply={reply} situationId={situationId} onUndo={onUndo} />
      ))}
    </Stack>
  );
}

function HeldReply({
  reply,
  situationId,
  onUndo,
}: {
  reply: TReply;
  situationId: string;
  onUndo: (text: string) => void;
}) {
  const seconds = useSecondsUntil(reply.sendAt);
  const action = useReplyAction(situationId);
  const sending = reply.status === 'sending' || seconds === 0;
  return (
    <Alert
      color={reply.error ? 'red' : 'blue'}
      icon={sending ? <IconSend size={18} /> : <IconClockPause size={18} />}
      title={sending ? `Sending to ${reply.to}…` : `Sending to ${reply.to} in ${clock(seconds)}`}
    >
      <Stack gap={6}>
        <Text size="sm" lineClamp={2}>
          “{reply.text}”
        </Text>
        {reply.coolDownReason && !sending && (
          <Text size="xs">
            Held for five minutes because {reply.coolDownReason}. Read it once more.
          </Text>
        )}
        {reply.error && (
          <Text size="xs">Not sent yet: {reply.error}. Turnaround keeps trying.</Text>
        )}
        {reply.status === 'held' && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="white"
              loading={action.isPending && action.variables?.kind === 'undo'}
              onClick={() =>
                action.mutate(
                  { kind: 'undo', id: reply.id },
                  {
                    onSuccess: () => {
                      onUndo(reply.text);
                      notifySaved('Taken back: the reply is in the composer again');
                    },
                    onError: notifyError,
                  },
                )
              }
            >
              Undo
            </Button>
            <Button
              size="xs"
              variant="light"
              loading={action.isPending && action.variables?.kind === 'now'}
              onClick={() => action.mutate({ kind: 'now', id: reply.id }, { onError: notifyError })}
            >
              Send now
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
