import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconMailQuestion } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TSituation } from '../../../../contract/situations';
import type { TSentSurvey, TSurvey } from '../../../../contract/surveys';
import { api } from '../../api/client';
import { keys } from '../../api/hooks';
import { CopyField } from '../../app/CopyField';
import { dateTime } from '../../app/labels';
import { notifyError } from '../../app/problems';

const surveysKey = (situationId: string) => ['situation', situationId, 'surveys'] as const;

const STATE: Record<TSurvey['state'], { label: string; color: string }> = {
  open: { label: 'Waiting for an answer', color: 'blue' },
  answered: { label: 'Answered', color: 'teal' },
  expired: { label: 'Expired', color: 'gray' },
};
const PUT_RIGHT = {
  yes: 'put it right',
  partly: 'partly put it right',
  no: 'did not put it right',
};
const COME_BACK = { yes: 'will come back', maybe: 'may come back', no: 'will not come back' };

/**
 * How the person feels now it is over: the surveys sent (by the organisation around the
 * follow-up, or by hand here), their answers, and a link to hand over when there is no email.
 */
export function SurveyCard({ situation }: { situation: TSituation }) {
  const client = useQueryClient();
  const surveys = useQuery({
    queryKey: surveysKey(situation.id),
    queryFn: async () =>
      (await api<{ items: TSurvey[] }>('GET', `/situations/${situation.id}/surveys`)).items,
  });
  const [handed, setHanded] = useState<TSentSurvey | null>(null);
  const send = useMutation({
    mutationFn: () => api<TSentSurvey>('POST', `/situations/${situation.id}/surveys`, {}),
    onSuccess: (sent) => {
      setHanded(sent);
      void client.invalidateQueries({ queryKey: surveysKey(situation.id) });
      void client.invalidateQueries({ queryKey: keys.events(situation.id) });
    },
    onError: notifyError,
  });
  const items = surveys.data ?? [];
  // Asking makes sense once something was done about it; a survey already out shows anyway.
  if (situation.status === 'open' && !items.length) return null;

  return (
    <Card withBorder radius="md" component="section" aria-labelledby="survey-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h5" id="survey-title">
            Did we put it right?
          </Title>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconMailQuestion size={16} />}
            loading={send.isPending}
            onClick={() => send.mutate()}
          >
            Ask them now
          </Button>
        </Group>
        {!items.length && (
          <Text size="sm" c="dimmed">
            A short survey asks the person whether the fix held, a rating from 1 to 5 and whether
            they will come back. A low answer reopens the situation. It goes out by itself as set in
            Settings, or now with the button.
          </Text>
        )}
        {handed && !handed.emailing && (
          <Stack gap={4}>
            <Text size="sm">
              {handed.to
                ? 'Email is not set up here, so it was not sent'
                : `${situation.partyName ?? 'They'} ${situation.partyName ? 'has' : 'have'} no email address here`}
              : hand them this link, by text message or in person. It works once, until{' '}
              {dateTime(handed.expiresAt)}.
            </Text>
            <CopyField value={handed.url} label="Survey link" />
          </Stack>
        )}
        {handed?.emailing && (
          <Text size="sm" c="teal">
            Emailed to {handed.to}.
          </Text>
        )}
        {items.map((survey) => (
          <Stack key={survey.id} gap={2}>
            <Group gap="xs">
              <Badge color={STATE[survey.state].color} variant="light">
                {STATE[survey.state].label}
              </Badge>
              <Text size="xs" c="dimmed">
                {survey.to ? `to ${survey.to}` : 'link handed over'}, {dateTime(survey.createdAt)}
              </Text>
            </Group>
            {survey.answer && (
              <Text size="sm">
                {survey.answer.score} of 5: we {PUT_RIGHT[survey.answer.putRight]}; they{' '}
                {COME_BACK[survey.answer.comeBack]}.
                {survey.answer.comment ? ` “${survey.answer.comment}”` : ''}
              </Text>
            )}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
