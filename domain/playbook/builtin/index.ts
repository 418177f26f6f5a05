import { parsePlaybookDocument, type Playbook } from '../schema';
import blast from './blast.json' with { type: 'json' };
import complaint from './complaint.json' with { type: 'json' };
import method from './default.json' with { type: 'json' };
import heard from './heard.json' with { type: 'json' };
import last from './last.json' with { type: 'json' };
import learn from './learn.json' with { type: 'json' };

/**
 * The playbooks every organisation has, as data files. A situation keeps the version it
 * started with, so changing a file's content means raising its version here.
 */
const FILES: Array<[unknown, number]> = [
  [method, 1],
  [heard, 1],
  [last, 1],
  [blast, 1],
  [learn, 1],
  [complaint, 1],
];

export const BUILT_IN_PREFIX = 'builtin-';

export const BUILT_IN_PLAYBOOKS: readonly Playbook[] = FILES.map(([file, version]) => {
  const parsed = parsePlaybookDocument(file);
  if (!parsed.ok) {
    const first = parsed.problems[0];
    throw new Error(`A built-in playbook is invalid: ${first?.path}: ${first?.message}`);
  }
  return { ...parsed.document, id: `${BUILT_IN_PREFIX}${parsed.document.key}`, version };
});

export const DEFAULT_PLAYBOOK_ID = `${BUILT_IN_PREFIX}default`;

export function builtInPlaybook(id: string): Playbook | undefined {
  return BUILT_IN_PLAYBOOKS.find((p) => p.id === id);
}
