import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconCopy, IconPencil } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import {
  useCategories,
  useCreatePlaybook,
  useMe,
  usePlaybooks,
  useSetPlaybookDefaults,
} from '../../api/hooks';
import { notifyError, notifySaved } from '../../app/problems';
import { Loading } from '../../app/Loading';

/**
 * The playbooks an organisation can run situations on: the built-in ones and its own copies,
 * and which one new situations start with, overall and per category.
 */
export function PlaybooksPage() {
  const me = useMe();
  const isOwner = me.data?.user.role === 'owner';
  const playbooks = usePlaybooks();
  const categories = useCategories();
  const copy = useCreatePlaybook();
  const setDefaults = useSetPlaybookDefaults();
  const navigate = useNavigate();

  if (playbooks.isPending) return <Loading label="Loading playbooks" />;
  if (playbooks.isError) return <Alert color="red">{playbooks.error.message}</Alert>;
  const { items, defaults } = playbooks.data;
  const usable = items
    .filter((p) => !p.archived)
    .map((p) => ({ value: p.id, label: p.builtIn ? p.name : `${p.name} (yours)` }));
  const change = (body: Parameters<typeof setDefaults.mutate>[0]) =>
    setDefaults.mutate(body, { onSuccess: () => notifySaved('Saved'), onError: notifyError });

  return (
    <Stack maw={1100} mx="auto" gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          Playbooks
        </Title>
        <Text c="dimmed">
          A playbook is the path a situation follows, step by step, with the words that help at each
          one. Situations keep the playbook version they started with.
        </Text>
      </Stack>

      <Card withBorder radius="md" padding="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            Which playbook new situations start with
          </Title>
          {!isOwner && (
            <Text size="sm" c="dimmed">
              Only an owner can change these.
            </Text>
          )}
          <Select
            label="For every situation"
            description="Unless its category has its own, below"
            data={usable}
            value={defaults.organization}
            allowDeselect={false}
            disabled={!isOwner}
            onChange={(v) => v && change({ organization: v })}
            maw={420}
          />
          <Table.ScrollContainer minWidth={400}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Category</Table.Th>
                  <Table.Th>Playbook</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(categories.data ?? [])
                  .filter((c) => !c.archived)
                  .map((c) => (
                    <Table.Tr key={c.key}>
                      <Table.Td>{c.label}</Table.Td>
                      <Table.Td>
                        <Select
                          aria-label={`Playbook for ${c.label}`}
                          placeholder="The default for every situation"
                          data={usable}
                          clearable
                          disabled={!isOwner}
                          value={defaults.categories[c.key] ?? null}
                          onChange={(v) => change({ categories: { [c.key]: v } })}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Card>

      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {items.map((p) => (
          <Card key={p.id} withBorder radius="md" padding="md">
            <Stack gap="xs" h="100%">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Title order={3} size="h5">
                  {p.name}
                </Title>
                <Group gap={4} style={{ flexShrink: 0 }}>
                  {p.builtIn ? (
                    <Badge variant="light" color="gray">
                      Built in
                    </Badge>
                  ) : (
                    <Badge variant="light">v{p.version}</Badge>
                  )}
                  {p.archived && (
                    <Badge variant="light" color="gray">
                      Archived
                    </Badge>
                  )}
                </Group>
              </Group>
              <Text size="sm" c="dimmed" style={{ flex: 1 }}>
                {p.description}
              </Text>
              <Text size="sm">{p.stepCount} steps</Text>
              {isOwner && (
                <Group gap="xs">
                  <Button
                    size="sm"
                    variant="default"
                    leftSection={<IconCopy size={16} />}
                    loading={copy.isPending && copy.variables?.cloneOf === p.id}
                    aria-label={`Make a copy of ${p.name}`}
                    onClick={() =>
                      copy.mutate(
                        { cloneOf: p.id },
                        {
                          onSuccess: (created) => void navigate(`/playbooks/${created.id}`),
                          onError: notifyError,
                        },
                      )
                    }
                  >
                    Make a copy
                  </Button>
                  {!p.builtIn && (
                    <Button
                      size="sm"
                      variant="light"
                      component={Link}
                      to={`/playbooks/${p.id}`}
                      leftSection={<IconPencil size={16} />}
                      aria-label={`Edit ${p.name}`}
                    >
                      Edit
                    </Button>
                  )}
                </Group>
              )}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
