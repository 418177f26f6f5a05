import type { TStepProgress } from '../../../../contract/situations';

export const STEP_STATUS_LABELS: Record<TStepProgress['status'], string> = {
  pending: 'To do',
  in_progress: 'In progress',
  done: 'Done',
  skipped: 'Skipped',
  not_needed: 'Not needed',
};

export const STEP_STATUS_COLORS: Record<TStepProgress['status'], string> = {
  pending: 'gray',
  in_progress: 'yellow',
  done: 'teal',
  skipped: 'gray',
  not_needed: 'gray',
};

/** "4 min", "2 h 10 min", "3 days": how long something took, in the words people use. */
export function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}
