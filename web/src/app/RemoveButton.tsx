import { ActionIcon, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';

/** The small red bin that removes one thing from a list; `label` says exactly what. */
export function RemoveButton({
  label,
  tooltip = 'Remove',
  onClick,
}: {
  label: string;
  tooltip?: string;
  onClick: () => void;
}) {
  return (
    <Tooltip label={tooltip}>
      <ActionIcon variant="subtle" color="red" aria-label={label} onClick={onClick}>
        <IconTrash size={16} />
      </ActionIcon>
    </Tooltip>
  );
}
