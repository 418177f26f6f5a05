import { BarChart } from '@mantine/charts';
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { toQuery } from '../../api/client';
import { useLedger, useSpend } from '../../api/hooks';
import { dateTime } from '../../app/labels';
import { KIND_LABELS, money } from './money';
import { Loading } from '../../app/Loading';

const GROUPS = [
  { value: 'location', label: 'Location' },
  { value: 'member', label: 'Member' },
  { value: 'kind', label: 'Kind' },
  { value: 'month', label: 'Month' },
];

const TYPE_LABELS: Record<string, string> = {
  granted: 'Granted',
  approval_requested: 'Asked',
  approved: 'Approved',
  denied: 'Denied',
  reversed: 'Reversed',
};

/** What the team gave to make things right: totals to look at, every entry to check, a CSV to keep. */
export function SpendPage() {
  const [groupBy, setGroupBy] = useState('location');
  const [from, setFrom] = useState(dayjs().subtract(89, 'day').format('YYYY-MM-DD'));
  const [to, setTo] = useState(dayjs().format('YYYY-MM-DD'));
  const period = {
    from: from || undefined,
    to: to ? dayjs(to).add(1, 'day').format('YYYY-MM-DD') : undefined,
  };
  const spend = useSpend({ ...period, groupBy });
  const ledger = useLedger(period);
  const currency = spend.data?.currency ?? 'EUR';
  const chart = (spend.data?.items ?? []).map((i) => ({
    group: groupBy === 'kind' ? (KIND_LABELS[i.label] ?? i.label) : i.label,
    Given: i.total / 100,
  }));
  return (
    <Stack maw={1100} mx="auto" gap="md">
      <Stack gap={4}>
        <Title order={1} size="h2">
          Gestures and spending
        </Title>
        <Text c="dimmed">
          Every gesture granted, approved, denied or reversed. Nothing here is ever changed or
          removed; a reversal is a new entry.
        </Text>
      </Stack>
      <Group align="flex-end" gap="sm">
        <TextInput
          type="date"
          label="From"
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label="To"
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
        <Anchor href={`/api/v1/ledger/csv${toQuery(period)}`} download>
          <Group gap={4}>
            <IconDownload size={16} /> Download CSV
          </Group>
        </Anchor>
      </Group>
      <Card withBorder radius="md" padding="md">
        <Group justify="space-between" mb="sm">
          <Stack gap={0}>
            <Text size="sm" c="dimmed">
              Given in this period
            </Text>
            <Text fw={700} size="xl" data-testid="spend-total">
              {spend.data ? money(spend.data.total, currency) : '…'}
            </Text>
          </Stack>
          <SegmentedControl
            data={GROUPS}
            value={groupBy}
            onChange={setGroupBy}
            aria-label="Group by"
          />
        </Group>
        {spend.isPending ? (
          <Loading label="Loading spending" />
        ) : spend.isError ? (
          <Alert color="red">{spend.error.message}</Alert>
        ) : chart.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing given in this period yet. Gestures granted from a situation’s make-it-up step
            show here.
          </Text>
        ) : (
          <Box component="figure" m={0} aria-label={`Spending by ${groupBy}`}>
            <BarChart
              h={Math.max(160, chart.length * 44)}
              data={chart}
              dataKey="group"
              orientation="vertical"
              yAxisProps={{ width: 180 }}
              series={[{ name: 'Given', color: 'cyan.7' }]}
              valueFormatter={(v) => money(Math.round(v * 100), currency)}
            />
          </Box>
        )}
      </Card>
      <Card withBorder radius="md" padding="md">
        <Title order={2} size="h4" mb="sm">
          Ledger
        </Title>
        {ledger.isPending ? (
          <Loading label="Loading the ledger" />
        ) : ledger.isError ? (
          <Alert color="red">{ledger.error.message}</Alert>
        ) : (
          <Table.ScrollContainer minWidth={700}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>What</Table.Th>
                  <Table.Th>Gesture</Table.Th>
                  <Table.Th ta="right">Value</Table.Th>
                  <Table.Th>Where</Table.Th>
                  <Table.Th>By</Table.Th>
                  <Table.Th>Why</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ledger.data.pages
                  .flatMap((p) => p.items)
                  .map((e) => (
                    <Table.Tr key={e.id} data-testid="ledger-row">
                      <Table.Td>{dateTime(e.at)}</Table.Td>
                      <Table.Td>
                        <Badge
                          variant="light"
                          color={
                            e.type === 'denied' || e.type === 'reversed'
                              ? 'gray'
                              : e.type === 'approval_requested'
                                ? 'yellow'
                                : 'teal'
                          }
                        >
                          {TYPE_LABELS[e.type]}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/situations/${e.situationId}`} size="sm">
                          {e.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td ta="right">{money(e.amount.minor, e.amount.currency)}</Table.Td>
                      <Table.Td>{e.locationName ?? '—'}</Table.Td>
                      <Table.Td>{e.actorName ?? '—'}</Table.Td>
                      <Table.Td style={{ maxWidth: 280 }}>
                        <Text size="sm" lineClamp={2}>
                          {e.reason}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
            {ledger.hasNextPage && (
              <Button
                variant="subtle"
                mt="xs"
                loading={ledger.isFetchingNextPage}
                onClick={() => void ledger.fetchNextPage()}
              >
                Show older entries
              </Button>
            )}
          </Table.ScrollContainer>
        )}
      </Card>
    </Stack>
  );
}
