import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import type { TLoginRequest } from '../../../../contract/auth';
import { useSetupStatus, useSignIn } from '../../api/hooks';
import { AuthFrame } from '../../app/AuthFrame';
import { applyProblem } from '../../app/problems';

/** Only same-site paths are followed after sign-in, never a full URL from the query string. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const status = useSetupStatus();
  const [message, setMessage] = useState<string | null>(null);
  const signIn = useSignIn<TLoginRequest>('/auth/login');
  const form = useForm<TLoginRequest>({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (v.trim() ? null : 'Enter your email.'),
      password: (v) => (v ? null : 'Enter your password.'),
    },
  });
  if (status.data?.needsSetup) return <Navigate to="/setup" replace />;
  return (
    <AuthFrame title="Sign in" subtitle="Log what went wrong, and turn it around.">
      <form
        onSubmit={form.onSubmit((values) => {
          setMessage(null);
          signIn.mutate(values, {
            onSuccess: () => void navigate(safeNext(params.get('next')), { replace: true }),
            onError: (e) => setMessage(applyProblem(form, e)),
          });
        })}
      >
        <Stack>
          {message && <Alert color="red">{message}</Alert>}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            autoFocus
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={signIn.isPending} size="md">
            Sign in
          </Button>
        </Stack>
      </form>
      {status.data?.signupEnabled && (
        <Text size="sm" ta="center">
          New here?{' '}
          <Anchor component={Link} to="/signup">
            Create an organisation
          </Anchor>
        </Text>
      )}
    </AuthFrame>
  );
}
