import { Alert, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TApproval } from '../../../../contract/gestures';
import { useApprovals, useDecideApproval } from '../../api/hooks';
import { MOOD_LABELS } from '../../app/labels';
import { notifyError, notifySaved } from '../../app/problems';
import { money } from './money';
import { Loading } from '../../app/Loading';

/** Gestures over someone's limit, waiting for a manager or an owner, with the story behind each. */
export function ApprovalsPage() {
  const approvals = useApprovals();
  return (
    <Stack maw={900} mx="auto" gap="md">
      <Stack gap={4}>
        <Title order={1} size="h2">
          Approvals
        </Title>
        <Text c="dimmed">
          Gestures your team asked for above their limit. The person is often still there: answer
          quickly.
        </Text>
      </Stack>
      {approvals.isPending ? (
        <Loading label="Loading approvals" />
      ) : approvals.isError ? (
        <Alert color="red">{approvals.error.message}</Alert>
      ) : approvals.data.length === 0 ? (
        <Card withBorder radius="md" padding="xl">
          <Stack align="center" gap="xs">
            <IconCircleCheck size={36} color="var(--mantine-color-teal-6)" />
            <Text fw={600}>Nothing waiting</Text>
            <Text size="sm" c="dimmed" ta="center" maw={460}>
              When someone asks for a gesture above their limit, it appears here with the
              situation’s story, and they see your answer as soon as you give it.
            </Text>
          </Stack>
        </Card>
      ) : (
        approvals.data.map((a) => <ApprovalCard key={a.gesture.id} approval={a} />)
      )}
    </Stack>
  );
}

function ApprovalCard({ approval: a }: { approval: TApproval }) {
  const decide = useDecideApproval();
  const [note, setNote] = useState('');
  const run = (decision: 'approve' | 'deny') =>
    decide.mutate(
      { id: a.gesture.id, decision, note },
      {
        onSuccess: () => notifySaved(decision === 'approve' ? 'Approved' : 'Denied'),
        onError: notifyError,
      },
    );
  const { gesture: g, situation: s } = a;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      aria-label={`${g.name} for #${s.number}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {a.requesterName ?? 'Someone'} asks · needs{' '}
              {g.needs === 'owner' ? 'an owner' : 'a manager'}
            </Text>
            <Title order={2} size="h4">
              {g.name} · {money(g.amount.minor, g.amount.currency)}
            </Title>
          </Stack>
          <Badge color="yellow" variant="light">
            Waiting
          </Badge>
        </Group>
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            Why it fits them:{' '}
          </Text>
          {g.reason}
        </Text>
        <Text size="sm" c="dimmed">
          {g.why}
        </Text>
        <Card withBorder radius="md" padding="sm" bg="var(--mantine-color-default-hover)">
          <Stack gap={4}>
            <Group gap="xs">
              <Text size="sm" fw={600} component={Link} to={`/situations/${s.id}`} c="inherit">
                #{s.number} {s.title}
              </Text>
              {s.mood && (
                <Badge variant="light" color="gray" size="sm">
                  {MOOD_LABELS[s.mood as keyof typeof MOOD_LABELS] ?? s.mood}
                </Badge>
              )}
            </Group>
            {s.partyName && <Text size="sm">{s.partyName}</Text>}
            {s.account && (
              <Text size="sm" c="dimmed" lineClamp={4}>
                {s.account}
              </Text>
            )}
          </Stack>
        </Card>
        <Textarea
          label="Note for them (optional)"
          autosize
          minRows={1}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => run('deny')}
            loading={decide.isPending && decide.variables?.decision === 'deny'}
          >
            Deny
          </Button>
          <Button
            onClick={() => run('approve')}
            loading={decide.isPending && decide.variables?.decision === 'approve'}
          >
            Approve
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
