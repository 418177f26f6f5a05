import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconGift } from '@tabler/icons-react';
import { useState } from 'react';
import type { TCatalogItem, TGesture } from '../../../../contract/gestures';
import type { TSituation } from '../../../../contract/situations';
import { ApiError } from '../../api/client';
import {
  useEmpowerment,
  useGestureCatalog,
  useGrantGesture,
  useMe,
  useMembers,
  useSituationGestures,
} from '../../api/hooks';
import { notifySaved } from '../../app/problems';
import { KIND_LABELS, money } from './money';

/** Catalogue items that fit this situation first: its category, then what the person wants. */
function suggestions(items: TCatalogItem[], category: string | null, wants: string[]) {
  const score = (i: TCatalogItem) =>
    (category && i.fitsCategories.includes(category) ? 2 : 0) +
    i.fitsWants.filter((w) => wants.includes(w)).length;
  return items
    .filter((i) => i.active)
    .sort((a, b) => score(b) - score(a) || a.name.localeCompare(b.name));
}

/**
 * The make-it-up step's gestures: pick one from the catalogue (those that fit come first),
 * say why it fits this person, and grant it; over the limit it goes to an approver, and the
 * answer shows here when it comes.
 */
export function GesturePanel({ situation }: { situation: TSituation }) {
  const me = useMe();
  const catalog = useGestureCatalog();
  const empowerment = useEmpowerment();
  const members = useMembers();
  const gestures = useSituationGestures(situation.id);
  const grant = useGrantGesture(situation.id);
  const [picked, setPicked] = useState<TCatalogItem | 'custom' | null>(null);
  const [amount, setAmount] = useState<number | string>('');
  const [reason, setReason] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string | null>('free_item');
  const [problem, setProblem] = useState<{ title: string; detail: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const currency = empowerment.data?.currency ?? 'EUR';
  const wants =
    (situation.steps.map((s) => s.captures.wants).find(Array.isArray) as string[] | undefined) ??
    [];
  const items = suggestions(catalog.data ?? [], situation.category, wants);
  const role = me.data?.user.role;
  const userId = me.data?.user.id ?? '';
  const limit = empowerment.data
    ? (empowerment.data.members[userId] ?? (role ? empowerment.data.roles[role] : undefined))
    : undefined;
  const limitText =
    role === 'owner' && !limit
      ? 'You can grant any amount.'
      : limit?.perSituation
        ? `You can grant up to ${money(limit.perSituation, currency)} here without asking.`
        : 'Gestures you grant go to a manager for approval.';
  const nameOf = (id: string | null) =>
    members.data?.find((m) => m.id === id)?.name ?? 'an approver';
  const closed = situation.status === 'closed';

  const pick = (item: TCatalogItem | 'custom') => {
    setPicked(item);
    setProblem(null);
    setErrors({});
    if (item !== 'custom') setAmount(item.defaultValue / 100);
  };
  const submit = () => {
    if (!picked) return;
    setProblem(null);
    setErrors({});
    const minor = Math.round(Number(amount) * 100);
    grant.mutate(
      {
        ...(picked === 'custom'
          ? { kind: (kind ?? 'custom') as TCatalogItem['kind'], name }
          : { catalogItemId: picked.id, kind: picked.kind, name: picked.name }),
        amount: { minor, currency },
        reason,
      },
      {
        onSuccess: (g) => {
          notifySaved(
            g.status === 'granted' ? `Granted: ${g.name}` : `Sent for approval: ${g.name}`,
          );
          setPicked(null);
          setReason('');
          setAmount('');
          setName('');
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409)
            setProblem({ title: 'This cannot be granted', detail: error.problem.detail });
          else if (error instanceof ApiError && error.status === 400)
            setErrors(
              Object.fromEntries(
                (error.problem.errors ?? []).map((e) => [e.path.split('.')[0]!, e.message]),
              ),
            );
          else
            setProblem({
              title: 'That did not work',
              detail: 'Check the connection and try again.',
            });
        },
      },
    );
  };

  return (
    <Card withBorder radius="md" padding="sm">
      <Stack gap="sm">
        <Stack gap={2}>
          <Group gap={6}>
            <IconGift size={18} />
            <Title order={3} size="h5">
              Grant a gesture
            </Title>
          </Group>
          <Text size="xs" c="dimmed">
            {limitText}
          </Text>
        </Stack>

        {(gestures.data ?? []).map((g) => (
          <GestureLine key={g.id} gesture={g} decidedBy={nameOf(g.decidedBy)} />
        ))}

        {!closed && (
          <>
            {items.length === 0 && catalog.isSuccess && (
              <Text size="sm" c="dimmed">
                The catalogue is empty. An owner can add the gestures your team may give (a dessert,
                a voucher, a free service) under Settings; meanwhile, describe one below.
              </Text>
            )}
            <SimpleGrid
              cols={{ base: 2, sm: 3 }}
              spacing="xs"
              role="group"
              aria-label="Gestures that fit"
            >
              {items.slice(0, 6).map((item) => (
                <UnstyledButton
                  key={item.id}
                  onClick={() => pick(item)}
                  aria-pressed={picked !== 'custom' && picked?.id === item.id}
                  style={{
                    border: `2px solid ${picked !== 'custom' && picked?.id === item.id ? 'var(--mantine-primary-color-filled)' : 'var(--mantine-color-default-border)'}`,
                    borderRadius: 'var(--mantine-radius-md)',
                    padding: '10px 12px',
                    minHeight: 56,
                  }}
                >
                  <Text size="sm" fw={600}>
                    {item.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {money(item.defaultValue, currency)}
                  </Text>
                </UnstyledButton>
              ))}
              <UnstyledButton
                onClick={() => pick('custom')}
                aria-pressed={picked === 'custom'}
                style={{
                  border: `2px dashed ${picked === 'custom' ? 'var(--mantine-primary-color-filled)' : 'var(--mantine-color-default-border)'}`,
                  borderRadius: 'var(--mantine-radius-md)',
                  padding: '10px 12px',
                  minHeight: 56,
                }}
              >
                <Text size="sm" fw={600}>
                  Something else
                </Text>
                <Text size="xs" c="dimmed">
                  Describe it
                </Text>
              </UnstyledButton>
            </SimpleGrid>
          </>
        )}

        {picked && (
          <Stack gap="xs">
            {picked === 'custom' && (
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <TextInput
                  size="md"
                  label="What"
                  value={name}
                  onChange={(e) => setName(e.currentTarget.value)}
                  error={errors.name}
                />
                <Select
                  size="md"
                  label="Kind"
                  data={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
                  value={kind}
                  onChange={setKind}
                  allowDeselect={false}
                />
              </SimpleGrid>
            )}
            <NumberInput
              size="md"
              label="Value"
              prefix={currency === 'EUR' ? '€ ' : `${currency} `}
              decimalScale={2}
              min={0}
              value={amount}
              onChange={setAmount}
              error={errors.amount}
            />
            <TextInput
              size="md"
              label="Why it fits this person"
              description="Something they value: a gesture nobody wants is no gesture."
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={errors.reason}
              withAsterisk
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPicked(null)}>
                Cancel
              </Button>
              <Button
                size="md"
                onClick={submit}
                loading={grant.isPending}
                disabled={!reason.trim()}
              >
                Grant {picked === 'custom' ? name || 'it' : picked.name.toLowerCase()}
              </Button>
            </Group>
          </Stack>
        )}

        {problem && (
          <Alert
            color="orange"
            title={problem.title}
            role="alert"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setProblem(null)}
          >
            {problem.detail}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

function GestureLine({ gesture: g, decidedBy }: { gesture: TGesture; decidedBy: string }) {
  const [label, color] =
    g.status === 'granted'
      ? [g.decidedBy ? `Approved by ${decidedBy}` : 'Granted', 'teal']
      : g.status === 'pending_approval'
        ? [`Waiting for ${g.needs === 'owner' ? 'an owner' : 'a manager'}`, 'yellow']
        : g.status === 'denied'
          ? [`Denied by ${decidedBy}`, 'red']
          : ['Reversed', 'gray'];
  return (
    <Group justify="space-between" wrap="wrap" gap="xs" data-testid="gesture-line">
      <Stack gap={0} style={{ minWidth: 0, flex: '1 1 200px' }}>
        <Text size="sm" fw={600}>
          {g.name} · {money(g.amount.minor, g.amount.currency)}
        </Text>
        <Text size="xs" c="dimmed">
          {g.status === 'pending_approval'
            ? g.why
            : g.decisionNote
              ? `“${g.decisionNote}”`
              : g.reason}
        </Text>
      </Stack>
      <Badge color={color} variant="light" style={{ flexShrink: 0 }}>
        {label}
      </Badge>
    </Group>
  );
}
