import { Alert, Anchor, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useSetupStatus } from '../../api/hooks';
import { AuthFrame } from '../../app/AuthFrame';
import { OrganizationOwnerForm } from './SetupPage';

export function SignupPage() {
  const status = useSetupStatus();
  const navigate = useNavigate();
  return (
    <AuthFrame
      title="Create an organisation"
      subtitle="Start your own Turnaround space on this server."
    >
      {status.data && !status.data.signupEnabled ? (
        <Alert color="gray">
          Sign-up is turned off on this server. Ask an owner to invite you.
        </Alert>
      ) : (
        <OrganizationOwnerForm
          path="/auth/signup"
          submitLabel="Create organisation"
          onDone={() => void navigate('/', { replace: true })}
        />
      )}
      <Text size="sm" ta="center">
        Already have an account?{' '}
        <Anchor component={Link} to="/login">
          Sign in
        </Anchor>
      </Text>
    </AuthFrame>
  );
}
