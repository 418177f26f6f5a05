import {
  Accordion,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  Flex,
  Grid,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue, useDisclosure, useHotkeys, useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowLeft, IconPlus } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { TSituation, TUpdateSituationRequest } from '../../../../contract/situations';
import type { Channel, Mood, Severity } from '../../../../domain/situation/vocabulary';
import { ApiError } from '../../api/client';
import {
  useParties,
  useParty,
  usePlaybook,
  useSituation,
  useSituationAction,
  useUpdateSituation,
} from '../../api/hooks';
import {
  CHANNEL_LABELS,
  SEVERITY_LABELS,
  STATUS_COLORS,
  STATUS_LABELS,
  dateTime,
  options,
} from '../../app/labels';
import { applyProblem, notifyError, notifySaved } from '../../app/problems';
import type { PlaybookDocument } from '../../../../domain/playbook/schema';
import { PartyForm } from '../parties/PartyForm';
import { duration } from '../workspace/labels';
import { explainRefusal, type Refusal } from '../workspace/refusals';
import { StepList, StepPicker } from '../workspace/StepList';
import { StepPanel } from '../workspace/StepPanel';
import { coachContextFor } from '../coach/context';
import { MoodPicker } from './MoodPicker';
import { SituationWork } from '../follow-through/SituationWork';
import { SurveyCard } from '../follow-through/SurveyCard';
import { Timeline } from './Timeline';
import { useFieldOptions } from './useFieldOptions';
import { Loading } from '../../app/Loading';

// The composer brings the coach's lexicon with it: loaded only when a situation is open.
const Composer = lazy(() => import('../coach/Composer'));

interface DetailsValues {
  title: string;
  account: string;
  channel: string | null;
  live: boolean;
  partyId: string | null;
  locationId: string | null;
  category: string | null;
  severity: string | null;
  mood: string;
  ownerId: string | null;
}

function valuesOf(s: TSituation): DetailsValues {
  return {
    title: s.title,
    account: s.account ?? '',
    channel: s.channel,
    live: s.live,
    partyId: s.partyId,
    locationId: s.locationId,
    category: s.category,
    severity: s.severity,
    mood: s.mood ?? '',
    ownerId: s.ownerId,
  };
}

/** Only what changed is sent, so the timeline records exactly what the person edited. */
function changesOf(before: DetailsValues, after: DetailsValues): TUpdateSituationRequest {
  const patch: TUpdateSituationRequest = {};
  if (after.title !== before.title) patch.title = after.title;
  if (after.account !== before.account) patch.account = after.account;
  if (after.channel !== before.channel) patch.channel = after.channel as Channel | null;
  if (after.live !== before.live) patch.live = after.live;
  if (after.partyId !== before.partyId) patch.partyId = after.partyId;
  if (after.locationId !== before.locationId) patch.locationId = after.locationId;
  if (after.category !== before.category) patch.category = after.category;
  if (after.severity !== before.severity) patch.severity = after.severity as Severity | null;
  if (after.mood !== before.mood) patch.mood = (after.mood || null) as Mood | null;
  if (after.ownerId !== before.ownerId) patch.ownerId = after.ownerId;
  return patch;
}

function PartyPicker({
  value,
  currentName,
  onChange,
  error,
}: {
  value: string | null;
  currentName: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}) {
  const [search, setSearch] = useState('');
  const current = useParty(value).data;
  const labelOf = (p: { name: string; email: string | null }) =>
    p.email ? `${p.name} (${p.email})` : p.name;
  // The Select writes the chosen party's label into its search box: that is not someone
  // typing, and searching for it would change the options, the label, the search… for ever.
  const selectedLabel = current ? labelOf(current) : currentName;
  const [debounced] = useDebouncedValue(search === selectedLabel ? '' : search, 200);
  const parties = useParties({ q: debounced });
  const [adding, addModal] = useDisclosure(false);
  const data = (parties.data?.pages.flatMap((p) => p.items) ?? []).map((p) => ({
    value: p.id,
    label: labelOf(p),
  }));
  if (value && selectedLabel && !data.some((d) => d.value === value))
    data.unshift({ value, label: selectedLabel });
  return (
    <>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <Select
          style={{ flex: 1 }}
          label="Who is it?"
          description="The customer, vendor or team member"
          placeholder="Search by name or email"
          searchable
          clearable
          data={data}
          value={value}
          onChange={onChange}
          onSearchChange={setSearch}
          nothingFoundMessage={parties.isFetching ? 'Searching…' : 'Nobody found — add them'}
          filter={({ options: o }) => o}
          error={error}
        />
        <Button
          variant="default"
          onClick={addModal.open}
          leftSection={<IconPlus size={16} />}
          aria-label="Add a new party"
        >
          New
        </Button>
      </Group>
      <Modal opened={adding} onClose={addModal.close} title="Add a party">
        <PartyForm
          onSaved={(party) => {
            onChange(party.id);
            addModal.close();
          }}
        />
      </Modal>
    </>
  );
}

