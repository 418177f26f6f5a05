import { Badge, Tooltip } from '@mantine/core';
import type { TTaskItem } from '../../../../contract/follow-through';
import { dateTime, timeAgo } from '../../app/labels';

type Urgency = TTaskItem['urgency'];

export const URGENCY_LABELS: Record<Urgency, string> = {
  overdue: 'Overdue',
  due_soon: 'Due within a day',
  later: 'Later',
  done: 'Done',
};

const URGENCY_COLORS: Record<Urgency, string> = {
  overdue: 'red',
  due_soon: 'yellow',
  later: 'gray',
  done: 'teal',
};

/** When something is due, coloured by how urgent it is; the exact time on hover. */
export function DueBadge({ due, urgency }: { due: string; urgency: Urgency }) {
  const words =
    urgency === 'overdue'
      ? `overdue, due ${timeAgo(due)}`
      : urgency === 'done'
        ? 'done'
        : `due ${timeAgo(due)}`;
  return (
    <Tooltip label={dateTime(due)}>
      <Badge
        size="sm"
        variant={urgency === 'overdue' ? 'filled' : 'light'}
        color={URGENCY_COLORS[urgency]}
        style={{ textTransform: 'none' }}
      >
        {words}
      </Badge>
    </Tooltip>
  );
}

/** The same rule as the server's (domain/situation/follow-through.ts), for times on screen. */
export { urgencyOf } from '../../../../domain/situation/follow-through';
