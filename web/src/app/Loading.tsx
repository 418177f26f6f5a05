import { Loader, type MantineSize } from '@mantine/core';

/**
 * A spinner that says what is loading. Mantine draws its loader as a plain span, and a label
 * on a span without a role is not read out (axe reports it); as a status it is announced.
 */
export function Loading({ label, size }: { label: string; size?: MantineSize }) {
  return <Loader role="status" aria-label={label} size={size} />;
}
