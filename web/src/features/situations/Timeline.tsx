import {
  Anchor,
  Badge,
  Card,
  Group,
  Stack,
  Text,
  Timeline as MantineTimeline,
  Title,
} from '@mantine/core';
import {
  IconArrowBackUp,
  IconCalendarDue,
  IconCircleCheck,
  IconSquareCheck,
  IconDoorExit,
  IconGift,
  IconListCheck,
  IconMailQuestion,
  IconMessage,
  IconMessageStar,
  IconPaperclip,
  IconMessageReply,
  IconPencil,
  IconPlayerPlay,
  IconPlayerSkipForward,
  IconRefresh,
  IconRoute,
} from '@tabler/icons-react';
import type { PlaybookDocument, PlaybookField } from '../../../../domain/playbook/schema';
import type { TSituationEvent } from '../../../../contract/situations';
import { useMembers, useSituationEvents } from '../../api/hooks';
import { CHANNEL_LABELS, MOOD_LABELS, SEVERITY_LABELS, dateTime, timeAgo } from '../../app/labels';
import { useFieldOptions } from './useFieldOptions';
import { Loading } from '../../app/Loading';

const FIELD_LABELS: Record<string, string> = {
  title: 'title',
  account: 'their account',
  channel: 'channel',
  live: 'live and in public',
  partyId: 'party',
  locationId: 'location',
  category: 'category',
  severity: 'severity',
  mood: 'mood',
  ownerId: 'owner',
};

const ICONS: Record<string, typeof IconPencil> = {
  opened: IconPlayerPlay,
  details_changed: IconPencil,
  resolved: IconCircleCheck,
  reopened: IconRefresh,
  closed: IconDoorExit,
  step_recorded: IconListCheck,
  step_skipped: IconPlayerSkipForward,
  looped_back: IconArrowBackUp,
  playbook_changed: IconRoute,
  gesture_granted: IconGift,
  gesture_requested: IconGift,
  gesture_approved: IconGift,
  gesture_denied: IconGift,
  gesture_reversed: IconGift,
  message_logged: IconMessage,
  task_done: IconSquareCheck,
  task_reopened: IconSquareCheck,
  follow_up_scheduled: IconCalendarDue,
  survey_sent: IconMailQuestion,
  survey_answered: IconMessageStar,
};

const HEADLINES: Record<string, string> = {
  opened: 'Opened',
  details_changed: 'Updated',
  resolved: 'Resolved',
  reopened: 'Reopened',
  closed: 'Closed',
};

function headline(event: TSituationEvent, playbook: PlaybookDocument | undefined): string {
  const stepTitle = (id: unknown) =>
    playbook?.steps.find((s) => s.id === id)?.title ?? String(id ?? '');
  switch (event.type) {
    case 'step_recorded':
      return stepTitle(event.data.step);
    case 'step_skipped':
      return `Skipped: ${stepTitle(event.data.step)}`;
    case 'looped_back':
      return `Went back to ${stepTitle(event.data.to)}`;
    case 'gesture_granted':
    case 'gesture_requested':
    case 'gesture_approved':
    case 'gesture_denied':
    case 'gesture_reversed': {
      const verb = {
        gesture_granted: 'Granted',
        gesture_requested: 'Asked for approval',
        gesture_approved: 'Approved',
        gesture_denied: 'Denied',
        gesture_reversed: 'Reversed',
      }[event.type];
      const amount = event.data.amount as { minor: number; currency: string };
      return `${verb}: ${String(event.data.name)} (${euros(amount)})`;
    }
    case 'playbook_changed':
      return `Now following ${(event.data.to as { name?: string }).name ?? 'another playbook'}`;
    case 'message_logged':
      if (event.data.received) {
        const from = event.data.received as { from: string; name: string | null };
        return `Email from ${from.name ? `${from.name} <${from.from}>` : from.from}`;
      }
      if (event.data.direction === 'in') return 'They said';
      return event.data.email
        ? `We emailed ${(event.data.email as { to: string }).to}`
        : 'We replied';
    case 'resolved':
      return event.data.outcome === 'vent_only' ? 'Resolved: they wanted to be heard' : 'Resolved';
    case 'task_done':
      return `Done: ${String(event.data.what)}`;
    case 'task_reopened':
      return `Not done after all: ${String(event.data.what)}`;
    case 'follow_up_scheduled':
      return `Follow-up due ${dateTime(String(event.data.dueAt))}`;
    case 'survey_sent':
      return event.data.to ? `Survey emailed to ${String(event.data.to)}` : 'Survey sent';
    case 'survey_answered':
      return `They answered the survey: ${Number(event.data.score)} of 5`;
    default:
      return HEADLINES[event.type] ?? event.type;
  }
}

const euros = (m: { minor: number; currency: string }) =>
  new Intl.NumberFormat('en-IE', { style: 'currency', currency: m.currency }).format(m.minor / 100);

