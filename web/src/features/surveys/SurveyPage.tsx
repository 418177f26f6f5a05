import {
  Alert,
  Button,
  Center,
  Container,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type {
  TPublicSurvey,
  TSurveyAnswerRequest,
  TSurveyAnswered,
} from '../../../../contract/surveys';
import { ApiError, api } from '../../api/client';
import { dateTime } from '../../app/labels';
import { applyProblem } from '../../app/problems';
import { Loading } from '../../app/Loading';

/** The page belongs to the business that asks: its name leads, not ours. */
function SurveyFrame({ organization, children }: { organization?: string; children: ReactNode }) {
  return (
    <Center mih="100vh" p="md" component="main">
      <Container size={520} w="100%" px={0}>
        <Paper withBorder shadow="sm" p="xl" radius="lg">
          <Stack gap="md">
            {organization && (
              <Text fw={600} c="dimmed" size="sm">
                {organization}
              </Text>
            )}
            {children}
          </Stack>
        </Paper>
      </Container>
    </Center>
  );
}

/** One required question, its answers side by side as radio buttons. */
function Choice({
  options,
  ...group
}: {
  label: string;
  description?: string;
  options: Array<[value: string, label: string]>;
  value?: string;
  onChange?: (value: string) => void;
  error?: ReactNode;
}) {
  return (
    <Radio.Group withAsterisk {...group}>
      <Group mt="xs">
        {options.map(([value, label]) => (
          <Radio key={value} value={value} label={label} />
        ))}
      </Group>
    </Radio.Group>
  );
}

interface Answers {
  putRight: string;
  score: string;
  comeBack: string;
  comment: string;
}

/**
 * The public survey a person reaches from the emailed (or handed-over) link. Opening it
 * records nothing — mail scanners open links too — only "Send my answer" does, once.
 */
export function SurveyPage() {
  const { token = '' } = useParams();
  const survey = useQuery({
    queryKey: ['public-survey', token],
    queryFn: () => api<TPublicSurvey>('GET', `/public/surveys/${encodeURIComponent(token)}`),
    retry: false,
  });
  const answer = useMutation({
    mutationFn: (body: TSurveyAnswerRequest) =>
      api<TSurveyAnswered>('POST', `/public/surveys/${encodeURIComponent(token)}`, body),
  });
  const form = useForm<Answers>({
    initialValues: { putRight: '', score: '', comeBack: '', comment: '' },
    validate: {
      putRight: (v) => (v ? null : 'Choose one.'),
      score: (v) => (v ? null : 'Choose a rating from 1 to 5.'),
      comeBack: (v) => (v ? null : 'Choose one.'),
    },
  });

  if (survey.isPending)
    return (
      <SurveyFrame>
        <Center>
          <Loading label="Loading" />
        </Center>
      </SurveyFrame>
    );
  if (survey.isError) {
    const gone = survey.error instanceof ApiError && survey.error.problem.status === 404;
    return (
      <SurveyFrame>
        <Title order={1} size="h3">
          {gone ? 'This link does not work' : 'Something went wrong'}
        </Title>
        <Text>
          {gone
            ? 'Check that the whole link was copied from the message. If it still does not work, simply reply to the email instead.'
            : 'Please try again in a moment.'}
        </Text>
      </SurveyFrame>
    );
  }
  const { organization, firstName, state, expiresAt } = survey.data;

  if (answer.isSuccess)
    return (
      <SurveyFrame organization={organization}>
        <Title order={1} size="h3">
          Thank you{firstName ? `, ${firstName}` : ''}
        </Title>
        <Text>{answer.data.thanks}</Text>
      </SurveyFrame>
    );
  if (state !== 'open')
    return (
      <SurveyFrame organization={organization}>
        <Title order={1} size="h3">
          {state === 'answered' ? 'We have your answer' : 'This survey has closed'}
        </Title>
        <Text>
          {state === 'answered'
            ? 'Thank you — this link has been used already. To add anything, simply reply to our email.'
            : `The link worked until ${dateTime(expiresAt)}. To tell us something, simply reply to our email.`}
        </Text>
      </SurveyFrame>
    );

  return (
    <SurveyFrame organization={organization}>
      <div>
        <Title order={1} size="h3">
          {firstName ? `${firstName}, did` : 'Did'} we put it right?
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          Something went wrong for you recently and we tried to make up for it. Three quick
          questions; your answer goes to {organization}.
        </Text>
      </div>
      <form
        onSubmit={form.onSubmit((values) =>
          answer.mutate(
            {
              putRight: values.putRight as TSurveyAnswerRequest['putRight'],
              score: Number(values.score),
              comeBack: values.comeBack as TSurveyAnswerRequest['comeBack'],
              comment: values.comment || null,
            },
            { onError: (error) => applyProblem(form, error) },
          ),
        )}
      >
        <Stack gap="lg">
          <Choice
            label="Did we put it right?"
            options={[
              ['yes', 'Yes'],
              ['partly', 'Partly'],
              ['no', 'No'],
            ]}
            {...form.getInputProps('putRight')}
          />
          <Choice
            label="How well did we handle it?"
            description="1 is very poorly, 5 is very well"
            options={['1', '2', '3', '4', '5'].map((n) => [n, n])}
            {...form.getInputProps('score')}
          />
          <Choice
            label="Would you come back to us?"
            options={[
              ['yes', 'Yes'],
              ['maybe', 'Maybe'],
              ['no', 'No'],
            ]}
            {...form.getInputProps('comeBack')}
          />
          <Textarea
            label="Anything you would like to tell us?"
            autosize
            minRows={3}
            maxLength={4000}
            {...form.getInputProps('comment')}
          />
          {answer.isError &&
            !(answer.error instanceof ApiError && answer.error.problem.errors?.length) && (
              <Alert color="red">
                {answer.error instanceof ApiError
                  ? answer.error.problem.detail
                  : 'Your answer did not reach us; please try again.'}
              </Alert>
            )}
          <Button type="submit" loading={answer.isPending}>
            Send my answer
          </Button>
        </Stack>
      </form>
    </SurveyFrame>
  );
}
