import { Button, Card, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { TSituation } from '../../../../contract/situations';
import { useMembers, useSituationAction } from '../../api/hooks';
import { dateTime } from '../../app/labels';
import { applyProblem, notifyError, notifySaved } from '../../app/problems';
import { isoTime, localTime } from '../workspace/captures';
import { DueBadge, urgencyOf } from './urgency';

/** A clock that ticks once a minute, so "due in 5 minutes" turns "overdue" on screen. */
function useMinuteClock(): string {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date().toISOString()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * The situation's promises and tasks, to tick off as they are kept, and its follow-up, which
 * can be moved when the person asks for another time.
 */
export function SituationWork({ situation }: { situation: TSituation }) {
  const now = useMinuteClock();
  const members = useMembers();
  const action = useSituationAction(situation.id);
  const nameOf = (id: string | null) => members.data?.find((m) => m.id === id)?.name ?? null;
  if (!situation.tasks.length && !situation.followUpDueAt) return null;
  const closed = situation.status === 'closed';

  return (
    <Card withBorder radius="md" component="section" aria-labelledby="work-title">
      <Stack gap="sm">
        <Title order={2} size="h5" id="work-title">
          Promises, tasks and follow-up
        </Title>
        {situation.followUpDueAt && <FollowUp situation={situation} now={now} />}
        {situation.tasks.length > 0 && (
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {situation.tasks.map((task) => {
              const who = task.kind === 'promise' ? 'Promise to them' : nameOf(task.who);
              return (
                <li key={task.id}>
                  <Checkbox
                    checked={!!task.doneAt}
                    disabled={closed || action.isPending}
                    label={
                      <Text
                        size="sm"
                        td={task.doneAt ? 'line-through' : undefined}
                        c={task.doneAt ? 'dimmed' : undefined}
                      >
                        {task.what}
                      </Text>
                    }
                    description={
                      task.doneAt ? (
                        `${who ?? 'Task'} · done ${dateTime(task.doneAt)}${nameOf(task.doneBy) ? ` by ${nameOf(task.doneBy)}` : ''}`
                      ) : (
                        <Group gap={6} component="span" mt={2}>
                          {who && <span>{who}</span>}
                          <DueBadge due={task.due} urgency={urgencyOf(task.due, null, now)} />
                        </Group>
                      )
                    }
                    aria-label={`${task.doneAt ? 'Not done' : 'Done'}: ${task.what}`}
                    onChange={() =>
                      action.mutate(
                        {
                          type: task.doneAt ? 'reopen_task' : 'complete_task',
                          taskId: task.id,
                        },
                        { onError: notifyError },
                      )
                    }
                  />
                </li>
              );
            })}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function FollowUp({ situation, now }: { situation: TSituation; now: string }) {
  const [moving, setMoving] = useState(false);
  const [when, setWhen] = useState(localTime(situation.followUpDueAt));
  const [error, setError] = useState<string | null>(null);
  const action = useSituationAction(situation.id);
  const due = situation.followUpDueAt!;

  if (!moving) {
    return (
      <Group justify="space-between" gap="xs">
        <Text size="sm">Follow up: check the fix held.</Text>
        <Group gap="xs" wrap="nowrap">
          <DueBadge due={due} urgency={urgencyOf(due, null, now)} />
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => {
              setWhen(localTime(due));
              setMoving(true);
            }}
          >
            Move
          </Button>
        </Group>
      </Group>
    );
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        action.mutate(
          { type: 'schedule_follow_up', dueAt: isoTime(when) },
          {
            onSuccess: () => {
              notifySaved('Follow-up moved');
              setMoving(false);
              setError(null);
            },
            onError: (err) => {
              let onField: string | null = null;
              const detail = applyProblem({ setErrors: (e) => (onField = e.dueAt ?? null) }, err);
              setError(onField ?? detail);
            },
          },
        );
      }}
    >
      <Group align="flex-end" gap="xs">
        <TextInput
          type="datetime-local"
          label="Follow up on"
          value={when}
          onChange={(e) => setWhen(e.currentTarget.value)}
          error={error}
          required
          style={{ flex: 1 }}
        />
        <Button type="submit" size="sm" loading={action.isPending}>
          Save
        </Button>
        <Button size="sm" variant="default" onClick={() => setMoving(false)}>
          Cancel
        </Button>
      </Group>
    </form>
  );
}