/** One captured value, briefly: the timeline tells the story, the step shows the detail. */
function captureSummary(field: PlaybookField | undefined, value: unknown): string {
  if (field?.type === 'choice')
    return field.choices?.find((c) => c.value === value)?.label ?? String(value);
  if (field?.type === 'multi_choice')
    return (value as string[])
      .map((v) => field.choices?.find((c) => c.value === v)?.label ?? v)
      .join(', ');
  if (field?.type === 'options')
    return (value as Array<{ description: string; cost: { minor: number; currency: string } }>)
      .map((o) => `${o.description} (${euros(o.cost)})`)
      .join('; ');
  if (field?.type === 'promises' || field?.type === 'tasks')
    return (value as Array<{ what: string; due: string }>)
      .map((p) => `${p.what}, by ${dateTime(p.due)}`)
      .join('; ');
  if (field?.type === 'money') return euros(value as { minor: number; currency: string });
  if (field?.type === 'rating') return `${String(value)} of 5`;
  if (field?.type === 'datetime') return dateTime(String(value));
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.join('; ');
  const text = String(value);
  return text.length > 140 ? `${text.slice(0, 140)}…` : text;
}

function useDescribe() {
  const fields = useFieldOptions();
  const members = useMembers();
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    switch (field) {
      case 'channel':
        return CHANNEL_LABELS[value as keyof typeof CHANNEL_LABELS] ?? String(value);
      case 'severity':
        return SEVERITY_LABELS[value as keyof typeof SEVERITY_LABELS] ?? String(value);
      case 'mood':
        return MOOD_LABELS[value as keyof typeof MOOD_LABELS] ?? String(value);
      case 'live':
        return value ? 'yes' : 'no';
      case 'category':
        return fields.categoryLabel(String(value)) ?? String(value);
      case 'locationId':
        return fields.locationName(String(value)) ?? 'a location';
      case 'ownerId':
        return members.data?.find((m) => m.id === value)?.name ?? 'a former member';
      case 'partyId':
        return 'another party';
      case 'account':
        return String(value).length > 80 ? `${String(value).slice(0, 80)}…` : String(value);
      default:
        return String(value);
    }
  };
}

function EventBody({
  event,
  playbook,
  situationId,
}: {
  event: TSituationEvent;
  playbook: PlaybookDocument | undefined;
  situationId: string;
}) {
  const describe = useDescribe();
  if (event.type === 'step_recorded') {
    const step = playbook?.steps.find((s) => s.id === event.data.step);
    const data = (event.data.data ?? {}) as Record<string, unknown>;
    return (
      <Stack gap={2}>
        {Object.entries(data).map(([id, value]) => {
          const field = step?.fields.find((f) => f.id === id);
          return (
            <Text size="sm" key={id} style={{ overflowWrap: 'anywhere' }}>
              <Text span c="dimmed" size="sm">
                {field?.label ?? id}:
              </Text>{' '}
              {captureSummary(field, value)}
            </Text>
          );
        })}
      </Stack>
    );
  }
  if (event.type === 'message_logged')
    return <MessageBody event={event} situationId={situationId} />;
  if (event.type === 'survey_answered') return <SurveyAnswerBody data={event.data} />;
  if (event.type.startsWith('gesture_')) {
    const note = event.data.note;
    return (
      <Text size="sm">
        {event.type === 'gesture_requested' || !note
          ? String(event.data.reason)
          : `“${String(note)}”`}
      </Text>
    );
  }
  if (
    event.type === 'step_skipped' ||
    event.type === 'looped_back' ||
    event.type === 'playbook_changed'
  ) {
    const reason = event.data.reason;
    return reason ? <Text size="sm">“{String(reason)}”</Text> : null;
  }
  if (event.type === 'details_changed') {
    const changes = (event.data.changes ?? {}) as Record<string, { from: unknown; to: unknown }>;
    return (
      <Stack gap={2}>
        {Object.entries(changes).map(([field, change]) => (
          <Text size="sm" key={field}>
            {FIELD_LABELS[field] ?? field}:{' '}
            {field === 'partyId' || field === 'account' ? (
              describe(field, change.to)
            ) : (
              <>
                {describe(field, change.from)} → {describe(field, change.to)}
              </>
            )}
          </Text>
        ))}
      </Stack>
    );
  }
  if (event.type === 'opened') {
    return (
      <Text size="sm" c="dimmed">
        {String(event.data.title ?? '')}
        {event.data.live ? ' · live and in public' : ''}
      </Text>
    );
  }
  const note = event.data.note;
  return note ? <Text size="sm">“{String(note)}”</Text> : null;
}

const PUT_RIGHT_WORDS: Record<string, string> = {
  yes: 'We put it right',
  partly: 'We partly put it right',
  no: 'We did not put it right',
};
const COME_BACK_WORDS: Record<string, string> = {
  yes: 'they will come back',
  maybe: 'they may come back',
  no: 'they will not come back',
};

