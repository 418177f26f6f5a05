import {
  Button,
  Card,
  Group,
  NavLink,
  Progress,
  Select,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconArrowLeft,
  IconArrowRight,
  IconCheck,
  IconCircleDashed,
  IconMinus,
  IconPencil,
  IconPlayerSkipForward,
} from '@tabler/icons-react';
import type { PlaybookDocument } from '../../../../domain/playbook/schema';
import type { TSituation, TStepProgress } from '../../../../contract/situations';
import { STEP_STATUS_COLORS, STEP_STATUS_LABELS, duration } from './labels';

const ICONS: Record<TStepProgress['status'], typeof IconCheck> = {
  pending: IconCircleDashed,
  in_progress: IconPencil,
  done: IconCheck,
  skipped: IconPlayerSkipForward,
  not_needed: IconMinus,
};

interface Props {
  situation: TSituation;
  playbook: PlaybookDocument;
  selected: string;
  onSelect: (step: string) => void;
}

/** The playbook as a stepper: every step with its status; the one in focus is marked. */
export function StepList({ situation, playbook, selected, onSelect }: Props) {
  return (
    <Card withBorder radius="md" padding="xs" component="nav" aria-label="Steps">
      <Title order={2} size="h5" px="xs" pt={4} pb="xs">
        {playbook.name}
      </Title>
      {situation.steps.map((step, i) => {
        const Icon = ICONS[step.status];
        const isCurrent = situation.currentStep === step.id;
        return (
          <NavLink
            key={step.id}
            component="button"
            active={selected === step.id}
            aria-current={isCurrent ? 'step' : undefined}
            onClick={() => onSelect(step.id)}
            label={
              <Text size="sm" fw={isCurrent ? 700 : 500}>
                {i + 1}. {step.title}
              </Text>
            }
            description={
              isCurrent
                ? 'Now'
                : `${STEP_STATUS_LABELS[step.status]}${step.ms > 60_000 ? ` · ${duration(step.ms)}` : ''}`
            }
            leftSection={
              <ThemeIcon
                size="md"
                radius="xl"
                variant={step.status === 'done' ? 'filled' : 'light'}
                color={isCurrent ? 'cyan' : STEP_STATUS_COLORS[step.status]}
                aria-hidden
              >
                <Icon size={14} />
              </ThemeIcon>
            }
          />
        );
      })}
    </Card>
  );
}

/** On a phone: where you are, a bar of progress, and a way to any step, one-handed. */
export function StepPicker({ situation, playbook, selected, onSelect }: Props) {
  const index = playbook.steps.findIndex((s) => s.id === selected);
  const settled = situation.steps.filter(
    (s) => s.status !== 'pending' && s.status !== 'in_progress',
  ).length;
  return (
    <Card withBorder radius="md" padding="sm">
      <Group justify="space-between" mb={6}>
        <Text size="sm" fw={600}>
          {playbook.name}
        </Text>
        <Text size="sm" c="dimmed">
          {settled} of {playbook.steps.length} steps done
        </Text>
      </Group>
      <Progress
        value={(settled / playbook.steps.length) * 100}
        size="sm"
        mb="sm"
        aria-label="Progress through the steps"
      />
      <Group gap="xs" wrap="nowrap">
        <Button
          variant="default"
          size="md"
          px="sm"
          aria-label="Previous step"
          disabled={index <= 0}
          onClick={() => onSelect(playbook.steps[index - 1]!.id)}
        >
          <IconArrowLeft size={18} />
        </Button>
        <Select
          style={{ flex: 1 }}
          size="md"
          aria-label="Step"
          allowDeselect={false}
          value={selected}
          onChange={(v) => v && onSelect(v)}
          data={situation.steps.map((s, i) => ({
            value: s.id,
            label: `${i + 1}. ${s.title}${situation.currentStep === s.id ? ' (now)' : ` · ${STEP_STATUS_LABELS[s.status]}`}`,
          }))}
        />
        <Button
          variant="default"
          size="md"
          px="sm"
          aria-label="Next step"
          disabled={index >= playbook.steps.length - 1}
          onClick={() => onSelect(playbook.steps[index + 1]!.id)}
        >
          <IconArrowRight size={18} />
        </Button>
      </Group>
    </Card>
  );
}
