import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { TCatalogItem, TEmpowerment } from '../../../../contract/gestures';
import {
  useEmpowerment,
  useGestureCatalog,
  useLocations,
  useMembers,
  useSaveCatalogItem,
  useSetEmpowerment,
} from '../../api/hooks';
import { applyProblem, notifySaved } from '../../app/problems';
import { KIND_LABELS, money } from './money';

const euros = (minor: number | null | undefined) => (minor == null ? '' : minor / 100);
const minor = (value: number | string) =>
  value === '' || value === null ? null : Math.round(Number(value) * 100);

interface ItemValues {
  name: string;
  kind: string;
  value: number | string;
  cost: number | string;
  percent: number | string;
  active: boolean;
}

/** The gestures staff can pick from in the make-it-up step; owners keep the list. */
export function GestureCatalogCard({ canEdit }: { canEdit: boolean }) {
  const catalog = useGestureCatalog();
  const currency = useEmpowerment().data?.currency ?? 'EUR';
  const [editing, setEditing] = useState<TCatalogItem | 'new' | null>(null);
  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4">
              Gesture catalogue
            </Title>
            <Text size="sm" c="dimmed">
              What your team may give to make things right, with its value to the person and its
              cost to you.
            </Text>
          </div>
          {canEdit && (
            <Button
              leftSection={<IconPlus size={16} />}
              variant="light"
              onClick={() => setEditing('new')}
            >
              Add a gesture
            </Button>
          )}
        </Group>
        {(catalog.data ?? []).length === 0 ? (
          <Text size="sm" c="dimmed">
            No gestures yet. Start with what people value and you can give on the spot: a dessert on
            the house, a free blow-dry, a voucher.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={500}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Gesture</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th ta="right">Value</Table.Th>
                  <Table.Th ta="right">Cost to you</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(catalog.data ?? []).map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      {item.name}{' '}
                      {!item.active && (
                        <Badge size="sm" variant="light" color="gray">
                          Not offered
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {KIND_LABELS[item.kind]}
                      {item.percent ? ` (${item.percent} %)` : ''}
                    </Table.Td>
                    <Table.Td ta="right">{money(item.defaultValue, currency)}</Table.Td>
                    <Table.Td ta="right">{money(item.cost, currency)}</Table.Td>
                    <Table.Td ta="right">
                      {canEdit && (
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => setEditing(item)}
                          aria-label={`Edit ${item.name}`}
                        >
                          Edit
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'Add a gesture' : 'Edit the gesture'}
      >
        {editing !== null && (
          <CatalogItemForm
            item={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
    </Card>
  );
}

function CatalogItemForm({ item, onDone }: { item: TCatalogItem | null; onDone: () => void }) {
  const save = useSaveCatalogItem();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<ItemValues>({
    initialValues: {
      name: item?.name ?? '',
      kind: item?.kind ?? 'free_item',
      value: euros(item?.defaultValue),
      cost: euros(item?.cost),
      percent: item?.percent ?? '',
      active: item?.active ?? true,
    },
  });
  return (
    <form
      onSubmit={form.onSubmit((v) =>
        save.mutate(
          {
            ...(item && { id: item.id }),
            name: v.name,
            kind: v.kind as TCatalogItem['kind'],
            defaultValue: minor(v.value) ?? 0,
            cost: minor(v.cost) ?? 0,
            percent: v.percent === '' ? null : Number(v.percent),
            active: v.active,
          },
          {
            onSuccess: () => {
              notifySaved('Saved');
              onDone();
            },
            onError: (e) => {
              // The form calls the value "value"; the API, "defaultValue".
              setMessage(
                applyProblem(
                  {
                    setErrors: (errors) =>
                      form.setErrors(
                        Object.fromEntries(
                          Object.entries(errors).map(([k, v]) => [
                            k === 'defaultValue' ? 'value' : k,
                            v,
                          ]),
                        ),
                      ),
                  },
                  e,
                ),
              );
            },
          },
        ),
      )}
    >
      <Stack>
        {message && <Alert color="red">{message}</Alert>}
        <TextInput
          label="Name"
          placeholder="Dessert on the house"
          {...form.getInputProps('name')}
        />
        <Select
          label="Kind"
          data={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        <SimpleGrid cols={2}>
          <NumberInput
            label="Value to the person"
            prefix="€ "
            decimalScale={2}
            min={0}
            {...form.getInputProps('value')}
          />
          <NumberInput
            label="Cost to you"
            prefix="€ "
            decimalScale={2}
            min={0}
            {...form.getInputProps('cost')}
          />
        </SimpleGrid>
        {form.values.kind === 'discount' && (
          <NumberInput
            label="Percentage of the order"
            suffix=" %"
            min={1}
            max={100}
            {...form.getInputProps('percent')}
          />
        )}
        <Switch label="Offered to staff" {...form.getInputProps('active', { type: 'checkbox' })} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type LimitRow = { perSituation: number | string; perPeriod: number | string; period: string };
const ROLES = [
  ['staff', 'Staff'],
  ['manager', 'Managers'],
  ['owner', 'Owners'],
] as const;

function rowOf(limit: TEmpowerment['roles']['staff']): LimitRow {
  return {
    perSituation: euros(limit?.perSituation),
    perPeriod: euros(limit?.perPeriod),
    period: limit?.period ?? 'day',
  };
}
const limitOf = (row: LimitRow) => ({
  perSituation: minor(row.perSituation),
  perPeriod: minor(row.perPeriod),
  period: row.period as 'day' | 'week' | 'month',
});

/**
 * What each role (or one member) may grant without asking, and what each location may give
 * in a month. Empty means no limit of that kind; owners without a limit are unlimited.
 */
export function LimitsCard({ canEdit }: { canEdit: boolean }) {
  const empowerment = useEmpowerment();
  const locations = useLocations();
  const members = useMembers();
  const save = useSetEmpowerment();
  const [roles, setRoles] = useState<Record<string, LimitRow>>({});
  const [budgets, setBudgets] = useState<Record<string, number | string>>({});
  const [own, setOwn] = useState<Record<string, LimitRow>>({});
  const [message, setMessage] = useState<string | null>(null);
  const data = empowerment.data;
  useEffect(() => {
    if (!data) return;
    setRoles(Object.fromEntries(ROLES.map(([role]) => [role, rowOf(data.roles[role])])));
    setBudgets(Object.fromEntries(Object.entries(data.budgets).map(([id, m]) => [id, m / 100])));
    setOwn(Object.fromEntries(Object.entries(data.members).map(([id, l]) => [id, rowOf(l)])));
  }, [data]);
  if (!data) return null;
  const setRole = (role: string, change: Partial<LimitRow>) =>
    setRoles({ ...roles, [role]: { ...roles[role]!, ...change } });
  const submit = () => {
    setMessage(null);
    save.mutate(
      {
        roles: Object.fromEntries(
          ROLES.filter(([role]) => {
            const r = roles[role];
            // An owner row left empty means "unlimited": no limit is stored for it.
            return !(role === 'owner' && r && r.perSituation === '' && r.perPeriod === '');
          }).map(([role]) => [role, limitOf(roles[role]!)]),
        ),
        members: Object.fromEntries(Object.entries(own).map(([id, row]) => [id, limitOf(row)])),
        budgets: Object.fromEntries(
          Object.entries(budgets)
            .filter(([, v]) => v !== '')
            .map(([id, v]) => [id, minor(v)!]),
        ),
      },
      {
        onSuccess: () => notifySaved('Limits saved'),
        onError: (e) => setMessage(applyProblem({ setErrors: () => undefined }, e)),
      },
    );
  };
  const memberName = (id: string) =>
    members.data?.find((m) => m.id === id)?.name ?? 'A former member';
  return (
    <Card withBorder>
      <Stack>
        <div>
          <Title order={2} size="h4">
            Limits and budgets
          </Title>
          <Text size="sm" c="dimmed">
            Within these, your team grants gestures on the spot; above them, a manager or an owner
            approves. Leave a box empty for no limit of that kind. A member’s own limit replaces
            their role’s.
          </Text>
        </div>
        {message && <Alert color="red">{message}</Alert>}
        <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack gap="sm">
            {ROLES.map(([role, label]) => (
              <LimitInputs
                key={role}
                label={label}
                row={roles[role] ?? rowOf(undefined)}
                onChange={(change) => setRole(role, change)}
              />
            ))}
            {Object.entries(own).map(([id, row]) => (
              <LimitInputs
                key={id}
                label={memberName(id)}
                row={row}
                onChange={(change) => setOwn({ ...own, [id]: { ...row, ...change } })}
                onRemove={() =>
                  setOwn(Object.fromEntries(Object.entries(own).filter(([k]) => k !== id)))
                }
              />
            ))}
            {canEdit && (
              <Select
                label="Give one member their own limit"
                placeholder="Choose a member"
                data={(members.data ?? [])
                  .filter((m) => !(m.id in own))
                  .map((m) => ({ value: m.id, label: m.name }))}
                value={null}
                onChange={(id) => id && setOwn({ ...own, [id]: rowOf(undefined) })}
                maw={320}
              />
            )}
            <Title order={3} size="h5" mt="sm">
              Monthly budget per location
            </Title>
            {(locations.data ?? []).length === 0 && (
              <Text size="sm" c="dimmed">
                Add locations above to give each its own budget.
              </Text>
            )}
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
              {(locations.data ?? [])
                .filter((l) => !l.archived)
                .map((l) => (
                  <NumberInput
                    key={l.id}
                    label={l.name}
                    prefix="€ "
                    decimalScale={2}
                    min={0}
                    placeholder="No budget"
                    value={budgets[l.id] ?? ''}
                    onChange={(v) => setBudgets({ ...budgets, [l.id]: v })}
                  />
                ))}
            </SimpleGrid>
            {canEdit && (
              <Group justify="flex-end">
                <Button onClick={submit} loading={save.isPending}>
                  Save limits
                </Button>
              </Group>
            )}
          </Stack>
        </fieldset>
      </Stack>
    </Card>
  );
}

function LimitInputs({
  label,
  row,
  onChange,
  onRemove,
}: {
  label: string;
  row: LimitRow;
  onChange: (change: Partial<LimitRow>) => void;
  onRemove?: () => void;
}) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 4 }} spacing="xs">
      <Group gap={4} pt={{ xs: 28 }} align="flex-start">
        <Text fw={600} size="sm">
          {label}
        </Text>
        {onRemove && (
          <Button
            size="compact-xs"
            variant="subtle"
            color="gray"
            onClick={onRemove}
            aria-label={`Remove ${label}'s own limit`}
          >
            Remove
          </Button>
        )}
      </Group>
      <NumberInput
        label={`${label}: per situation`}
        prefix="€ "
        decimalScale={2}
        min={0}
        value={row.perSituation}
        onChange={(v) => onChange({ perSituation: v })}
      />
      <NumberInput
        label={`${label}: per period`}
        prefix="€ "
        decimalScale={2}
        min={0}
        value={row.perPeriod}
        onChange={(v) => onChange({ perPeriod: v })}
      />
      <Select
        label={`${label}: period`}
        data={[
          { value: 'day', label: 'Day' },
          { value: 'week', label: 'Week' },
          { value: 'month', label: 'Month' },
        ]}
        allowDeselect={false}
        value={row.period}
        onChange={(v) => v && onChange({ period: v })}
      />
    </SimpleGrid>
  );
}
