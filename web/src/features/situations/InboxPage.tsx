import {
  Alert,
  Badge,
  Button,
  Card,
  Center,
  Drawer,
  Group,
  Indicator,
  Kbd,
  MultiSelect,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useDebouncedValue, useDisclosure, useHotkeys } from '@mantine/hooks';
import {
  IconAdjustmentsHorizontal,
  IconMapPin,
  IconMoodSmile,
  IconSearch,
  IconUser,
  IconX,
} from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { TSituationSummary } from '../../../../contract/situations';
import { useSituations, type InboxFilters } from '../../api/hooks';
import {
  CHANNEL_LABELS,
  MOOD_EMOJI,
  MOOD_LABELS,
  SEVERITY_COLORS,
  SEVERITY_LABELS,
  STATUS_COLORS,
  STATUS_LABELS,
  options,
  timeAgo,
} from '../../app/labels';
import { useFieldOptions } from './useFieldOptions';
import { Loading } from '../../app/Loading';

const FILTER_KEYS = [
  'status',
  'severity',
  'mood',
  'channel',
  'category',
  'ownerId',
  'locationId',
  'partyId',
  'from',
  'to',
] as const;

function SituationBadges({ s }: { s: TSituationSummary }) {
  return (
    <Group gap={4} wrap="nowrap">
      {s.live && s.status === 'open' && (
        <Badge color="red" variant="filled" size="sm">
          Live
        </Badge>
      )}
      {s.severity && (
        <Badge color={SEVERITY_COLORS[s.severity]} variant="light" size="sm">
          {SEVERITY_LABELS[s.severity]}
        </Badge>
      )}
      <Badge color={STATUS_COLORS[s.status]} variant="outline" size="sm">
        {STATUS_LABELS[s.status]}
      </Badge>
    </Group>
  );
}

function SituationRow({
  s,
  categoryLabel,
  locationName,
}: {
  s: TSituationSummary;
  categoryLabel: string | null;
  locationName: string | null;
}) {
  const when = `${timeAgo(s.openedAt)}${s.ownerName ? ` · ${s.ownerName}` : ' · unassigned'}`;
  return (
    <Card
      component={Link}
      to={`/situations/${s.id}`}
      withBorder
      padding="sm"
      radius="md"
      data-testid="situation-row"
      style={{ textDecoration: 'none' }}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text fw={600} lineClamp={2}>
            <Text span c="dimmed" size="sm" fw={400}>
              #{s.number}
            </Text>{' '}
            {s.title}
          </Text>
          <Group gap="xs" c="dimmed" style={{ rowGap: 2 }}>
            {s.partyName && (
              <Group gap={4} wrap="nowrap">
                <IconUser size={14} aria-hidden />
                <Text size="sm">{s.partyName}</Text>
              </Group>
            )}
            {s.mood && (
              <Text size="sm">
                {MOOD_EMOJI[s.mood]} {MOOD_LABELS[s.mood]}
              </Text>
            )}
            {locationName && (
              <Group gap={4} wrap="nowrap" visibleFrom="sm">
                <IconMapPin size={14} aria-hidden />
                <Text size="sm">{locationName}</Text>
              </Group>
            )}
            {categoryLabel && <Text size="sm">{categoryLabel}</Text>}
            {s.channel && (
              <Text size="sm" visibleFrom="sm">
                {CHANNEL_LABELS[s.channel]}
              </Text>
            )}
          </Group>
          {/* On a phone the badges and time go under the title, so the title keeps the width. */}
          <Group gap="xs" hiddenFrom="sm">
            <SituationBadges s={s} />
            <Text size="xs" c="dimmed">
              {when}
            </Text>
          </Group>
        </Stack>
        <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }} visibleFrom="sm">
          <SituationBadges s={s} />
          <Text size="xs" c="dimmed">
            {when}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}

function toDate(iso: string | undefined): string | null {
  return iso ? iso.slice(0, 10) : null;
}

