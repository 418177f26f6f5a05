import {
  Badge,
  Card,
  Loader,
  Stack,
  Text,
  Timeline as MantineTimeline,
  Title,
} from '@mantine/core';
import {
  IconCircleCheck,
  IconDoorExit,
  IconPencil,
  IconPlayerPlay,
  IconRefresh,
} from '@tabler/icons-react';
import type { TSituationEvent } from '../../../../contract/situations';
import { useMembers, useSituationEvents } from '../../api/hooks';
import { CHANNEL_LABELS, MOOD_LABELS, SEVERITY_LABELS, dateTime, timeAgo } from '../../app/labels';
import { useFieldOptions } from './useFieldOptions';

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
};

const HEADLINES: Record<string, string> = {
  opened: 'Opened',
  details_changed: 'Updated',
  resolved: 'Resolved',
  reopened: 'Reopened',
  closed: 'Closed',
};

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

function EventBody({ event }: { event: TSituationEvent }) {
  const describe = useDescribe();
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

export function Timeline({ situationId }: { situationId: string }) {
  const events = useSituationEvents(situationId);
  return (
    <Card withBorder radius="md" padding="md">
      <Title order={2} size="h4" mb="md">
        Timeline
      </Title>
      {events.isPending ? (
        <Loader size="sm" aria-label="Loading timeline" />
      ) : (
        <MantineTimeline active={(events.data?.length ?? 1) - 1} bulletSize={26} lineWidth={2}>
          {(events.data ?? []).map((event) => {
            const Icon = ICONS[event.type] ?? IconPencil;
            return (
              <MantineTimeline.Item
                key={event.id}
                bullet={<Icon size={14} />}
                title={
                  <Text fw={600} size="sm">
                    {HEADLINES[event.type] ?? event.type}{' '}
                    {event.actorName && (
                      <Text span c="dimmed" size="sm" fw={400}>
                        by {event.actorName}
                      </Text>
                    )}
                  </Text>
                }
              >
                <EventBody event={event} />
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
