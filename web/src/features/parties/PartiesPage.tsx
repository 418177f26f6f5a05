import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  Drawer,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TParty } from '../../../../contract/parties';
import { useParties } from '../../api/hooks';
import { PARTY_KIND_LABELS } from '../../app/labels';
import { PartyForm } from './PartyForm';
import { Loading } from '../../app/Loading';

export function PartiesPage() {
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState('all');
  const [debounced] = useDebouncedValue(search, 250);
  const parties = useParties({ q: debounced, ...(kind !== 'all' ? { kind } : {}) });
  const [editing, setEditing] = useState<TParty | null>(null);
  const [drawerOpen, drawer] = useDisclosure(false);
  const items = parties.data?.pages.flatMap((p) => p.items) ?? [];
  const openEditor = (party: TParty | null) => {
    setEditing(party);
    drawer.open();
  };

  return (
    <Stack maw={1100} mx="auto">
      <Group justify="space-between">
        <Title order={1} size="h2">
          Parties
        </Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => openEditor(null)}>
          Add party
        </Button>
      </Group>
      <Text c="dimmed" size="sm">
        The other side of a situation: customers, vendors and team members. Knowing who it is (a
        regular, a first visit, a supplier with a history) helps you choose the right words and the
        right gesture.
      </Text>
      <Group gap="xs">
        <TextInput
          style={{ flex: 1, minWidth: 200 }}
          leftSection={<IconSearch size={16} />}
          placeholder="Name, email or phone"
          aria-label="Search parties"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <SegmentedControl
          aria-label="Kind"
          value={kind}
          onChange={setKind}
          data={[
            { value: 'all', label: 'All' },
            ...Object.entries(PARTY_KIND_LABELS).map(([value, label]) => ({ value, label })),
          ]}
        />
      </Group>
      {parties.isPending ? (
        <Center p="xl">
          <Loading label="Loading parties" />
        </Center>
      ) : parties.isError ? (
        <Alert color="red">{parties.error.message}</Alert>
      ) : items.length === 0 ? (
        <Card withBorder p="xl">
          <Stack align="center" gap="xs">
            <Text fw={600}>
              {debounced || kind !== 'all' ? 'Nobody matches' : 'No parties yet'}
            </Text>
            <Text c="dimmed" size="sm" ta="center" maw={480}>
              {debounced || kind !== 'all'
                ? 'Search looks at names, emails and phone numbers.'
                : 'Add the people and businesses you deal with, or add them from a situation as you log it. Their history then shows up each time something happens again.'}
            </Text>
          </Stack>
        </Card>
      ) : (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={560}>
            <Table highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Contact</Table.Th>
                  <Table.Th>Situations</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor
                        component="button"
                        type="button"
                        onClick={() => openEditor(p)}
                        fw={600}
                      >
                        {p.name}
                      </Anchor>
                      <Group gap={4} mt={2}>
                        {p.tags.map((t) => (
                          <Badge key={t} size="xs" variant="light">
                            {t}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>{PARTY_KIND_LABELS[p.kind]}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{p.email}</Text>
                      <Text size="sm" c="dimmed">
                        {p.phone}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {p.situationCount > 0 ? (
                        <Anchor component={Link} to={`/?partyId=${p.id}`} size="sm">
                          {p.situationCount} situation{p.situationCount === 1 ? '' : 's'}
                        </Anchor>
                      ) : (
                        <Text size="sm" c="dimmed">
                          none
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {parties.hasNextPage && (
            <Button
              variant="subtle"
              fullWidth
              onClick={() => void parties.fetchNextPage()}
              loading={parties.isFetchingNextPage}
            >
              Load more
            </Button>
          )}
        </Card>
      )}
      <Drawer
        opened={drawerOpen}
        onClose={drawer.close}
        title={editing ? editing.name : 'Add a party'}
        position="right"
      >
        {drawerOpen && (
          <PartyForm
            key={editing?.id ?? 'new'}
            {...(editing ? { party: editing } : {})}
            onSaved={drawer.close}
          />
        )}
      </Drawer>
    </Stack>
  );
}