export function InboxPage() {
  const [params, setParams] = useSearchParams();
  const [filtersOpen, filtersDrawer] = useDisclosure(false);
  const fields = useFieldOptions();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const searchInput = useRef<HTMLInputElement>(null);
  // "/" jumps to the search box, as in most web apps.
  useHotkeys([['/', () => searchInput.current?.focus()]]);

  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  useEffect(() => {
    if ((params.get('q') ?? '') !== debouncedSearch) set({ q: debouncedSearch || null });
    // Only the debounced text should write the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedSearch]);

  const filters: InboxFilters = useMemo(() => Object.fromEntries([...params.entries()]), [params]);
  const view = params.get('view') ?? 'all';
  const activeFilters = FILTER_KEYS.filter((k) => params.get(k)).length;
  const query = useSituations(filters);
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const anyFilter = activeFilters > 0 || !!params.get('q') || view !== 'all';
  const list = (key: string) => params.get(key)?.split(',').filter(Boolean) ?? [];

  return (
    <Stack gap="md" maw={1100} mx="auto">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          Inbox
        </Title>
        <SegmentedControl
          aria-label="Which situations"
          value={view}
          onChange={(v) => set({ view: v === 'all' ? null : v })}
          data={[
            { value: 'all', label: 'All' },
            { value: 'mine', label: 'Mine' },
            { value: 'unassigned', label: 'Unassigned' },
          ]}
        />
      </Group>
      <Group gap="xs" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          leftSection={<IconSearch size={16} />}
          placeholder="Search titles, accounts and names ( / )"
          aria-label="Search situations"
          ref={searchInput}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <Indicator label={activeFilters} size={16} disabled={activeFilters === 0}>
          <Button
            variant="default"
            leftSection={<IconAdjustmentsHorizontal size={16} />}
            onClick={filtersDrawer.open}
          >
            Filters
          </Button>
        </Indicator>
        <Select
          aria-label="Sort"
          w={150}
          visibleFrom="xs"
          value={params.get('sort') ?? 'newest'}
          onChange={(v) => set({ sort: v === 'newest' ? null : v })}
          allowDeselect={false}
          data={[
            { value: 'newest', label: 'Newest first' },
            { value: 'oldest', label: 'Oldest first' },
            { value: 'updated', label: 'Recently updated' },
          ]}
        />
      </Group>

      {query.isPending ? (
        <Center p="xl">
          <Loading label="Loading situations" />
        </Center>
      ) : query.isError ? (
        <Alert color="red">The inbox could not be loaded: {query.error.message}</Alert>
      ) : items.length === 0 ? (
        anyFilter ? (
          <Card withBorder p="xl" radius="md">
            <Stack align="center" gap="sm">
              <Text fw={600}>No situations match</Text>
              <Text c="dimmed" size="sm" ta="center">
                Try fewer filters or another word. Search looks at titles, what the person told you,
                and their name.
              </Text>
              <Button
                variant="light"
                leftSection={<IconX size={16} />}
                onClick={() => {
                  setSearch('');
                  setParams(new URLSearchParams(), { replace: true });
                }}
              >
                Clear search and filters
              </Button>
            </Stack>
          </Card>
        ) : (
          <Card withBorder p="xl" radius="md">
            <Stack align="center" gap="sm" maw={520} mx="auto">
              <ThemeIcon size={48} radius="xl" variant="light">
                <IconMoodSmile size={28} />
              </ThemeIcon>
              <Text fw={600} size="lg">
                Nothing logged yet
              </Text>
              <Text c="dimmed" ta="center">
                When something goes wrong (a cold dish, a late delivery, a clash in the team), log
                it right away with <b>Log situation</b> or press <Kbd>N</Kbd>. A one-line title is
                enough; you can complete it later. Turnaround then helps you listen, find the real
                cause and make it right.
              </Text>
            </Stack>
          </Card>
        )
      ) : (
        <Stack gap="xs" aria-label="Situations">
          {items.map((s) => (
            <SituationRow
              key={s.id}
              s={s}
              categoryLabel={fields.categoryLabel(s.category)}
              locationName={fields.locationName(s.locationId)}
            />
          ))}
          {query.hasNextPage && (
            <Button
              variant="default"
              onClick={() => void query.fetchNextPage()}
              loading={query.isFetchingNextPage}
            >
              Load more
            </Button>
          )}
        </Stack>
      )}

      <Drawer
        opened={filtersOpen}
        onClose={filtersDrawer.close}
        title="Filter the inbox"
        position="right"
        size="sm"
      >
        <Stack>
          <MultiSelect
            label="Status"
            data={options(STATUS_LABELS)}
            value={list('status')}
            onChange={(v) => set({ status: v.join(',') })}
            clearable
          />
          <MultiSelect
            label="Severity"
            data={options(SEVERITY_LABELS)}
            value={list('severity')}
            onChange={(v) => set({ severity: v.join(',') })}
            clearable
          />
          <MultiSelect
            label="Mood"
            data={options(MOOD_LABELS)}
            value={list('mood')}
            onChange={(v) => set({ mood: v.join(',') })}
            clearable
          />
          <MultiSelect
            label="Channel"
            data={options(CHANNEL_LABELS)}
            value={list('channel')}
            onChange={(v) => set({ channel: v.join(',') })}
            clearable
          />
          <Select
            label="Category"
            data={fields.categories}
            value={params.get('category')}
            onChange={(v) => set({ category: v })}
            clearable
            searchable
          />
          <Select
            label="Owner"
            data={fields.members}
            value={params.get('ownerId')}
            onChange={(v) => set({ ownerId: v })}
            clearable
            searchable
          />
          <Select
            label="Location"
            data={fields.locations}
            value={params.get('locationId')}
            onChange={(v) => set({ locationId: v })}
            clearable
          />
          <DatePickerInput
            type="range"
            label="Opened between"
            placeholder="Any time"
            clearable
            value={[toDate(params.get('from') ?? undefined), toDate(params.get('to') ?? undefined)]}
            onChange={([from, to]) =>
              set({
                from: from ? String(from).slice(0, 10) : null,
                to: to ? String(to).slice(0, 10) : null,
              })
            }
          />
          <Button
            variant="default"
            onClick={() => set(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])))}
          >
            Clear filters
          </Button>
          <Button onClick={filtersDrawer.close}>
            Show {items.length > 0 ? 'situations' : 'results'}
          </Button>
        </Stack>
      </Drawer>
    </Stack>
  );
}
