import {
  ActionIcon,
  Button,
  Card,
  Chip,
  Group,
  Input,
  NumberInput,
  Rating,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { PlaybookField } from '../../../../domain/playbook/schema';
import { blankRow, type FormValue } from './captures';

interface Props {
  field: PlaybookField;
  value: FormValue;
  onChange: (value: FormValue) => void;
  error?: string | undefined;
  members: Array<{ value: string; label: string }>;
}

const money = { decimalScale: 2, min: 0, prefix: '€ ', thousandSeparator: ' ' } as const;

/** One captured field, with the input that suits its type and a phone's thumb. */
export function FieldInput({ field, value, onChange, error, members }: Props) {
  const label = field.required ? `${field.label}` : `${field.label} (optional)`;
  const common = { label, description: field.help, error, withAsterisk: field.required };
  switch (field.type) {
    case 'text':
      return (
        <TextInput
          {...common}
          size="md"
          value={value as string}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'long_text':
      return (
        <Textarea
          {...common}
          size="md"
          autosize
          minRows={2}
          maxRows={10}
          value={value as string}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'choice':
    case 'multi_choice':
      return (
        <Input.Wrapper {...common} labelElement="div">
          <Group
            gap="xs"
            mt={4}
            role={field.type === 'choice' ? 'radiogroup' : 'group'}
            aria-label={field.label}
          >
            {field.type === 'choice' ? (
              <Chip.Group multiple={false} value={value as string | null} onChange={onChange}>
                {field.choices!.map((c) => (
                  <Chip key={c.value} value={c.value} size="md" type="radio">
                    {c.label}
                  </Chip>
                ))}
              </Chip.Group>
            ) : (
              <Chip.Group multiple value={value as string[]} onChange={onChange}>
                {field.choices!.map((c) => (
                  <Chip key={c.value} value={c.value} size="md">
                    {c.label}
                  </Chip>
                ))}
              </Chip.Group>
            )}
          </Group>
        </Input.Wrapper>
      );
    case 'person':
      return (
        <Select
          {...common}
          size="md"
          data={members}
          searchable
          clearable
          value={value as string | null}
          onChange={onChange}
        />
      );
    case 'money':
      return (
        <NumberInput
          {...common}
          {...money}
          size="md"
          value={value as number | string}
          onChange={onChange}
        />
      );
    case 'datetime':
      return (
        <TextInput
          {...common}
          size="md"
          type="datetime-local"
          value={value as string}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'boolean':
      return (
        <Switch
          label={field.label}
          description={field.help}
          size="md"
          checked={value as boolean}
          onChange={(e) => onChange(e.currentTarget.checked)}
          error={error}
        />
      );
    case 'rating':
      return (
        <Input.Wrapper {...common} labelElement="div">
          <Rating size="lg" value={value as number} onChange={onChange} aria-label={field.label} />
        </Input.Wrapper>
      );
    case 'list':
    case 'options':
    case 'promises':
    case 'tasks':
      return (
        <RowsInput
          field={field}
          rows={value as unknown[]}
          onChange={onChange}
          error={error}
          members={members}
          label={label}
        />
      );
  }
}

function RowsInput({
  field,
  rows,
  onChange,
  error,
  members,
  label,
}: {
  field: PlaybookField;
  rows: unknown[];
  onChange: (rows: unknown[]) => void;
  error?: string | undefined;
  members: Props['members'];
  label: string;
}) {
  const set = (i: number, row: unknown) => onChange(rows.map((r, k) => (k === i ? row : r)));
  const remove = (i: number) => onChange(rows.filter((_, k) => k !== i));
  const noun = { list: 'entry', options: 'option', promises: 'promise', tasks: 'task' }[
    field.type as 'list'
  ];
  return (
    <Input.Wrapper
      label={label}
      description={field.help}
      error={error}
      withAsterisk={field.required}
      labelElement="div"
    >
      <Stack gap="xs" mt={4}>
        {rows.map((row, i) => {
          const n = `${noun} ${i + 1}`;
          const removeButton = (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`Remove ${n}`}
              onClick={() => remove(i)}
            >
              <IconTrash size={18} />
            </ActionIcon>
          );
          if (field.type === 'list') {
            return (
              <Group key={i} gap="xs" wrap="nowrap" align="center">
                <TextInput
                  style={{ flex: 1 }}
                  size="md"
                  aria-label={`${field.label}: ${n}`}
                  value={row as string}
                  onChange={(e) => set(i, e.currentTarget.value)}
                />
                {rows.length > 1 && removeButton}
              </Group>
            );
          }
          const r = row as Record<string, string | number | null>;
          return (
            <Card key={i} withBorder padding="sm" radius="md">
              <Stack gap="xs">
                <Group justify="space-between" wrap="nowrap">
                  <Input.Label component="div">{n[0]!.toUpperCase() + n.slice(1)}</Input.Label>
                  {removeButton}
                </Group>
                {field.type === 'options' && (
                  <>
                    <TextInput
                      size="md"
                      label="What you offer"
                      value={r.description as string}
                      onChange={(e) => set(i, { ...r, description: e.currentTarget.value })}
                    />
                    <SimpleGrid cols={{ base: 1, xs: 2 }}>
                      <NumberInput
                        size="md"
                        label="Its cost to us"
                        {...money}
                        value={r.cost as number | string}
                        onChange={(v) => set(i, { ...r, cost: v })}
                      />
                      <TextInput
                        size="md"
                        label="Why it fits this person"
                        value={r.fit as string}
                        onChange={(e) => set(i, { ...r, fit: e.currentTarget.value })}
                      />
                    </SimpleGrid>
                  </>
                )}
                {(field.type === 'promises' || field.type === 'tasks') && (
                  <SimpleGrid cols={{ base: 1, xs: field.type === 'tasks' ? 3 : 2 }}>
                    <TextInput
                      size="md"
                      label={field.type === 'tasks' ? 'What must be done' : 'What you promised'}
                      value={r.what as string}
                      onChange={(e) => set(i, { ...r, what: e.currentTarget.value })}
                    />
                    {field.type === 'tasks' && (
                      <Select
                        size="md"
                        label="Who"
                        data={members}
                        searchable
                        value={r.who as string | null}
                        onChange={(v) => set(i, { ...r, who: v })}
                      />
                    )}
                    <TextInput
                      size="md"
                      type="datetime-local"
                      label="By when"
                      value={r.due as string}
                      onChange={(e) => set(i, { ...r, due: e.currentTarget.value })}
                    />
                  </SimpleGrid>
                )}
              </Stack>
            </Card>
          );
        })}
        <Button
          variant="light"
          size="sm"
          leftSection={<IconPlus size={16} />}
          onClick={() => onChange([...rows, blankRow(field)])}
          style={{ alignSelf: 'flex-start' }}
        >
          Add {rows.length ? 'another' : 'a'} {noun}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}
