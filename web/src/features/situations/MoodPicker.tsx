import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, type ReactNode } from 'react';
import { MOODS } from '../../../../domain/situation/vocabulary';
import { MOOD_EMOJI, MOOD_LABELS } from '../../app/labels';

/** One tap for the person's mood; stacked on a phone so every choice is a large target. */
export function MoodPicker({
  label,
  emptyLabel,
  value,
  onChange,
}: {
  label: ReactNode;
  emptyLabel: string;
  value: string;
  onChange: (mood: string) => void;
}) {
  const phone = useMediaQuery('(max-width: 36em)');
  const id = useId();
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={id}
        fullWidth
        size="md"
        orientation={phone ? 'vertical' : 'horizontal'}
        data={[
          { value: '', label: emptyLabel },
          ...MOODS.map((m) => ({ value: m, label: `${MOOD_EMOJI[m]} ${MOOD_LABELS[m]}` })),
        ]}
        value={value}
        onChange={onChange}
      />
    </Stack>
  );
}