function DetailsForm({ situation }: { situation: TSituation }) {
  const update = useUpdateSituation(situation.id);
  const fields = useFieldOptions(situation);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<DetailsValues>({
    initialValues: valuesOf(situation),
    validate: { title: (v) => (v.trim() ? null : 'Give the situation a short title.') },
  });
  useEffect(() => {
    form.setInitialValues(valuesOf(situation));
    form.setValues(valuesOf(situation));
    // Reset the form only when the server's version changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [situation.updatedAt]);
  const closed = situation.status === 'closed';

  return (
    <Card withBorder radius="md" padding="md">
      <form
        onSubmit={form.onSubmit((values) => {
          setMessage(null);
          const patch = changesOf(valuesOf(situation), values);
          if (Object.keys(patch).length === 0) return;
          update.mutate(patch, {
            onSuccess: () => notifySaved('Saved'),
            onError: (e) => setMessage(applyProblem(form, e)),
          });
        })}
      >
        <Stack>
          <Title order={2} size="h4">
            Details
          </Title>
          {closed && (
            <Alert color="gray">This situation is closed. Reopen it to change its details.</Alert>
          )}
          {message && <Alert color="red">{message}</Alert>}
          <fieldset disabled={closed} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <Stack>
              <TextInput label="Title" {...form.getInputProps('title')} />
              <Textarea
                label="What happened, in their words"
                description="Let them tell the whole story; write it down as they said it."
                autosize
                minRows={3}
                maxRows={12}
                {...form.getInputProps('account')}
              />
              <PartyPicker
                value={form.values.partyId}
                currentName={situation.partyName}
                onChange={(id) => form.setFieldValue('partyId', id)}
                error={form.errors.partyId as string | undefined}
              />
              <MoodPicker
                label="Mood"
                emptyLabel="Not set"
                value={form.values.mood}
                onChange={(mood) => form.setFieldValue('mood', mood)}
              />
              <Switch
                label="Live and in public"
                description="Happening now, in front of other people"
                {...form.getInputProps('live', { type: 'checkbox' })}
              />
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <Select
                  label="Channel"
                  data={options(CHANNEL_LABELS)}
                  clearable
                  {...form.getInputProps('channel')}
                />
                <Select
                  label="Severity"
                  data={options(SEVERITY_LABELS)}
                  clearable
                  {...form.getInputProps('severity')}
                />
                <Select
                  label="Category"
                  data={fields.categories}
                  clearable
                  searchable
                  {...form.getInputProps('category')}
                />
                <Select
                  label="Location"
                  data={fields.locations}
                  clearable
                  {...form.getInputProps('locationId')}
                />
                <Select
                  label="Owner"
                  description="Who sees it through"
                  data={fields.members}
                  clearable
                  searchable
                  {...form.getInputProps('ownerId')}
                />
              </SimpleGrid>
              <Group justify="flex-end">
                <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty()}>
                  Discard changes
                </Button>
                <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
                  Save details
                </Button>
              </Group>
            </Stack>
          </fieldset>
        </Stack>
      </form>
    </Card>
  );
}

function StatusActions({
  situation,
  playbook,
  onRefusal,
}: {
  situation: TSituation;
  playbook: PlaybookDocument | undefined;
  onRefusal: (refusal: Refusal | null) => void;
}) {
  const act = useSituationAction(situation.id);
  const run = (type: 'resolve' | 'reopen' | 'close', done: string) =>
    act.mutate(
      { type },
      {
        onError: (error) => {
          const explained = playbook && explainRefusal(error, playbook, situation, null);
          if (explained) onRefusal(explained);
          else notifyError(error);
        },
        onSuccess: () => {
          onRefusal(null);
          notifySaved(done);
        },
      },
    );
  return (
    <Group gap="xs">
      {situation.status === 'open' && (
        <Button
          onClick={() => run('resolve', 'Resolved')}
          loading={act.isPending && act.variables?.type === 'resolve'}
        >
          Mark resolved
        </Button>
      )}
      {situation.status !== 'closed' && (
        <Button
          variant="default"
          onClick={() => run('close', 'Closed')}
          loading={act.isPending && act.variables?.type === 'close'}
        >
          Close
        </Button>
      )}
      {situation.status !== 'open' && (
        <Button
          variant="default"
          onClick={() => run('reopen', 'Reopened')}
          loading={act.isPending && act.variables?.type === 'reopen'}
        >
          Reopen
        </Button>
      )}
    </Group>
  );
}

function Timings({ situation }: { situation: TSituation }) {
  const { firstResponseMs, recoveryMs } = situation.timings;
  return (
    <Group gap="lg" aria-label="Timings">
      <Text size="sm">
        <Text span c="dimmed" size="sm">
          First response:{' '}
        </Text>
        {firstResponseMs === null ? 'not yet' : duration(firstResponseMs)}
      </Text>
      <Text size="sm" data-testid="recovery-time">
        <Text span c="dimmed" size="sm">
          Recovery time:{' '}
        </Text>
        {recoveryMs === null ? 'not resolved yet' : duration(recoveryMs)}
      </Text>
    </Group>
  );
}

/** The workspace: the playbook as a stepper, the step in hand, the timeline beside it. */
export function SituationPage() {
  const { id = '' } = useParams();
  const situation = useSituation(id);
  const playbook = usePlaybook(situation.data?.playbook.id, situation.data?.playbook.version);
  const [selected, setSelected] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const phone = useMediaQuery('(max-width: 47.99em)');
  const currentStep = situation.data?.currentStep;
  const coachContext = useMemo(
    () => (situation.data ? coachContextFor(situation.data, playbook.data?.document) : {}),
    [situation.data, playbook.data?.document],
  );
  // Follow the work: after a step is recorded the next one comes into view.
  useEffect(() => {
    if (currentStep) setSelected(currentStep);
  }, [currentStep]);
  const steps = playbook.data?.document.steps ?? [];
  const shown = selected ?? currentStep ?? steps.at(-1)?.id ?? null;
  const move = (by: number) => {
    const i = steps.findIndex((s) => s.id === shown);
    const next = steps[i + by];
    if (next) {
      setRefusal(null);
      setSelected(next.id);
    }
  };
  useHotkeys([
    ['[', () => move(-1)],
    [']', () => move(1)],
  ]);

  if (situation.isPending) {
    return (
      <Center p="xl">
        <Loading label="Loading situation" />
      </Center>
    );
  }
  if (situation.isError) {
    const notFound = situation.error instanceof ApiError && situation.error.status === 404;
    return (
      <Stack maw={600} mx="auto">
        <Alert
          color={notFound ? 'gray' : 'red'}
          title={notFound ? 'Situation not found' : 'Could not load the situation'}
        >
          {notFound
            ? 'It may have been opened in another organisation, or the link is wrong.'
            : situation.error.message}
        </Alert>
        <Anchor component={Link} to="/">
          Back to the inbox
        </Anchor>
      </Stack>
    );
  }
  const s = situation.data;
  const document = playbook.data?.document;
  const select = (step: string) => {
    setRefusal(null);
    setSelected(step);
  };
  const stepProps =
    document && shown
      ? { situation: s, playbook: document, selected: shown, onSelect: select }
      : null;
  return (
    <Stack maw={1400} mx="auto" gap="md">
      <Anchor component={Link} to="/" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Inbox
        </Group>
      </Anchor>
      <Flex
        direction={{ base: 'column', sm: 'row' }}
        justify="space-between"
        align={{ base: 'stretch', sm: 'flex-start' }}
        gap="sm"
      >
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs">
            <Text c="dimmed">#{s.number}</Text>
            <Badge color={STATUS_COLORS[s.status]} variant="light">
              {STATUS_LABELS[s.status]}
            </Badge>
            {s.outcome === 'vent_only' && (
              <Badge color="cyan" variant="light">
                They wanted to be heard
              </Badge>
            )}
          </Group>
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {s.title}
          </Title>
          <Text size="sm" c="dimmed">
            Opened {dateTime(s.openedAt)}
            {s.resolvedAt && ` · resolved ${dateTime(s.resolvedAt)}`}
            {s.closedAt && ` · closed ${dateTime(s.closedAt)}`}
          </Text>
          <Timings situation={s} />
        </Stack>
        <StatusActions situation={s} playbook={document} onRefusal={setRefusal} />
      </Flex>
      {s.live && s.status === 'open' && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle />}
          title="Live and in public: others are watching how this is handled"
        >
          Stay calm and keep your voice low. Don’t blame anyone, and don’t make it bigger than it
          is. If you can, invite the person somewhere quieter, then listen to the whole story before
          you answer.
        </Alert>
      )}
      {!stepProps ? (
        playbook.isError ? (
          <Alert color="red">Could not load the playbook this situation runs on.</Alert>
        ) : (
          <Loading label="Loading the playbook" />
        )
      ) : (
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
            {phone ? <StepPicker {...stepProps} /> : <StepList {...stepProps} />}
            <Text size="xs" c="dimmed" mt="xs" visibleFrom="md">
              Keys: [ and ] move between steps; Ctrl+Enter records the step.
            </Text>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8, lg: 5 }}>
            <Stack gap="md">
              <StepPanel
                // A step's form is its own: another step starts from its own captures.
                key={stepProps.selected}
                situation={s}
                playbook={stepProps.playbook}
                stepId={stepProps.selected}
                onSelect={select}
                refusal={refusal}
                onRefusal={setRefusal}
              />
              <SituationWork situation={s} />
              <SurveyCard situation={s} />
              <Suspense fallback={<Loading size="sm" label="Loading the reply composer" />}>
                <Composer
                  situationId={s.id}
                  partyId={s.partyId}
                  step={stepProps.selected}
                  context={coachContext}
                />
              </Suspense>
              <Accordion variant="contained" radius="md">
                <Accordion.Item value="details">
                  <Accordion.Control>Details: who, where, category, owner</Accordion.Control>
                  <Accordion.Panel>
                    <DetailsForm situation={s} />
                  </Accordion.Panel>
                </Accordion.Item>
              </Accordion>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Timeline situationId={s.id} playbook={document} />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
