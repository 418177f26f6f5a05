import { Alert, Anchor, Badge, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { TJobFailure } from '../../../../contract/jobs';
import { api } from '../../api/client';
import { useOrganization } from '../../api/hooks';
import { dateTime } from '../../app/labels';

const JOB_LABELS: Record<string, string> = {
  'follow_up.due': 'Follow-up reminder',
  'task.due': 'Task reminder',
};

/**
 * For owners: whether Turnaround can send email, and the background work (reminders) that
 * kept failing after its retries, so nothing fails where nobody looks.
 */
export function BackgroundJobsCard() {
  const org = useOrganization();
  const failures = useQuery({
    queryKey: ['jobs', 'failures'],
    queryFn: async () => (await api<{ items: TJobFailure[] }>('GET', '/jobs/failures')).items,
    refetchInterval: 60_000,
  });
  return (
    <Card withBorder>
      <Stack>
        <div>
          <Title order={2} size="h4">
            Reminders and background work
          </Title>
          <Text size="sm" c="dimmed">
            Turnaround reminds whoever must act an hour before a promise or task is due, and the
            situation’s owner when a follow-up falls due. A reminder that fails is tried again with
            growing waits; one that keeps failing is listed here.
          </Text>
        </div>
        {org.data && !org.data.emailConfigured && (
          <Alert color="yellow" title="Email is not set up">
            Reminders show in My tasks but are not emailed. Set <Code>SMTP_URL</Code> (for example{' '}
            <Code>smtp://user:password@mail.example.com:587</Code>) and restart to send them.
          </Alert>
        )}
        {failures.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            Nothing has failed.
          </Text>
        )}
        {failures.isError && (
          <Text size="sm" c="red">
            Could not load the failed jobs.
          </Text>
        )}
        {(failures.data ?? []).map((failure) => (
          <Stack key={failure.id} gap={2}>
            <Group gap="xs">
              <Badge color="red" variant="light">
                {JOB_LABELS[failure.name] ?? failure.name}
              </Badge>
              <Text size="xs" c="dimmed">
                {failure.failedAt ? dateTime(failure.failedAt) : ''} · {failure.attempts} attempts
              </Text>
              {typeof failure.data.situationId === 'string' && (
                <Anchor component={Link} to={`/situations/${failure.data.situationId}`} size="xs">
                  Open the situation
                </Anchor>
              )}
            </Group>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {failure.error ?? 'No error was recorded.'}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
