import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { getHotkeyHandler } from '@mantine/hooks';
import {
  IconArrowBackUp,
  IconBulb,
  IconEar,
  IconMessageCircle,
  IconPlayerSkipForward,
  IconX,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { PlaybookDocument } from '../../../../domain/playbook/schema';
import type { TSituation, TSituationActionRequest } from '../../../../contract/situations';
import { ApiError } from '../../api/client';
import { useSituationAction } from '../../api/hooks';
import { notifyError, notifySaved } from '../../app/problems';
import { GesturePanel } from '../gestures/GesturePanel';
import { useFieldOptions } from '../situations/useFieldOptions';
import { changedCaptures, toFormValue, type FormValue } from './captures';
import { FieldInput } from './FieldInput';
import { explainRefusal, type Refusal } from './refusals';
import { STEP_STATUS_COLORS, STEP_STATUS_LABELS, duration } from './labels';

interface Props {
  situation: TSituation;
  playbook: PlaybookDocument;
  stepId: string;
  onSelect: (step: string) => void;
  refusal: Refusal | null;
  onRefusal: (refusal: Refusal | null) => void;
}

/** The selected step: what it is for, the words that help, and the form that records it. */
export function StepPanel({ situation, playbook, stepId, onSelect, refusal, onRefusal }: Props) {
  const index = playbook.steps.findIndex((s) => s.id === stepId);
  const step = playbook.steps[index]!;
  const progress = situation.steps.find((s) => s.id === stepId)!;
  const act = useSituationAction(situation.id);
  const { members } = useFieldOptions();
  const [skipping, setSkipping] = useState(false);
  // A gesture step is filled by granting from the catalogue; by hand only on request (a
  // gesture with no value to the business, such as a handwritten card).
  const isGestureStep = step.marks.includes('gesture');
  const [recordByHand, setRecordByHand] = useState(false);
  const byHand = !isGestureStep || recordByHand;
  const [skipReason, setSkipReason] = useState('');
  // A field named like one of the situation's details (the account, the mood, live) starts
  // from what quick capture already noted, so nobody is asked twice.
  const known: Record<string, unknown> = {
    account: situation.account ?? undefined,
    mood: situation.mood ?? undefined,
    live: situation.live || undefined,
  };
  const initial = () =>
    Object.fromEntries(
      step.fields.map((f) => [f.id, toFormValue(f, progress.captures[f.id] ?? known[f.id])]),
    );
  const form = useForm<Record<string, FormValue>>({ initialValues: initial() });
  useEffect(() => {
    form.setInitialValues(initial());
    form.setValues(initial());
    form.clearErrors();
    setSkipping(false);
    setSkipReason('');
    // Start again from what is stored whenever the server's version changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [situation.updatedAt]);

  const closed = situation.status === 'closed';
  const isCurrent = situation.currentStep === stepId;
  // Recording needs no toast: the step list, the next step and the timeline all show it.
  // Other moves (back to a step, the vent-only path) say what happened.
  const run = (action: TSituationActionRequest, done: string | null) =>
    act.mutate(action, {
      onSuccess: () => {
        onRefusal(null);
        if (done) notifySaved(done);
      },
      onError: (error) => {
        const explained = explainRefusal(error, playbook, situation, stepId);
        if (explained) return onRefusal(explained);
        if (error instanceof ApiError && error.status === 400) {
          form.setErrors(
            Object.fromEntries(
              (error.problem.errors ?? []).map((e) => [e.path.replace(/^data\./, ''), e.message]),
            ),
          );
        }
        notifyError(error);
      },
    });
  const record = form.onSubmit((values) => {
    const data = changedCaptures(step.fields, values, progress.captures);
    if (Object.keys(data).length === 0) {
      notifySaved('Nothing new to record');
      return;
    }
    run({ type: 'record', step: step.id, data }, null);
  });
  const ventPossible =
    !!playbook.ventOnly &&
    situation.status === 'open' &&
    (playbook.ventOnly.after.includes(step.id) ||
      playbook.steps[index - 1]?.id === playbook.ventOnly.after.at(-1));

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="step-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              Step {index + 1} of {playbook.steps.length}
              {isCurrent && ' · now'}
            </Text>
            <Title order={2} size="h3" id="step-title">
              {step.title}
            </Title>
          </Stack>
          <Stack gap={4} align="flex-end">
            <Badge color={STEP_STATUS_COLORS[progress.status]} variant="light">
              {STEP_STATUS_LABELS[progress.status]}
            </Badge>
            {progress.ms > 0 && (
              <Text size="xs" c="dimmed">
                {duration(progress.ms)} on this step
              </Text>
            )}
          </Stack>
        </Group>
        <Text>{step.purpose}</Text>

        {refusal && (
          <Alert
            color="orange"
            title={refusal.title}
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => onRefusal(null)}
            role="alert"
          >
            <Stack gap="xs">
              <Text size="sm">{refusal.detail}</Text>
              {refusal.goTo && (
                <Button
                  size="sm"
                  variant="default"
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() => {
                    onRefusal(null);
                    onSelect(refusal.goTo!.step);
                  }}
                >
                  Go to {refusal.goTo.title}
                </Button>
              )}
            </Stack>
          </Alert>
        )}

        <Paper bg="var(--mantine-color-default-hover)" p="sm" radius="md">
          <Stack gap="sm">
            <Prompts icon={<IconBulb size={18} />} title="What to do" items={step.prompts.do} />
            <Prompts
              icon={<IconMessageCircle size={18} />}
              title="Words that help"
              items={step.prompts.say.map((s) => `“${s}”`)}
            />
            <Prompts icon={<IconX size={18} />} title="Avoid" items={step.prompts.avoid} />
          </Stack>
        </Paper>

        {progress.status === 'skipped' && (
          <Alert color="gray" title="Skipped">
            {progress.skipReason}
          </Alert>
        )}
        {closed && (
          <Alert color="gray">This situation is closed. Reopen it to record anything more.</Alert>
        )}

        {isGestureStep && <GesturePanel situation={situation} />}

        <form onSubmit={record} onKeyDown={getHotkeyHandler([['mod+Enter', () => record()]])}>
          <fieldset disabled={closed} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <Stack gap="sm">
              {byHand &&
                step.fields.map((field) => (
                  <FieldInput
                    key={field.id}
                    field={field}
                    members={members}
                    value={form.values[field.id]}
                    onChange={(value) => form.setFieldValue(field.id, value)}
                    error={form.errors[field.id] as string | undefined}
                  />
                ))}
              <Group justify="space-between" gap="xs">
                <Group gap="xs">
                  {step.skippable &&
                    !skipping &&
                    progress.status !== 'skipped' &&
                    progress.status !== 'done' && (
                      <Button
                        variant="subtle"
                        color="gray"
                        leftSection={<IconPlayerSkipForward size={16} />}
                        onClick={() => setSkipping(true)}
                      >
                        Skip this step
                      </Button>
                    )}
                  {isCurrent &&
                    situation.status === 'open' &&
                    step.loopBackTo.map((target) => (
                      <Button
                        key={target}
                        variant="subtle"
                        color="gray"
                        leftSection={<IconArrowBackUp size={16} />}
                        onClick={() =>
                          run(
                            { type: 'loop_back', step: target },
                            `Back to ${playbook.steps.find((s) => s.id === target)?.title}`,
                          )
                        }
                      >
                        Back to {playbook.steps.find((s) => s.id === target)?.title}
                      </Button>
                    ))}
                </Group>
                {byHand ? (
                  <Button
                    type="submit"
                    size="md"
                    loading={act.isPending && act.variables?.type === 'record'}
                  >
                    {progress.status === 'done'
                      ? 'Save changes'
                      : `Record ${step.title.toLowerCase()}`}
                  </Button>
                ) : (
                  <Button variant="subtle" onClick={() => setRecordByHand(true)}>
                    Record a gesture by hand
                  </Button>
                )}
              </Group>
            </Stack>
          </fieldset>
        </form>

        {skipping && (
          <Group align="flex-end" gap="xs">
            <TextInput
              style={{ flex: 1, minWidth: 200 }}
              size="md"
              label="Why skip it?"
              description="Skips show on the timeline and in reports."
              value={skipReason}
              onChange={(e) => setSkipReason(e.currentTarget.value)}
              data-autofocus
              autoFocus
            />
            <Button variant="default" onClick={() => setSkipping(false)}>
              Cancel
            </Button>
            <Button
              disabled={!skipReason.trim()}
              onClick={() => run({ type: 'skip', step: step.id, reason: skipReason }, null)}
            >
              Skip
            </Button>
          </Group>
        )}

        {ventPossible && (
          <Alert
            color="cyan"
            variant="light"
            icon={<IconEar />}
            title="Did they only want to be heard?"
          >
            <Stack gap="xs">
              <Text size="sm">
                Some people want to vent, not a fix or a gesture. Once you have listened and shown
                empathy, you can resolve it as that; a follow-up still checks on them later.
              </Text>
              <Button
                variant="light"
                h="auto"
                py={8}
                styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                style={{ alignSelf: 'flex-start', maxWidth: '100%' }}
                loading={act.isPending && act.variables?.type === 'vent_only'}
                onClick={() =>
                  run(
                    { type: 'vent_only', reason: 'They wanted to be heard.' },
                    'Resolved: they wanted to be heard',
                  )
                }
              >
                Resolve: they only wanted to be heard
              </Button>
            </Stack>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

function Prompts({
  icon,
  title,
  items,
}: {
  icon: React.ReactNode;
  title: string;
  items: string[];
}) {
  if (items.length === 0) return null;
  return (
    <Stack gap={4}>
      <Group gap={6}>
        {icon}
        <Text fw={600} size="sm">
          {title}
        </Text>
      </Group>
      <List size="sm" spacing={4}>
        {items.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
