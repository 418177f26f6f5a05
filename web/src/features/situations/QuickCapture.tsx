import { Alert, Button, Group, Modal, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Mood } from '../../../../domain/situation/vocabulary';
import { useOpenSituation } from '../../api/hooks';
import { applyProblem } from '../../app/problems';
import { MoodPicker } from './MoodPicker';

/**
 * Logging a live incident on the floor, one-handed: a title is enough. Mood and "live and in
 * public" are one tap each; everything else is filled in later on the situation page.
 */
export function QuickCapture({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const phone = useMediaQuery('(max-width: 36em)');
  const navigate = useNavigate();
  const open = useOpenSituation();
  const [message, setMessage] = useState<string | null>(null);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<{ title: string; live: boolean; mood: Mood | '' }>({
    initialValues: { title: '', live: false, mood: '' },
    validate: { title: (v) => (v.trim() ? null : 'Say in a few words what happened.') },
  });

  useEffect(() => {
    if (opened) {
      setIdempotencyKey(crypto.randomUUID());
      setMessage(null);
    }
  }, [opened]);

  const close = () => {
    form.reset();
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Log a situation"
      fullScreen={phone}
      size="lg"
      radius="lg"
    >
      <form
        onSubmit={form.onSubmit((values) => {
          setMessage(null);
          open.mutate(
            { title: values.title, live: values.live, mood: values.mood || null, idempotencyKey },
            {
              onSuccess: (situation) => {
                notifications.show({
                  color: 'teal',
                  message: `Logged #${situation.number}: ${situation.title}`,
                });
                close();
                void navigate(`/situations/${situation.id}`);
              },
              onError: (e) => setMessage(applyProblem(form, e)),
            },
          );
        })}
      >
        <Stack gap="lg">
          {message && <Alert color="red">{message}</Alert>}
          <TextInput
            label="What happened?"
            description="A short title is enough; add the rest later."
            placeholder="Wrong dish served at table 12"
            size="lg"
            data-autofocus
            autoComplete="off"
            {...form.getInputProps('title')}
          />
          <Switch
            size="lg"
            label="Live and in public"
            description="It is happening now, in front of other people"
            {...form.getInputProps('live', { type: 'checkbox' })}
          />
          <MoodPicker
            label={
              <>
                How do they seem?{' '}
                <Text span c="dimmed" size="sm">
                  (optional)
                </Text>
              </>
            }
            emptyLabel="Not sure"
            value={form.values.mood}
            onChange={(mood) => form.setFieldValue('mood', mood as Mood | '')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} size="md">
              Cancel
            </Button>
            <Button type="submit" loading={open.isPending} size="md">
              Log it
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
