import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import type { TMe, TSetupRequest } from '../../../../contract/auth';
import { useSetupStatus, useSignIn } from '../../api/hooks';
import { AuthFrame } from '../../app/AuthFrame';
import { applyProblem } from '../../app/problems';

export function OrganizationOwnerForm({
  path,
  submitLabel,
  onDone,
}: {
  path: string;
  submitLabel: string;
  onDone: (me: TMe) => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const signIn = useSignIn<TSetupRequest>(path);
  const form = useForm<TSetupRequest>({
    initialValues: { organization: '', name: '', email: '', password: '' },
    validate: {
      organization: (v) => (v.trim() ? null : 'Name the organisation.'),
      name: (v) => (v.trim() ? null : 'Give your name.'),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v) ? null : 'Enter a valid email address.'),
      password: (v) => (v.length >= 10 ? null : 'Use at least 10 characters.'),
    },
  });
  return (
    <form
      onSubmit={form.onSubmit((values) => {
        setMessage(null);
        signIn.mutate(values, {
          onSuccess: onDone,
          onError: (e) => setMessage(applyProblem(form, e)),
        });
      })}
    >
      <Stack>
        {message && <Alert color="red">{message}</Alert>}
        <TextInput
          label="Organisation"
          description="Your business, as your team calls it"
          placeholder="Larkspur & Co."
          autoFocus
          {...form.getInputProps('organization')}
        />
        <TextInput label="Your name" autoComplete="name" {...form.getInputProps('name')} />
        <TextInput
          label="Email"
          type="email"
          autoComplete="email"
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          description="At least 10 characters"
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={signIn.isPending} size="md">
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}

export function SetupPage() {
  const status = useSetupStatus();
  const navigate = useNavigate();
  if (status.data && !status.data.needsSetup) return <Navigate to="/login" replace />;
  return (
    <AuthFrame
      title="Welcome to Turnaround"
      subtitle="Set up your organisation. You will be its owner: you invite the team, set their roles and choose the limits they work within."
    >
      <OrganizationOwnerForm
        path="/auth/setup"
        submitLabel="Create organisation"
        onDone={() => void navigate('/', { replace: true })}
      />
    </AuthFrame>
  );
}
