import {
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import type { TPhraseList } from '../../../../contract/coach';
import {
  PARTIES,
  TONES,
  type Party,
  type Phrase,
  type Tone,
} from '../../../../domain/coach/phrase';
import { api } from '../../api/client';
import { useCategories, usePlaybook, usePlaybooks, useWrite } from '../../api/hooks';
import { applyProblem, notifyError, notifySaved } from '../../app/problems';
import { RemoveButton } from '../../app/RemoveButton';

const PARTY_LABELS: Record<Party, string> = {
  customer: 'A customer',
  vendor: 'A vendor',
  team: 'A team member',
};
const TONE_LABELS: Record<Tone, string> = { warm: 'Warm', formal: 'Formal', brief: 'Brief' };
/** Situation kinds a phrase can be written for, beside the categories. */
const KIND_TOPICS: Record<string, string> = {
  public: 'A mistake in public',
  vent_only: 'They only want to vent',
  regular: 'A regular',
  first_time: 'A first-time customer',
};
const PHRASES_KEY = ['phrasebook', 'settings'] as const;

/**
 * The organisation's own phrases: what owners want their staff to have at hand, offered in
 * the composer beside the built-in ones for the same step and party.
 */
export function PhrasebookCard({ canEdit }: { canEdit: boolean }) {
  const phrases = useQuery({
    queryKey: PHRASES_KEY,
    queryFn: () => api<TPhraseList>('GET', '/phrasebook'),
  });
  const playbooks = usePlaybooks();
  const playbook = usePlaybook(playbooks.data?.defaults.organization);
  const categories = useCategories();
  const steps = playbook.data?.document.steps ?? [];
  const stepTitle = (key: string) => steps.find((s) => s.id === key)?.title ?? key;
  const topicLabel = (topic: string) =>
    KIND_TOPICS[topic] ?? categories.data?.find((c) => c.key === topic)?.label ?? topic;
  const own = (phrases.data?.items ?? []).filter((p) => !p.builtIn);
  const builtInCount = (phrases.data?.items.length ?? 0) - own.length;

  const remove = useWrite((id: string) => api('DELETE', `/phrasebook/${id}`), [['phrasebook']]);

  return (
    <Card withBorder>
      <Stack>
        <div>
          <Title order={2} size="h4">
            Phrasebook
          </Title>
          <Text size="sm" c="dimmed">
            Your own wording for a step of the method, offered in the reply composer beside the{' '}
            {builtInCount > 0 ? `${builtInCount} built-in phrases` : 'built-in phrases'}. Use{' '}
            {'{name}'}, {'{cause}'} and {'{business}'} where the person&apos;s first name, the
            diagnosed cause and your business name should go.
          </Text>
        </div>
        {phrases.data && own.length === 0 && (
          <Text size="sm" c="dimmed">
            No phrases of your own yet.{' '}
            {canEdit
              ? 'Write the sentence your best people say at a step, and everyone has it one click away.'
              : 'The owner can add the wording your team should use.'}
          </Text>
        )}
        {own.map((phrase) => (
          <OwnPhrase
            key={phrase.id}
            phrase={phrase}
            stepTitle={stepTitle(phrase.step)}
            topic={phrase.topic ? topicLabel(phrase.topic) : null}
            canEdit={canEdit}
            onRemove={() =>
              remove.mutate(phrase.id, {
                onSuccess: () => notifySaved('Phrase removed'),
                onError: notifyError,
              })
            }
          />
        ))}
        {canEdit && steps.length > 0 && (
          <AddPhraseForm
            steps={steps.map((s) => ({ value: s.id, label: s.title }))}
            topics={[
              ...Object.entries(KIND_TOPICS).map(([value, label]) => ({ value, label })),
              ...(categories.data ?? [])
                .filter((c) => !c.archived)
                .map((c) => ({ value: c.key, label: c.label })),
            ]}
          />
        )}
        {!canEdit && (
          <Text size="xs" c="dimmed">
            Only an owner can add phrases or remove them.
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function OwnPhrase({
  phrase,
  stepTitle,
  topic,
  canEdit,
  onRemove,
}: {
  phrase: Phrase;
  stepTitle: string;
  topic: string | null;
  canEdit: boolean;
  onRemove: () => void;
}) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <Stack gap={4} style={{ minWidth: 0 }}>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {phrase.text}
        </Text>
        <Group gap={6}>
          <Badge size="xs" variant="light">
            {stepTitle}
          </Badge>
          <Badge size="xs" variant="light" color="grape">
            {PARTY_LABELS[phrase.party]}
          </Badge>
          <Badge size="xs" variant="light" color="gray">
            {TONE_LABELS[phrase.tone]}
          </Badge>
          {topic && (
            <Badge size="xs" variant="light" color="teal">
              {topic}
            </Badge>
          )}
        </Group>
      </Stack>
      {canEdit && (
        <RemoveButton
          label={`Remove the phrase “${phrase.text.slice(0, 40)}”`}
          onClick={onRemove}
        />
      )}
    </Group>
  );
}

function AddPhraseForm({
  steps,
  topics,
}: {
  steps: Array<{ value: string; label: string }>;
  topics: Array<{ value: string; label: string }>;
}) {
  const form = useForm({
    initialValues: {
      step: steps[0]?.value ?? '',
      party: 'customer' as Party,
      tone: 'warm' as Tone,
      topic: null as string | null,
      text: '',
    },
    validate: {
      text: (v) => (v.trim() ? null : 'Write the phrase.'),
      step: (v) => (v ? null : 'Choose the step it belongs to.'),
    },
  });
  const add = useWrite(
    (body: typeof form.values) => api<Phrase>('POST', '/phrasebook', body),
    [['phrasebook']],
  );
  return (
    <form
      onSubmit={form.onSubmit((values) =>
        add.mutate(
          { ...values, text: values.text.trim() },
          {
            onSuccess: () => {
              notifySaved('Phrase added');
              form.setFieldValue('text', '');
            },
            onError: (e) => applyProblem(form, e),
          },
        ),
      )}
    >
      <Stack gap="xs">
        <Textarea
          label="New phrase"
          placeholder="e.g. {name}, you should have had your table on time, and I'm sorry we kept you waiting."
          autosize
          minRows={2}
          {...form.getInputProps('text')}
        />
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          <Select label="Step" data={steps} allowDeselect={false} {...form.getInputProps('step')} />
          <Select
            label="Said to"
            data={PARTIES.map((p) => ({ value: p, label: PARTY_LABELS[p] }))}
            allowDeselect={false}
            {...form.getInputProps('party')}
          />
          <Select
            label="Tone"
            data={TONES.map((t) => ({ value: t, label: TONE_LABELS[t] }))}
            allowDeselect={false}
            {...form.getInputProps('tone')}
          />
          <Select
            label="Only for"
            placeholder="Any situation"
            data={topics}
            clearable
            {...form.getInputProps('topic')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={add.isPending}>
            Add phrase
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