function SurveyAnswerBody({ data }: { data: Record<string, unknown> }) {
  return (
    <Stack gap={2}>
      <Text size="sm">
        {PUT_RIGHT_WORDS[String(data.putRight)]}; {COME_BACK_WORDS[String(data.comeBack)]}.
      </Text>
      {data.comment ? <Text size="sm">“{String(data.comment)}”</Text> : null}
      {data.low ? (
        <Text size="sm" c="red" fw={600}>
          A low score: the situation was reopened.
        </Text>
      ) : null}
    </Stack>
  );
}

export function Timeline({
  situationId,
  playbook,
}: {
  situationId: string;
  playbook?: PlaybookDocument | undefined;
}) {
  const events = useSituationEvents(situationId);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="timeline-title">
      <Title order={2} size="h4" mb="md" id="timeline-title">
        Timeline
      </Title>
      {events.isPending ? (
        <Loading size="sm" label="Loading timeline" />
      ) : (
        <MantineTimeline active={(events.data?.length ?? 1) - 1} bulletSize={26} lineWidth={2}>
          {(events.data ?? []).map((event) => {
            const Icon = ICONS[event.type] ?? IconPencil;
            return (
              <MantineTimeline.Item
                key={event.id}
                bullet={<Icon size={14} />}
                title={
                  <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {headline(event, playbook)}{' '}
                    {event.actorName && (
                      <Text span c="dimmed" size="sm" fw={400}>
                        by {event.actorName}
                      </Text>
                    )}
                  </Text>
                }
              >
                <EventBody event={event} playbook={playbook} situationId={situationId} />
                <Text size="xs" c="dimmed" mt={4} title={dateTime(event.at)}>
                  <time dateTime={event.at}>{timeAgo(event.at)}</time>
                </Text>
              </MantineTimeline.Item>
            );
          })}
        </MantineTimeline>
      )}
      {events.data && events.data.length === 1 && (
        <Badge variant="light" color="gray" mt="sm">
          Each change you make is added here
        </Badge>
      )}
    </Card>
  );
}

const MOOD_COLORS: Record<string, string> = {
  calm: 'teal',
  disappointed: 'yellow',
  upset: 'orange',
  angry: 'red',
};

/** A message as said, with the coach's reading: their mood and its cues, or how our reply read. */
function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function MessageBody({ event, situationId }: { event: TSituationEvent; situationId: string }) {
  const data = event.data as {
    direction: 'in' | 'out';
    text: string;
    received?: { subject: string | null };
    attachments?: Array<{ id: string; filename: string; size: number }>;
    attachmentsNotKept?: Array<{ filename: string; size: number }>;
    coach: {
      readiness: number;
      apology: string;
      blame: boolean;
      mood: { label: string; intensity: number; cues: string[] };
      complaint: boolean;
    };
  };
  return (
    <Stack gap={4}>
      {data.received?.subject && (
        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          {data.received.subject}
        </Text>
      )}
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {data.text}
      </Text>
      {(data.attachments?.length ?? 0) + (data.attachmentsNotKept?.length ?? 0) > 0 && (
        <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {data.attachments?.map((file) => (
            <li key={file.id}>
              <Anchor
                size="sm"
                href={`/api/v1/situations/${situationId}/attachments/${file.id}`}
                download={file.filename}
                style={{ overflowWrap: 'anywhere' }}
              >
                <IconPaperclip size={14} style={{ verticalAlign: -2 }} /> {file.filename} (
                {fileSize(file.size)})
              </Anchor>
            </li>
          ))}
          {data.attachmentsNotKept?.map((file) => (
            <li key={file.filename}>
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                <IconPaperclip size={14} style={{ verticalAlign: -2 }} /> {file.filename} (
                {fileSize(file.size)}): too large to keep; ask them for a smaller copy.
              </Text>
            </li>
          ))}
        </Stack>
      )}
      {data.direction === 'in' ? (
        <Group gap={4}>
          <Badge size="sm" variant="light" color={MOOD_COLORS[data.coach.mood.label] ?? 'gray'}>
            {MOOD_LABELS[data.coach.mood.label as keyof typeof MOOD_LABELS] ??
              data.coach.mood.label}{' '}
            {Math.round(data.coach.mood.intensity * 100)}%
          </Badge>
          {data.coach.complaint && (
            <Badge size="sm" variant="light" color="orange">
              Complaint
            </Badge>
          )}
          {data.coach.mood.cues.map((cue) => (
            <Badge key={cue} size="sm" variant="outline" color="gray" tt="none">
              {cue}
            </Badge>
          ))}
        </Group>
      ) : (
        <Group gap={4}>
          <Badge
            size="sm"
            variant="light"
            color={
              data.coach.readiness >= 75 ? 'teal' : data.coach.readiness >= 50 ? 'yellow' : 'red'
            }
          >
            <IconMessageReply size={12} style={{ verticalAlign: -2 }} /> Readiness{' '}
            {data.coach.readiness}
          </Badge>
          {data.coach.blame && (
            <Badge size="sm" variant="light" color="red">
              Blame
            </Badge>
          )}
        </Group>
      )}
    </Stack>
  );
}
