import {
  Accordion,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  JsonInput,
  List,
  Stack,
  Switch,
  Tabs,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { PlaybookDocument, PlaybookStep } from '../../../../domain/playbook/schema';
import { ApiError } from '../../api/client';
import { useArchivePlaybook, usePlaybook, useUpdatePlaybook } from '../../api/hooks';
import { notifyError, notifySaved } from '../../app/problems';
import { Loading } from '../../app/Loading';

const lines = (items: string[]) => items.join('\n');
const unlines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * An owner's own playbook: names, purposes and coaching words step by step, or the whole
 * document as JSON for fields, guards and loops. Every save is a new version; the server
 * checks it and says what is wrong, where.
 */
export function PlaybookEditorPage() {
  const { id = '' } = useParams();
  const playbook = usePlaybook(id);
  const update = useUpdatePlaybook(id);
  const archive = useArchivePlaybook();
  const navigate = useNavigate();
  const [doc, setDoc] = useState<PlaybookDocument | null>(null);
  const [json, setJson] = useState('');
  const [tab, setTab] = useState<string | null>('steps');
  const [problems, setProblems] = useState<Array<{ path: string; message: string }>>([]);

  useEffect(() => {
    if (!playbook.data) return;
    setDoc(playbook.data.document);
    setJson(JSON.stringify(playbook.data.document, null, 2));
  }, [playbook.data]);

  if (playbook.isPending || (playbook.data && !doc)) return <Loading label="Loading playbook" />;
  if (playbook.isError || !doc)
    return <Alert color="red">{playbook.error?.message ?? 'Could not load the playbook.'}</Alert>;
  const { data } = playbook;

  const editStep = (i: number, change: Partial<PlaybookStep>) =>
    setDoc({ ...doc, steps: doc.steps.map((s, k) => (k === i ? { ...s, ...change } : s)) });

  const save = () => {
    let document: unknown = doc;
    if (tab === 'json') {
      try {
        document = JSON.parse(json);
      } catch {
        setProblems([{ path: '(document)', message: 'This is not valid JSON.' }]);
        return;
      }
    }
    setProblems([]);
    update.mutate(document, {
      onSuccess: (saved) => notifySaved(`Saved as version ${saved.version}`),
      onError: (error) => {
        if (error instanceof ApiError && error.problem.errors?.length) {
          setProblems(error.problem.errors);
        } else notifyError(error);
      },
    });
  };

  return (
    <Stack maw={900} mx="auto" gap="md">
      <Anchor component={Link} to="/playbooks" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Playbooks
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={1} size="h2">
              {data.name}
            </Title>
            <Badge variant="light">Version {data.version}</Badge>
            {data.archived && (
              <Badge variant="light" color="gray">
                Archived
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            Saving makes a new version. Situations already running keep theirs.
          </Text>
        </Stack>
        <Group gap="xs">
          {!data.archived && (
            <Button
              variant="default"
              loading={archive.isPending}
              onClick={() =>
                archive.mutate(id, {
                  onSuccess: () => {
                    notifySaved('Archived');
                    void navigate('/playbooks');
                  },
                  onError: notifyError,
                })
              }
            >
              Archive
            </Button>
          )}
          <Button onClick={save} loading={update.isPending}>
            Save
          </Button>
        </Group>
      </Group>

      {problems.length > 0 && (
        <Alert color="red" title="The playbook cannot be saved yet" role="alert">
          <List size="sm">
            {problems.map((p) => (
              <List.Item key={`${p.path}:${p.message}`}>
                <Text span ff="monospace" size="xs">
                  {p.path}
                </Text>
                : {p.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      <Tabs
        value={tab}
        onChange={(next) => {
          // Each tab starts from the other's latest edits.
          if (next === 'json') setJson(JSON.stringify(doc, null, 2));
          if (next === 'steps') {
            try {
              setDoc(JSON.parse(json) as PlaybookDocument);
            } catch {
              setProblems([{ path: '(document)', message: 'Fix the JSON before switching back.' }]);
              return;
            }
          }
          setTab(next);
        }}
      >
        <Tabs.List>
          <Tabs.Tab value="steps">Steps and words</Tabs.Tab>
          <Tabs.Tab value="json">Whole document (JSON)</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="steps" pt="md">
          <Stack gap="md">
            <TextInput
              label="Name"
              value={doc.name}
              onChange={(e) => setDoc({ ...doc, name: e.currentTarget.value })}
            />
            <Textarea
              label="Description"
              autosize
              minRows={2}
              value={doc.description}
              onChange={(e) => setDoc({ ...doc, description: e.currentTarget.value })}
            />
            <Accordion variant="separated" radius="md">
              {doc.steps.map((step, i) => (
                <Accordion.Item key={step.id} value={step.id}>
                  <Accordion.Control>
                    {i + 1}. {step.title}
                  </Accordion.Control>
                  <Accordion.Panel>
                    <Stack gap="sm">
                      <TextInput
                        label="Title"
                        value={step.title}
                        onChange={(e) => editStep(i, { title: e.currentTarget.value })}
                      />
                      <Textarea
                        label="Purpose"
                        autosize
                        value={step.purpose}
                        onChange={(e) => editStep(i, { purpose: e.currentTarget.value })}
                      />
                      {(['do', 'say', 'avoid'] as const).map((kind) => (
                        <Textarea
                          key={kind}
                          label={{ do: 'What to do', say: 'Words that help', avoid: 'Avoid' }[kind]}
                          description="One per line"
                          autosize
                          minRows={2}
                          value={lines(step.prompts[kind])}
                          onChange={(e) =>
                            editStep(i, {
                              prompts: { ...step.prompts, [kind]: unlines(e.currentTarget.value) },
                            })
                          }
                        />
                      ))}
                      <Switch
                        label="May be skipped, with a reason"
                        checked={step.skippable}
                        onChange={(e) => editStep(i, { skippable: e.currentTarget.checked })}
                      />
                      <Text size="sm" c="dimmed">
                        Captures: {step.fields.map((f) => f.label).join(' · ') || 'nothing'}. Change
                        fields, guards and loops in the JSON tab.
                      </Text>
                    </Stack>
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="json" pt="md">
          <JsonInput
            label="Playbook document"
            description="Steps, their fields (text, choice, options, promises, tasks, money…), guards, skips and loops"
            autosize
            minRows={20}
            maxRows={40}
            value={json}
            onChange={setJson}
            styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
