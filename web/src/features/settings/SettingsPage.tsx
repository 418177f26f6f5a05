import type { SurveyTiming } from '../../../../domain/situation/survey';
import { PhrasebookCard } from '../coach/PhrasebookSettings';
import { BackgroundJobsCard } from './BackgroundJobsCard';
import { WebhooksCard } from './WebhooksCard';
import { GestureCatalogCard, LimitsCard } from '../gestures/GestureSettings';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Code,
  Group,
  NumberInput,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPencil } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { TCreatedToken } from '../../../../contract/auth';
import { api } from '../../api/client';
import { CopyField } from '../../app/CopyField';
import {
  keys,
  useCategories,
  useLocations,
  useMe,
  useOrganization,
  useTokens,
  useWrite,
} from '../../api/hooks';
import { dateTime } from '../../app/labels';
import { applyProblem, notifyError, notifySaved } from '../../app/problems';
import { RemoveButton } from '../../app/RemoveButton';

/** One line of a settings list: a name that can be renamed in place and archived. */
function EditableRow({
  label,
  archived,
  canEdit,
  onRename,
  onArchive,
  archiveLabel,
}: {
  label: string;
  archived: boolean;
  canEdit: boolean;
  onRename: (label: string) => void;
  onArchive: (archived: boolean) => void;
  archiveLabel: string;
}) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(label);
  useEffect(() => setValue(label), [label]);
  if (editing) {
    return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (value.trim() && value !== label) onRename(value.trim());
          setEditing(false);
        }}
      >
        <Group gap="xs" wrap="nowrap">
          <TextInput
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            style={{ flex: 1 }}
            aria-label={`New name for ${label}`}
            autoFocus
          />
          <Button type="submit" size="xs">
            Save
          </Button>
          <Button variant="default" size="xs" onClick={() => setEditing(false)}>
            Cancel
          </Button>
        </Group>
      </form>
    );
  }
  return (
    <Group justify="space-between" wrap="nowrap">
      <Group gap="xs">
        <Text size="sm" c={archived ? 'dimmed' : undefined}>
          {label}
        </Text>
        {archived && (
          <Badge size="xs" color="gray">
            archived
          </Badge>
        )}
      </Group>
      {canEdit && (
        <Group gap="xs" wrap="nowrap">
          <Tooltip label="Rename">
            <ActionIcon
              variant="subtle"
              aria-label={`Rename ${label}`}
              onClick={() => setEditing(true)}
            >
              <IconPencil size={16} />
            </ActionIcon>
          </Tooltip>
          <Switch
            size="xs"
            checked={!archived}
            onChange={(e) => onArchive(!e.currentTarget.checked)}
            aria-label={`${archiveLabel} ${label}`}
            label="In use"
          />
        </Group>
      )}
    </Group>
  );
}

function AddForm({
  label,
  placeholder,
  onAdd,
  pending,
}: {
  label: string;
  placeholder: string;
  onAdd: (name: string, done: () => void, fail: (e: unknown) => void) => void;
  pending: boolean;
}) {
  const form = useForm({
    initialValues: { name: '' },
    validate: { name: (v) => (v.trim() ? null : 'Enter a name.') },
  });
  return (
    <form
      onSubmit={form.onSubmit((v) =>
        onAdd(
          v.name.trim(),
          () => form.reset(),
          (e) => applyProblem(form, e),
        ),
      )}
    >
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput
          placeholder={placeholder}
          aria-label={label}
          style={{ flex: 1 }}
          {...form.getInputProps('name')}
        />
        <Button type="submit" variant="light" loading={pending}>
          Add
        </Button>
      </Group>
    </form>
  );
}

