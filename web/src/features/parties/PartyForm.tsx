import {
  Alert,
  Button,
  Group,
  SegmentedControl,
  Stack,
  TagsInput,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { TParty } from '../../../../contract/parties';
import type { PartyKind } from '../../../../domain/situation/vocabulary';
import { useSaveParty } from '../../api/hooks';
import { PARTY_KIND_LABELS, options } from '../../app/labels';
import { applyProblem, notifySaved } from '../../app/problems';

interface PartyValues {
  kind: PartyKind;
  name: string;
  email: string;
  phone: string;
  notes: string;
  tags: string[];
}

export function PartyForm({
  party,
  onSaved,
}: {
  party?: TParty;
  onSaved: (party: TParty) => void;
}) {
  const save = useSaveParty();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<PartyValues>({
    initialValues: {
      kind: party?.kind ?? 'customer',
      name: party?.name ?? '',
      email: party?.email ?? '',
      phone: party?.phone ?? '',
      notes: party?.notes ?? '',
      tags: party?.tags ?? [],
    },
    validate: { name: (v) => (v.trim() ? null : 'Give the name.') },
  });
  return (
    <form
      onSubmit={form.onSubmit((values) => {
        setMessage(null);
        save.mutate(
          { ...(party ? { id: party.id } : {}), ...values },
          {
            onSuccess: (saved) => {
              notifySaved(party ? 'Saved' : `Added ${saved.name}`);
              onSaved(saved);
            },
            onError: (e) => setMessage(applyProblem(form, e)),
          },
        );
      })}
    >
      <Stack>
        {message && <Alert color="red">{message}</Alert>}
        <SegmentedControl
          aria-label="Kind"
          data={options(PARTY_KIND_LABELS)}
          {...form.getInputProps('kind')}
        />
        <TextInput label="Name" data-autofocus autoComplete="off" {...form.getInputProps('name')} />
        <TextInput label="Email" type="email" autoComplete="off" {...form.getInputProps('email')} />
        <TextInput label="Phone" type="tel" autoComplete="off" {...form.getInputProps('phone')} />
        <TagsInput
          label="Tags"
          description="Press Enter after each tag, e.g. regular, allergy"
          {...form.getInputProps('tags')}
        />
        <Textarea
          label="Notes"
          description="What the team should know next time"
          autosize
          minRows={2}
          {...form.getInputProps('notes')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {party ? 'Save' : 'Add party'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
