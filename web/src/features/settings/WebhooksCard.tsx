import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { TCreatedWebhook, TDelivery, TWebhook } from '../../../../contract/webhooks';
import {
  WEBHOOK_EVENTS,
  WEBHOOK_EVENT_LABELS,
  type WebhookEvent,
} from '../../../../domain/webhooks/events';
import { api } from '../../api/client';
import { useWrite } from '../../api/hooks';
import { CopyField } from '../../app/CopyField';
import { timeAgo } from '../../app/labels';
import { applyProblem, notifyError, notifySaved } from '../../app/problems';
import { RemoveButton } from '../../app/RemoveButton';

const KEY = ['webhooks'] as const;

const DELIVERY_COLORS: Record<TDelivery['status'], string> = {
  delivered: 'teal',
  pending: 'gray',
  retrying: 'orange',
  failed: 'red',
};

/**
 * For owners: where Turnaround posts what happens (a chat channel, another system). Each
 * delivery is signed with the webhook's secret, tried again with growing waits when the
 * receiver fails, and logged here.
 */
export function WebhooksCard() {
  const hooks = useQuery({
    queryKey: KEY,
    queryFn: async () => (await api<{ items: TWebhook[] }>('GET', '/webhooks')).items,
  });
  const [created, setCreated] = useState<TCreatedWebhook | null>(null);
  return (
    <Card withBorder>
      <Stack>
        <div>
          <Title order={2} size="h4">
            Webhooks
          </Title>
          <Text size="sm" c="dimmed">
            Post events to another system or a Slack channel as they happen. Each delivery carries
            an <code>X-Turnaround-Signature</code> header (HMAC-SHA256 of the timestamp and body
            with the webhook’s secret); a failed one is tried again with growing waits.
          </Text>
        </div>
        {hooks.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            No webhooks yet. Add a Slack incoming-webhook address to hear about new and resolved
            situations in a channel.
          </Text>
        )}
        {(hooks.data ?? []).map((hook) => (
          <WebhookRow key={hook.id} hook={hook} />
        ))}
        {created && (
          <Alert color="teal" title="Webhook added: copy its secret now">
            <Stack gap="xs">
              <Text size="sm">
                It is shown once. The receiver uses it to check that a delivery came from
                Turnaround.
              </Text>
              <CopyField value={created.secret} label="Webhook secret" />
            </Stack>
          </Alert>
        )}
        <AddWebhookForm onCreated={setCreated} />
      </Stack>
    </Card>
  );
}

function WebhookRow({ hook }: { hook: TWebhook }) {
  const deliveries = useQuery({
    queryKey: [...KEY, hook.id, 'deliveries'],
    queryFn: async () =>
      (await api<{ items: TDelivery[] }>('GET', `/webhooks/${hook.id}/deliveries`)).items,
    refetchInterval: 15_000,
  });
  const update = useWrite(
    (active: boolean) => api('PATCH', `/webhooks/${hook.id}`, { active }),
    [KEY],
  );
  const remove = useWrite(() => api('DELETE', `/webhooks/${hook.id}`), [KEY]);
  const recent = (deliveries.data ?? []).slice(0, 5);
  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {hook.url}
          </Text>
          <Group gap={4}>
            <Badge size="xs" variant="outline">
              {hook.format === 'slack' ? 'Slack' : 'JSON'}
            </Badge>
            {hook.events.map((event) => (
              <Badge key={event} size="xs" variant="light" color="gray" tt="none">
                {event}
              </Badge>
            ))}
          </Group>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Switch
            size="xs"
            label="On"
            checked={hook.active}
            aria-label={`Webhook to ${hook.url} on`}
            onChange={(e) => update.mutate(e.currentTarget.checked, { onError: notifyError })}
          />
          <RemoveButton
            label={`Remove the webhook to ${hook.url}`}
            onClick={() =>
              remove.mutate(undefined, {
                onSuccess: () => notifySaved('Webhook removed'),
                onError: notifyError,
              })
            }
          />
        </Group>
      </Group>
      {recent.length > 0 && (
        <Stack gap={2} aria-label={`Latest deliveries to ${hook.url}`}>
          {recent.map((d) => (
            <Group key={d.id} gap={6}>
              <Badge size="xs" color={DELIVERY_COLORS[d.status]}>
                {d.status}
              </Badge>
              <Text size="xs" c="dimmed">
                {d.event} · {timeAgo(d.createdAt)} · {d.attempts}{' '}
                {d.attempts === 1 ? 'attempt' : 'attempts'}
                {d.error ? ` · ${d.error}` : ''}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function AddWebhookForm({ onCreated }: { onCreated: (created: TCreatedWebhook) => void }) {
  const form = useForm({
    initialValues: {
      url: '',
      events: ['situation.opened', 'situation.resolved'] as WebhookEvent[],
      format: 'json' as 'json' | 'slack',
    },
  });
  const add = useWrite(
    (body: typeof form.values) => api<TCreatedWebhook>('POST', '/webhooks', body),
    [KEY],
  );
  return (
    <form
      onSubmit={form.onSubmit((values) =>
        add.mutate(values, {
          onSuccess: (created) => {
            onCreated(created);
            form.setFieldValue('url', '');
          },
          onError: (e) => applyProblem(form, e),
        }),
      )}
    >
      <Stack gap="xs">
        <TextInput
          label="Post to"
          placeholder="https://hooks.slack.com/services/…"
          {...form.getInputProps('url')}
        />
        <Checkbox.Group label="When" {...form.getInputProps('events')}>
          <Group gap="sm" mt={4}>
            {WEBHOOK_EVENTS.map((event) => (
              <Checkbox key={event} value={event} label={WEBHOOK_EVENT_LABELS[event]} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group justify="space-between" align="flex-end">
          <SegmentedControl
            aria-label="Format"
            data={[
              { value: 'json', label: 'JSON' },
              { value: 'slack', label: 'Slack message' },
            ]}
            {...form.getInputProps('format')}
          />
          <Button type="submit" variant="light" loading={add.isPending}>
            Add webhook
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