function OrganizationCard({ canEdit }: { canEdit: boolean }) {
  const org = useOrganization();
  const save = useWrite(
    (body: { name: string; followUpAfterHours: number | string; surveyTiming: SurveyTiming }) =>
      api('PATCH', '/organization', body),
    [keys.organization, keys.me],
  );
  const form = useForm({
    initialValues: {
      name: '',
      followUpAfterHours: 48 as number | string,
      surveyTiming: 'follow_up_due' as SurveyTiming,
    },
  });
  useEffect(() => {
    if (org.data)
      form.setValues({
        name: org.data.name,
        followUpAfterHours: org.data.followUpAfterHours,
        surveyTiming: org.data.surveyTiming,
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [org.data?.name, org.data?.followUpAfterHours, org.data?.surveyTiming]);
  return (
    <Card withBorder>
      <form
        onSubmit={form.onSubmit((v) =>
          save.mutate(v, {
            onSuccess: () => notifySaved('Organisation saved'),
            onError: (e) => applyProblem(form, e),
          }),
        )}
      >
        <Stack>
          <Title order={2} size="h4">
            Organisation
          </Title>
          <TextInput label="Name" disabled={!canEdit} {...form.getInputProps('name')} />
          <NumberInput
            label="Follow up after (hours)"
            description="When a situation is resolved, its owner is asked to check the fix held this long after. 48 hours suits most businesses."
            min={1}
            max={24 * 90}
            allowDecimal={false}
            disabled={!canEdit}
            maw={320}
            {...form.getInputProps('followUpAfterHours')}
          />
          <Select
            label="Survey the customer"
            description={
              org.data && !org.data.emailConfigured
                ? 'Surveys are emailed, and email is not set up (SMTP_URL): until it is, hand the link over from the situation page.'
                : 'Customers with an email address get a short survey: did we put it right, 1 to 5, will they come back. A low answer reopens the situation and tells its owner.'
            }
            data={[
              { value: 'follow_up_due', label: 'When the follow-up falls due' },
              { value: 'follow_up_recorded', label: 'Once the follow-up is recorded' },
              { value: 'off', label: 'Never by itself (only when someone asks)' },
            ]}
            allowDeselect={false}
            disabled={!canEdit}
            maw={420}
            {...form.getInputProps('surveyTiming')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Email in
            </Text>
            {org.data?.inboundAddress ? (
              <>
                <Text size="sm" c="dimmed">
                  Mail to this address opens a situation (or joins one, when it answers our email),
                  with the sender as the party. Forward the address customers already write to here.
                </Text>
                <CopyField value={org.data.inboundAddress} label="Inbound email address" />
              </>
            ) : (
              <Text size="sm" c="dimmed">
                Not set up: start Turnaround with INBOUND_SMTP_PORT (and INBOUND_DOMAIN) and point
                your domain’s mail for it here. Until then, paste what people write into a
                situation’s “Their words”.
              </Text>
            )}
          </Stack>
          {canEdit ? (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending}>
                Save
              </Button>
            </Group>
          ) : (
            <Text size="xs" c="dimmed">
              Only an owner can change the organisation’s settings.
            </Text>
          )}
        </Stack>
      </form>
    </Card>
  );
}

function TokensCard() {
  const tokens = useTokens();
  const [created, setCreated] = useState<TCreatedToken | null>(null);
  const create = useWrite(
    (name: string) => api<TCreatedToken>('POST', '/tokens', { name }),
    [keys.tokens],
  );
  const revoke = useWrite((id: string) => api('DELETE', `/tokens/${id}`), [keys.tokens]);
  return (
    <Card withBorder>
      <Stack>
        <div>
          <Title order={2} size="h4">
            API tokens
          </Title>
          <Text size="sm" c="dimmed">
            For scripts and integrations: send <Code>Authorization: Bearer &lt;token&gt;</Code>. A
            token acts as you. The API is described at <a href="/api/docs">/api/docs</a>.
          </Text>
        </div>
        <AddForm
          label="Token name"
          placeholder="What will use it, e.g. booking system"
          pending={create.isPending}
          onAdd={(name, done, fail) =>
            create.mutate(name, {
              onSuccess: (t) => {
                setCreated(t);
                done();
              },
              onError: fail,
            })
          }
        />
        {created && (
          <Alert color="teal" title="Copy the token now: it is shown only once">
            <CopyField value={created.token} label="New API token" />
          </Alert>
        )}
        {(tokens.data ?? []).length === 0 ? (
          <Text size="sm" c="dimmed">
            No tokens yet.
          </Text>
        ) : (
          (tokens.data ?? []).map((t) => (
            <Group key={t.id} justify="space-between" wrap="nowrap">
              <div>
                <Text size="sm" fw={500}>
                  {t.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t.userName} · created {dateTime(t.createdAt)} ·{' '}
                  {t.lastUsedAt ? `last used ${dateTime(t.lastUsedAt)}` : 'never used'}
                </Text>
              </div>
              <RemoveButton
                tooltip="Revoke"
                label={`Revoke the token ${t.name}`}
                onClick={() =>
                  revoke.mutate(t.id, {
                    onSuccess: () => notifySaved('Token revoked'),
                    onError: notifyError,
                  })
                }
              />
            </Group>
          ))
        )}
      </Stack>
    </Card>
  );
}

export function SettingsPage() {
  const me = useMe();
  const role = me.data?.user.role;
  const canEditSettings = role === 'owner' || role === 'manager';
  const locations = useLocations();
  const categories = useCategories();
  const addLocation = useWrite(
    (name: string) => api('POST', '/locations', { name }),
    [keys.locations],
  );
  const updateLocation = useWrite(
    ({ id, ...body }: { id: string; name: string; archived: boolean }) =>
      api('PATCH', `/locations/${id}`, body),
    [keys.locations],
  );
  const addCategory = useWrite(
    (label: string) => api('POST', '/categories', { label }),
    [keys.categories],
  );
  const updateCategory = useWrite(
    ({ key, ...body }: { key: string; label?: string; archived?: boolean }) =>
      api('PATCH', `/categories/${key}`, body),
    [keys.categories],
  );

  return (
    <Stack maw={800} mx="auto">
      <Title order={1} size="h2">
        Settings
      </Title>
      <OrganizationCard canEdit={role === 'owner'} />
      <GestureCatalogCard canEdit={role === 'owner'} />
      <LimitsCard canEdit={role === 'owner'} />
      <PhrasebookCard canEdit={role === 'owner'} />
      <Card withBorder>
        <Stack>
          <div>
            <Title order={2} size="h4">
              Locations
            </Title>
            <Text size="sm" c="dimmed">
              Where things happen: a restaurant, a salon, a shop. Situations and members can belong
              to one.
            </Text>
          </div>
          {(locations.data ?? []).length === 0 && (
            <Text size="sm" c="dimmed">
              No locations yet.{' '}
              {canEditSettings ? 'Add one below if you work in more than one place.' : ''}
            </Text>
          )}
          {(locations.data ?? []).map((l) => (
            <EditableRow
              key={l.id}
              label={l.name}
              archived={l.archived}
              canEdit={canEditSettings}
              archiveLabel="Location in use:"
              onRename={(name) =>
                updateLocation.mutate(
                  { id: l.id, name, archived: l.archived },
                  { onError: notifyError },
                )
              }
              onArchive={(archived) =>
                updateLocation.mutate(
                  { id: l.id, name: l.name, archived },
                  { onError: notifyError },
                )
              }
            />
          ))}
          {canEditSettings && (
            <AddForm
              label="New location"
              placeholder="e.g. Harbour Street"
              pending={addLocation.isPending}
              onAdd={(name, done, fail) =>
                addLocation.mutate(name, { onSuccess: done, onError: fail })
              }
            />
          )}
        </Stack>
      </Card>
      <Card withBorder>
        <Stack>
          <div>
            <Title order={2} size="h4">
              Categories
            </Title>
            <Text size="sm" c="dimmed">
              What kind of problem it was. Categories show what keeps going wrong; archived ones
              stay on past situations.
            </Text>
          </div>
          {(categories.data ?? []).map((c) => (
            <EditableRow
              key={c.key}
              label={c.label}
              archived={c.archived}
              canEdit={canEditSettings}
              archiveLabel="Category in use:"
              onRename={(label) =>
                updateCategory.mutate({ key: c.key, label }, { onError: notifyError })
              }
              onArchive={(archived) =>
                updateCategory.mutate({ key: c.key, archived }, { onError: notifyError })
              }
            />
          ))}
          {canEditSettings && (
            <AddForm
              label="New category"
              placeholder="e.g. Noise"
              pending={addCategory.isPending}
              onAdd={(name, done, fail) =>
                addCategory.mutate(name, { onSuccess: done, onError: fail })
              }
            />
          )}
          {!canEditSettings && (
            <Text size="xs" c="dimmed">
              Only managers and owners can change locations and categories.
            </Text>
          )}
        </Stack>
      </Card>
      <TokensCard />
      {role === 'owner' && <WebhooksCard />}
      {role === 'owner' && <BackgroundJobsCard />}
    </Stack>
  );
}
