import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { TInvitePreview } from '../../../../contract/auth';
import { ApiError, api } from '../../api/client';
import { useSignIn } from '../../api/hooks';
import { AuthFrame } from '../../app/AuthFrame';
import { ROLE_LABELS } from '../../app/labels';
import { applyProblem } from '../../app/problems';
import { Loading } from '../../app/Loading';

export function AcceptInvitePage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const [message, setMessage] = useState<string | null>(null);
  const preview = useQuery({
    queryKey: ['invite', token],
    queryFn: () => api<TInvitePreview>('GET', `/auth/invites/${encodeURIComponent(token)}`),
    retry: false,
  });
  const accept = useSignIn<{ name: string; password: string }>(
    `/auth/invites/${encodeURIComponent(token)}/accept`,
  );
  const form = useForm({
    initialValues: { name: '', password: '' },
    validate: {
      name: (v) => (v.trim() ? null : 'Give your name.'),
      password: (v) => (v.length >= 10 ? null : 'Use at least 10 characters.'),
    },
  });

  if (preview.isPending)
    return (
      <AuthFrame title="Join your team">
        <Loading label="Loading invite" />
      </AuthFrame>
    );
  if (preview.error || !preview.data) {
    return (
      <AuthFrame title="This invite cannot be used">
        <Alert color="orange">
          {preview.error instanceof ApiError
            ? preview.error.problem.detail
            : 'The invite could not be loaded.'}
        </Alert>
        <Text size="sm">
          Already a member?{' '}
          <Anchor component={Link} to="/login">
            Sign in
          </Anchor>
        </Text>
      </AuthFrame>
    );
  }
  const invite = preview.data;
  return (
    <AuthFrame
      title={`Join ${invite.organization}`}
      subtitle={
        <>
          You were invited as <b>{ROLE_LABELS[invite.role]}</b> with {invite.email}.
        </>
      }
    >
      <form
        onSubmit={form.onSubmit((values) => {
          setMessage(null);
          accept.mutate(values, {
            onSuccess: () => void navigate('/', { replace: true }),
            onError: (e) => setMessage(applyProblem(form, e)),
          });
        })}
      >
        <Stack>
          {message && <Alert color="red">{message}</Alert>}
          <TextInput
            label="Your name"
            autoComplete="name"
            autoFocus
            {...form.getInputProps('name')}
          />
          <PasswordInput
            label="Choose a password"
            description="At least 10 characters"
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={accept.isPending} size="md">
            Join {invite.organization}
          </Button>
          <Text size="xs" c="dimmed">
            This invite expires {new Date(invite.expiresAt).toLocaleDateString()}.
          </Text>
        </Stack>
      </form>
    </AuthFrame>
  );
}
