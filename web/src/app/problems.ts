import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/client';

interface FormLike {
  setErrors(errors: Record<string, string>): void;
}

/** Puts the server's field errors on the form; returns the overall message for an alert. */
export function applyProblem(form: FormLike, error: unknown): string {
  if (error instanceof ApiError) {
    form.setErrors(error.fieldErrors());
    return error.problem.detail;
  }
  return 'Could not reach Turnaround. Check the connection and try again.';
}

export function notifyError(error: unknown) {
  notifications.show({
    color: 'red',
    title: 'That did not work',
    message:
      error instanceof ApiError
        ? error.problem.detail
        : 'Could not reach Turnaround. Check the connection and try again.',
  });
}

export function notifySaved(message: string) {
  notifications.show({ color: 'teal', message, autoClose: 2500 });
}
