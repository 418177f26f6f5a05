import { z } from 'zod';
import { urgencyOf } from '../../domain/situation/follow-through';
import { nowIso, type Deps } from './deps';
import { link, responsible, type ReminderOutcome } from './reminder-recipient';

const ZTaskJob = z.object({
  organizationId: z.string(),
  situationId: z.string(),
  taskId: z.string(),
  due: z.string(),
});

/**
 * A task or promise is due within the hour, or already late: whoever must keep it hears
 * about it, unless it was done or changed since.
 */
export async function remindTask(deps: Deps, data: unknown): Promise<ReminderOutcome> {
  const job = ZTaskJob.parse(data);
  const read = deps.storage.read;
  const situation = await read.situations.byId(job.organizationId, job.situationId);
  const task = situation?.tasks.find((t) => t.id === job.taskId);
  if (!situation || !task || task.doneAt || task.due !== job.due || situation.status === 'closed')
    return 'stale';
  const to = await responsible(
    deps,
    situation,
    task.kind === 'task' ? task.who : situation.ownerId,
  );
  if (!to) return 'no_recipient';
  if (!deps.mailer) return 'email_not_configured';
  const late = urgencyOf(task.due, null, nowIso(deps)) === 'overdue';
  const noun = task.kind === 'promise' ? 'Promise' : 'Task';
  await deps.mailer.send({
    to: to.email,
    subject: `${late ? `${noun} overdue` : `${noun} due within the hour`}: ${task.what}`,
    text: [
      `Hello ${to.name},`,
      '',
      task.kind === 'promise'
        ? `We promised ${situation.partyName ?? 'them'}: "${task.what}", by ${new Date(task.due).toUTCString()}.`
        : `Your task for "${situation.title}": "${task.what}", due ${new Date(task.due).toUTCString()}.`,
      late
        ? 'It is late. Keep it now, or tell them when it will happen.'
        : 'Tick it off once it is done:',
      link(deps, `/situations/${situation.id}`),
      '',
      'Turnaround',
    ].join('\n'),
  });
  return 'sent';
}
