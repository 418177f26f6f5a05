/**
 * Takes a situation on the default playbook through its first seven steps with plausible
 * words, so a test can start where it cares: what was promised ("Solve it") and the team's
 * tasks ("Communicate"). Returns the situation as the last step left it.
 */
export async function recordThroughCommunicate(
  record: (step: string, data: object) => Promise<unknown>,
  work: { promises?: object[]; tasks: object[] },
): Promise<unknown> {
  await record('listen', { account: 'What they ordered is not what arrived.' });
  await record('empathize', { acknowledgement: 'Not what you were looking forward to.' });
  await record('diagnose', { root_cause: 'The order was misread', cause_owner: 'ours' });
  await record('alternatives', {
    options: [
      {
        description: 'The right one, today',
        cost: { minor: 1500, currency: 'EUR' },
        fit: 'They still need it today',
      },
    ],
    their_proposal: 'Today if possible',
    chosen: 'The right one, today',
  });
  await record('apologize', {
    apology: 'I am sorry we misread your order.',
    response: 'accepted',
  });
  await record('solve', {
    actions: ['Started the right one'],
    ...(work.promises && { promises: work.promises }),
  });
  await record('make_it_up', { gesture: 'Something sweet on the house', fit: 'It softens it' });
  return record('communicate', { team_told: 'Read orders back', tasks: work.tasks });
}
