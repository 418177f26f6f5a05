import {
  Alert,
  Anchor,
  Badge,
  Card,
  Checkbox,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TFollowUpItem, TTaskItem } from '../../../../contract/follow-through';
import { useFollowUps, useSituationAction, useTasks } from '../../api/hooks';
import { timeAgo } from '../../app/labels';
import { notifyError, notifySaved } from '../../app/problems';
import { DueBadge, URGENCY_LABELS } from './urgency';
import { Loading } from '../../app/Loading';

/**
 * What is due: the follow-ups waiting on resolved situations and the open tasks and promises,
 * most urgent first. The one place a member checks to keep every promise.
 */
export function TasksPage() {
  const [view, setView] = useState<'mine' | 'all'>('mine');
  const tasks = useTasks(view);
  const followUps = useFollowUps(view);
  const groups = (['overdue', 'due_soon', 'later'] as const).map((urgency) => ({
    urgency,
    items: (tasks.data ?? []).filter((t) => t.urgency === urgency),
  }));
  const nothing = tasks.data?.length === 0 && followUps.data?.length === 0;

  return (
    <Stack maw={860} mx="auto">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {view === 'mine' ? 'My tasks' : 'Everyone’s tasks'}
          </Title>
          <Text size="sm" c="dimmed">
            {view === 'mine'
              ? 'Tasks assigned to you, promises on situations you own, and their follow-ups.'
              : 'Every open task, promise and follow-up in the organisation.'}
          </Text>
        </div>
        <SegmentedControl
          value={view}
          onChange={(v) => setView(v as 'mine' | 'all')}
          data={[
            { value: 'mine', label: 'Mine' },
            { value: 'all', label: 'Everyone' },
          ]}
          aria-label="Whose tasks"
        />
      </Group>
      {(tasks.isError || followUps.isError) && (
        <Alert color="red">Could not load the tasks. Check the connection and reload.</Alert>
      )}
      {(tasks.isPending || followUps.isPending) && <Loading label="Loading tasks" />}
      {nothing && (
        <Card withBorder padding="lg">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <IconCircleCheck size={28} color="var(--mantine-color-teal-6)" aria-hidden />
            <div>
              <Text fw={600}>Nothing is due.</Text>
              <Text size="sm" c="dimmed">
                Promises made in “Solve it” and tasks handed out in “Communicate” land here with
                their deadlines, and so does the follow-up of every situation you resolve. Tick each
                one off when it is done.
              </Text>
            </div>
          </Group>
        </Card>
      )}
      {!!followUps.data?.length && (
        <Card withBorder component="section" aria-labelledby="follow-ups-title">
          <Stack gap="xs">
            <Title order={2} size="h4" id="follow-ups-title">
              Follow-ups
            </Title>
            <Text size="sm" c="dimmed">
              Check the fix held: record the “Follow up” step on the situation.
            </Text>
            <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {followUps.data.map((f) => (
                <FollowUpRow key={f.id} item={f} showOwner={view === 'all'} />
              ))}
            </Stack>
          </Stack>
        </Card>
      )}
      {groups
        .filter((g) => g.items.length)
        .map((group) => (
          <Card
            key={group.urgency}
            withBorder
            component="section"
            aria-labelledby={`tasks-${group.urgency}`}
          >
            <Stack gap="xs">
              <Group gap="xs">
                <Title order={2} size="h4" id={`tasks-${group.urgency}`}>
                  {URGENCY_LABELS[group.urgency]}
                </Title>
                <Badge variant="light" color={group.urgency === 'overdue' ? 'red' : 'gray'}>
                  {group.items.length}
                </Badge>
              </Group>
              <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {group.items.map((task) => (
                  <TaskRow key={`${task.situation.id}/${task.id}`} task={task} />
                ))}
              </Stack>
            </Stack>
          </Card>
        ))}
    </Stack>
  );
}

function TaskRow({ task }: { task: TTaskItem }) {
  const action = useSituationAction(task.situation.id);
  return (
    <Group component="li" justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
      <Group wrap="nowrap" align="flex-start" gap="sm" style={{ minWidth: 0 }}>
        <Checkbox
          mt={2}
          disabled={action.isPending}
          aria-label={`Done: ${task.what}`}
          onChange={() =>
            action.mutate(
              { type: 'complete_task', taskId: task.id },
              { onSuccess: () => notifySaved(`Done: ${task.what}`), onError: notifyError },
            )
          }
        />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {task.what}
          </Text>
          <Group gap={6}>
            <DueBadge due={task.due} urgency={task.urgency} />
            <Badge size="xs" variant="light" color={task.kind === 'promise' ? 'grape' : 'blue'}>
              {task.kind === 'promise' ? 'Promise to them' : 'Task'}
            </Badge>
            {task.assigneeName && (
              <Text size="xs" c="dimmed">
                {task.assigneeName}
              </Text>
            )}
            <Anchor component={Link} to={`/situations/${task.situation.id}`} size="xs">
              #{task.situation.number} {task.situation.title}
            </Anchor>
          </Group>
        </Stack>
      </Group>
    </Group>
  );
}

function FollowUpRow({ item, showOwner }: { item: TFollowUpItem; showOwner: boolean }) {
  return (
    <Group component="li" justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Anchor component={Link} to={`/situations/${item.id}`} size="sm">
          #{item.number} {item.title}
        </Anchor>
        <Group gap={6}>
          <DueBadge due={item.followUpDueAt} urgency={item.urgency} />
          <Text size="xs" c="dimmed">
            Resolved {timeAgo(item.resolvedAt)}
            {item.partyName ? ` · ${item.partyName}` : ''}
            {showOwner ? ` · ${item.ownerName ?? 'no owner'}` : ''}
          </Text>
        </Group>
      </Stack>
    </Group>
  );
}
