import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import type { TCreateInviteRequest, TUpdateMemberRequest } from '../../../../contract/organization';
import type { Role } from '../../../../domain/situation/vocabulary';
import { api } from '../../api/client';
import { CopyField } from '../../app/CopyField';
import {
  keys,
  useInvites,
  useLocations,
  useMe,
  useMembers,
  useWrite,
  type TCreatedInvite,
} from '../../api/hooks';
import { ROLE_HELP, ROLE_LABELS, dateTime } from '../../app/labels';
import { applyProblem, notifyError, notifySaved } from '../../app/problems';
import { RemoveButton } from '../../app/RemoveButton';

const roleOptions = (Object.keys(ROLE_LABELS) as Role[]).map((r) => ({
  value: r,
  label: ROLE_LABELS[r],
}));

function InviteForm() {
  const locations = useLocations();
  const [created, setCreated] = useState<TCreatedInvite | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const invite = useWrite(
    (body: TCreateInviteRequest) => api<TCreatedInvite>('POST', '/invites', body),
    [keys.invites],
  );
  const form = useForm<{ email: string; role: Role; locationId: string | null }>({
    initialValues: { email: '', role: 'staff', locationId: null },
    validate: { email: (v) => (/^\S+@\S+\.\S+$/.test(v) ? null : 'Enter a valid email address.') },
  });
  return (
    <Card withBorder>
      <form
        onSubmit={form.onSubmit((values) => {
          setMessage(null);
          invite.mutate(values, {
            onSuccess: (result) => {
              setCreated(result);
              form.reset();
            },
            onError: (e) => setMessage(applyProblem(form, e)),
          });
        })}
      >
        <Stack>
          <Title order={2} size="h4">
            Invite someone
          </Title>
          {message && <Alert color="red">{message}</Alert>}
          <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
            <TextInput label="Email" type="email" miw={220} {...form.getInputProps('email')} />
            <Select
              label="Role"
              data={roleOptions}
              allowDeselect={false}
              description={ROLE_HELP[form.values.role]}
              {...form.getInputProps('role')}
            />
            <Select
              label="Location"
              placeholder="All locations"
              clearable
              data={(locations.data ?? [])
                .filter((l) => !l.archived)
                .map((l) => ({ value: l.id, label: l.name }))}
              {...form.getInputProps('locationId')}
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" loading={invite.isPending}>
              Create invite link
            </Button>
          </Group>
          {created && (
            <Alert color="teal" title={`Invite for ${created.invite.email}`}>
              <Stack gap="xs">
                <Text size="sm">
                  Send this link to them; it works once and expires{' '}
                  {dateTime(created.invite.expiresAt)}.
                </Text>
                <CopyField value={created.link} label="Invite link" />
              </Stack>
            </Alert>
          )}
        </Stack>
      </form>
    </Card>
  );
}

export function MembersPage() {
  const me = useMe();
  const isOwner = me.data?.user.role === 'owner';
  const members = useMembers();
  const locations = useLocations();
  const invites = useInvites(isOwner);
  const update = useWrite(
    ({ id, ...body }: TUpdateMemberRequest & { id: string }) =>
      api('PATCH', `/members/${id}`, body),
    [keys.members],
  );
  const revoke = useWrite(
    (id: string) => api<{ revoked: number }>('POST', `/members/${id}/revoke-sessions`),
    [keys.members],
  );
  const cancel = useWrite((id: string) => api('DELETE', `/invites/${id}`), [keys.invites]);
  const locationOptions = (locations.data ?? [])
    .filter((l) => !l.archived)
    .map((l) => ({ value: l.id, label: l.name }));

  return (
    <Stack maw={1100} mx="auto">
      <Title order={1} size="h2">
        Team
      </Title>
      <Text c="dimmed" size="sm">
        Everyone who logs and handles situations. Owners decide roles; staff can act on the spot
        within the limits the owner sets.
      </Text>
      {isOwner && <InviteForm />}
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Member</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Location</Table.Th>
                <Table.Th>Signed in</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(members.data ?? []).map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Text fw={600} size="sm">
                      {m.name}
                      {m.id === me.data?.user.id && ' (you)'}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {m.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {isOwner ? (
                      <Select
                        aria-label={`Role of ${m.name}`}
                        data={roleOptions}
                        value={m.role}
                        allowDeselect={false}
                        w={140}
                        onChange={(role) =>
                          role &&
                          update.mutate(
                            { id: m.id, role: role as Role },
                            {
                              onSuccess: () =>
                                notifySaved(`${m.name} is now ${ROLE_LABELS[role as Role]}`),
                              onError: notifyError,
                            },
                          )
                        }
                      />
                    ) : (
                      ROLE_LABELS[m.role]
                    )}
                  </Table.Td>
                  <Table.Td>
                    {isOwner ? (
                      <Select
                        aria-label={`Location of ${m.name}`}
                        data={locationOptions}
                        value={m.locationId}
                        placeholder="All locations"
                        clearable
                        w={220}
                        onChange={(locationId) =>
                          update.mutate({ id: m.id, locationId }, { onError: notifyError })
                        }
                      />
                    ) : (
                      (locations.data?.find((l) => l.id === m.locationId)?.name ?? 'All locations')
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm">
                        {m.activeSessions === 0
                          ? 'No'
                          : `${m.activeSessions} session${m.activeSessions === 1 ? '' : 's'}`}
                      </Text>
                      {isOwner && m.activeSessions > 0 && m.id !== me.data?.user.id && (
                        <Tooltip label="Sign out everywhere">
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={`Sign ${m.name} out everywhere`}
                            onClick={() =>
                              revoke.mutate(m.id, {
                                onSuccess: (r) =>
                                  notifySaved(`Ended ${r.revoked} session(s) of ${m.name}`),
                                onError: notifyError,
                              })
                            }
                          >
                            <IconLogout size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      {isOwner && (invites.data?.length ?? 0) > 0 && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            Open invites
          </Title>
          <Stack gap="xs">
            {invites.data?.map((i) => (
              <Group key={i.id} justify="space-between">
                <Text size="sm">
                  {i.email} · {ROLE_LABELS[i.role]} · expires {dateTime(i.expiresAt)}
                </Text>
                <RemoveButton
                  tooltip="Cancel the invite"
                  label={`Cancel the invite for ${i.email}`}
                  onClick={() => cancel.mutate(i.id, { onError: notifyError })}
                />
              </Group>
            ))}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
