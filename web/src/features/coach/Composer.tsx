import {
  Badge,
  Box,
  Button,
  Card,
  CopyButton,
  Group,
  Progress,
  ScrollArea,
  SegmentedControl,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import {
  useDeferredValue,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactElement,
} from 'react';
import type { TPhraseList } from '../../../../contract/coach';
import { analyze, type CoachContext, type Finding } from '../../../../domain/coach/analyze';
import {
  fillPhrase,
  type Party,
  type Phrase,
  type Tone,
} from '../../../../domain/coach/phrasebook';
import { api } from '../../api/client';
import { notifyError, notifySaved } from '../../app/problems';
import { HeldReplies } from './HeldReplies';
import { useLogMessage } from './useLogMessage';
import { useEmailReadiness, useReplyAction } from './useReplies';
import classes from './Composer.module.css';

const SEVERITY_COLORS: Record<Finding['severity'], string> = {
  good: 'teal',
  info: 'gray',
  warning: 'yellow',
  problem: 'red',
};
const SEVERITY_LABELS: Record<Finding['severity'], string> = {
  good: 'Good',
  info: 'Note',
  warning: 'Improve',
  problem: 'Fix',
};
const APOLOGY_LABELS = {
  none: 'No apology',
  generic: 'General apology',
  targeted: 'Names the cause',
  non_apology: 'Non-apology',
} as const;

export interface ComposerProps {
  situationId: string;
  /** Who the reply is for: their email address decides whether it can be emailed from here. */
  partyId: string | null;
  /** The step the reply is written in (the one on screen). */
  step: string | null;
  context: CoachContext;
}

/**
 * The reply composer: the coach reads the draft on every keystroke (the same analysis the
 * server runs), highlights what it found, scores readiness and offers rewrites and phrases.
 * Loaded lazily with the workspace so the coach's lexicon is not in the main bundle.
 */
export default function Composer({ situationId, partyId, step, context }: ComposerProps) {
  const [text, setText] = useState('');
  const [speaker, setSpeaker] = useState<'out' | 'in'>('out');
  const [party, setParty] = useState<Party>('customer');
  const [tone, setTone] = useState<Tone | 'all'>('all');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  const draft = useDeferredValue(text);
  const role = speaker === 'in' ? 'customer' : 'agent';
  const analysis = useMemo(
    () => analyze(draft, { ...context, role, ...(step ? { step } : {}) }),
    [draft, context, role, step],
  );
  // The marks render after the text (deferred), when the textarea may already have scrolled
  // to the caret: the backdrop follows it once its own lines are there to scroll.
  useLayoutEffect(() => {
    if (backdrop.current && textarea.current)
      backdrop.current.scrollTop = textarea.current.scrollTop;
  });
  const log = useLogMessage(situationId);
  const email = useEmailReadiness(partyId);
  const replyAction = useReplyAction(situationId);

  const phrases = useQuery({
    queryKey: ['phrasebook', situationId, step, party],
    queryFn: () =>
      api<TPhraseList>(
        'GET',
        `/phrasebook?situationId=${situationId}&party=${party}${step ? `&step=${step}` : ''}`,
      ),
  });

  const replaceRange = (start: number, end: number, replacement: string) => {
    const next = text.slice(0, start) + replacement + text.slice(end);
    setText(next);
    requestAnimationFrame(() => {
      const el = textarea.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(start + replacement.length, start + replacement.length);
    });
  };
  const insertAtCursor = (snippet: string) => {
    const el = textarea.current;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    const before = text.slice(0, start);
    const spacer = before && !/\s$/.test(before) ? ' ' : '';
    replaceRange(start, end, spacer + snippet);
  };
  const selectSpan = (finding: Finding) => {
    const el = textarea.current;
    if (!el || finding.span.end <= finding.span.start) return;
    el.focus();
    el.setSelectionRange(finding.span.start, finding.span.end);
  };

  const stale = draft !== text;
  const findings = analysis.findings.filter((f) => f.kind !== 'mood_cue' || speaker === 'in');
  // Mood cues and the complaint show as badges above the list, not as lines in it.
  const listed = findings.filter((f) => f.kind !== 'mood_cue' && f.kind !== 'complaint');
  const readinessColor =
    analysis.readiness >= 75 ? 'teal' : analysis.readiness >= 50 ? 'yellow' : 'red';
  const submit = () =>
    log.mutate(
      { direction: speaker, text },
      {
        onSuccess: () => {
          notifySaved(
            speaker === 'out'
              ? 'Reply added to the timeline'
              : 'Their message added to the timeline',
          );
          setText('');
        },
        onError: notifyError,
      },
    );

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="composer-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h4" id="composer-title">
            {speaker === 'out' ? 'Write a reply' : 'What they said'}
          </Title>
          <SegmentedControl
            size="xs"
            value={speaker}
            onChange={(value) => setSpeaker(value as 'out' | 'in')}
            data={[
              { value: 'out', label: 'Our reply' },
              { value: 'in', label: 'Their words' },
            ]}
            aria-label="Whose words"
          />
        </Group>

        <Box className={classes.editor}>
          <div ref={backdrop} className={classes.backdrop} aria-hidden="true">
            {highlight(draft, stale ? [] : findings)}
            {'\n'}
          </div>
          <textarea
            ref={textarea}
            className={classes.textarea}
            value={text}
            rows={5}
            aria-label={speaker === 'out' ? 'Your reply' : 'Their message'}
            aria-describedby="composer-readiness"
            placeholder={
              speaker === 'out'
                ? 'Write your reply. The coach checks it as you type.'
                : 'Paste or type what they said; the coach reads their mood.'
            }
            onChange={(e) => setText(e.currentTarget.value)}
            onScroll={(e) => {
              if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
            }}
          />
        </Box>

        {speaker === 'out' ? (
          <Stack gap={4} id="composer-readiness">
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={600}>
                Ready to send: {text.trim() ? analysis.readiness : 0}/100
              </Text>
              <Group gap={4}>
                <Badge
                  variant="light"
                  color={
                    analysis.apology === 'targeted'
                      ? 'teal'
                      : analysis.apology === 'non_apology'
                        ? 'red'
                        : 'gray'
                  }
                >
                  {APOLOGY_LABELS[analysis.apology]}
                </Badge>
                {analysis.empathy && (
                  <Badge variant="light" color="teal">
                    Empathy
                  </Badge>
                )}
                {analysis.blame && (
                  <Badge variant="light" color="red">
                    Blame
                  </Badge>
                )}
                {analysis.commitment !== 'none' && (
                  <Badge
                    variant="light"
                    color={analysis.commitment === 'concrete' ? 'teal' : 'yellow'}
                  >
                    {analysis.commitment === 'concrete' ? 'Concrete promise' : 'Vague promise'}
                  </Badge>
                )}
              </Group>
            </Group>
            <Progress
              value={text.trim() ? analysis.readiness : 0}
              color={readinessColor}
              aria-label="Readiness"
              size="sm"
            />
          </Stack>
        ) : (
          <Group gap="xs" id="composer-readiness">
            <Text size="sm" fw={600}>
              Mood: {analysis.mood.label} ({Math.round(analysis.mood.intensity * 100)}%)
            </Text>
            {analysis.complaint && (
              <Badge variant="light" color="orange">
                Complaint
              </Badge>
            )}
            {analysis.mood.cues.map((cue) => (
              <Badge key={cue} variant="outline" color="gray" tt="none">
                {cue}
              </Badge>
            ))}
          </Group>
        )}

        {listed.length > 0 && (
          <Stack gap={6} aria-label="What the coach noticed" role="list">
            {listed.map((finding, index) => (
              <Group
                key={`${finding.kind}-${finding.span.start}-${index}`}
                gap="xs"
                wrap="nowrap"
                align="flex-start"
                role="listitem"
              >
                <Badge
                  size="sm"
                  variant="light"
                  color={SEVERITY_COLORS[finding.severity]}
                  style={{ flexShrink: 0 }}
                >
                  {SEVERITY_LABELS[finding.severity]}
                </Badge>
                {/* The fix goes under the message, so a long label never squeezes the words. */}
                <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                  <UnstyledButton onClick={() => selectSpan(finding)}>
                    <Text size="sm">{finding.message}</Text>
                  </UnstyledButton>
                  {finding.suggestion && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      style={{ alignSelf: 'flex-start' }}
                      onClick={() => {
                        // A rewrite of a whole sentence says where it goes; an empty span (a
                        // missing apology) puts it first.
                        const at = finding.suggestion!.span ?? finding.span;
                        replaceRange(at.start, at.end, finding.suggestion!.replacement);
                      }}
                    >
                      {finding.suggestion.label}
                    </Button>
                  )}
                </Stack>
              </Group>
            ))}
          </Stack>
        )}

        <Group justify="flex-end" gap="xs">
          {speaker === 'out' && (
            <CopyButton value={text}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy} disabled={!text.trim()}>
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          )}
          <Button
            onClick={submit}
            loading={log.isPending}
            disabled={!text.trim()}
            variant={speaker === 'out' && email.canSend ? 'default' : 'filled'}
          >
            {speaker === 'out' ? 'Log as sent' : 'Add to timeline'}
          </Button>
          {speaker === 'out' && email.canSend && (
            <Button
              leftSection={<IconSend size={16} />}
              loading={replyAction.isPending && replyAction.variables?.kind === 'send'}
              disabled={!text.trim()}
              onClick={() =>
                replyAction.mutate(
                  { kind: 'send', text },
                  { onSuccess: () => setText(''), onError: notifyError },
                )
              }
            >
              Send by email
            </Button>
          )}
        </Group>
        {speaker === 'out' && email.why && (
          <Text size="xs" c="dimmed">
            {email.why}
          </Text>
        )}
        <HeldReplies situationId={situationId} onUndo={(words) => setText(words)} />

        {speaker === 'out' && (
          <Stack gap="xs" component="section" aria-labelledby="phrasebook-title">
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Title order={4} size="h5" id="phrasebook-title">
                Phrasebook
              </Title>
              <Group gap="xs">
                <SegmentedControl
                  size="xs"
                  value={party}
                  onChange={(value) => setParty(value as Party)}
                  data={[
                    { value: 'customer', label: 'Customer' },
                    { value: 'vendor', label: 'Vendor' },
                    { value: 'team', label: 'Team' },
                  ]}
                  aria-label="Who you are writing to"
                />
                <SegmentedControl
                  size="xs"
                  value={tone}
                  onChange={(value) => setTone(value as Tone | 'all')}
                  data={[
                    { value: 'all', label: 'All' },
                    { value: 'warm', label: 'Warm' },
                    { value: 'formal', label: 'Formal' },
                    { value: 'brief', label: 'Brief' },
                  ]}
                  aria-label="Tone"
                />
              </Group>
            </Group>
            <ScrollArea.Autosize mah={260} type="auto">
              <Stack gap={6}>
                {(phrases.data?.items ?? [])
                  .filter((p) => tone === 'all' || p.tone === tone)
                  .slice(0, 12)
                  .map((phrase) => (
                    <PhraseRow
                      key={phrase.id}
                      phrase={phrase}
                      text={fillPhrase(phrase.text, phrases.data!.fill)}
                      onInsert={insertAtCursor}
                    />
                  ))}
                {phrases.data && phrases.data.items.length === 0 && (
                  <Text size="sm" c="dimmed">
                    No phrases for this step yet. Owners can add their own under Settings →
                    Phrasebook.
                  </Text>
                )}
              </Stack>
            </ScrollArea.Autosize>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function PhraseRow({
  phrase,
  text,
  onInsert,
}: {
  phrase: Phrase;
  text: string;
  onInsert: (text: string) => void;
}) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Badge size="xs" variant="outline" color="gray" style={{ flexShrink: 0, marginTop: 3 }}>
        {phrase.tone}
      </Badge>
      <Text size="sm" style={{ flex: 1, minWidth: 0 }}>
        {text}
      </Text>
      <Button
        size="compact-xs"
        variant="subtle"
        onClick={() => onInsert(text)}
        aria-label={`Insert: ${text}`}
      >
        Insert
      </Button>
    </Group>
  );
}

/**
 * The draft with each finding's span marked; overlapping spans keep the more serious one. In
 * their words the marks are the signs of how they feel.
 */
function highlight(text: string, findings: Finding[]) {
  const rank = { problem: 3, warning: 2, good: 1, info: 0 } as const;
  const marked = findings
    .filter(
      (f) =>
        f.span.end > f.span.start &&
        (f.severity !== 'info' || f.kind === 'mood_cue') &&
        f.kind !== 'complaint',
    )
    .sort((a, b) => a.span.start - b.span.start || rank[b.severity] - rank[a.severity]);
  const parts: Array<string | ReactElement> = [];
  let at = 0;
  for (const finding of marked) {
    if (finding.span.start < at) continue;
    if (finding.span.start > at) parts.push(text.slice(at, finding.span.start));
    parts.push(
      <mark
        key={`${finding.span.start}-${finding.kind}`}
        className={finding.kind === 'mood_cue' ? classes.cue : classes[finding.severity]}
      >
        {text.slice(finding.span.start, finding.span.end)}
      </mark>,
    );
    at = finding.span.end;
  }
  parts.push(text.slice(at));
  return parts;
}
