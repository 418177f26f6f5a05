import { builtInPlaybook } from '../../domain/playbook/builtin';
import { DomainError } from '../../domain/shared/domain-error';
import type { Playbook } from '../../domain/playbook/schema';
import type { PlaybookRecord } from '../storage/queries/playbooks';
import type { Store } from '../storage/store';
import { loadPlaybook } from './load-playbook';

/** A playbook as its organisation sees it: a version of it, and whether it is built in or archived. */
export interface PlaybookView {
  playbook: Playbook;
  builtIn: boolean;
  archived: boolean;
  /** Set for the organisation's own playbooks. */
  record: PlaybookRecord | null;
}

/**
 * One of the built-in playbooks or one of this organisation's, at its latest version or the
 * one asked for. Another organisation's playbook is not found, like anything else of theirs.
 */
export async function findPlaybook(
  store: Store,
  organizationId: string,
  id: string,
  version?: number,
): Promise<PlaybookView> {
  const builtIn = builtInPlaybook(id);
  if (builtIn) {
    if (version !== undefined && version !== builtIn.version) {
      const stored = await store.playbooks.version(id, version);
      if (!stored)
        throw new DomainError('NOT_FOUND', `"${builtIn.name}" has no version ${version}.`);
      return {
        playbook: { ...stored.document, id, version },
        builtIn: true,
        archived: false,
        record: null,
      };
    }
    return { playbook: builtIn, builtIn: true, archived: false, record: null };
  }
  const record = await store.playbooks.byId(organizationId, id);
  if (!record) throw new DomainError('NOT_FOUND', 'There is no such playbook.');
  const wanted = version ?? record.currentVersion;
  if (wanted > record.currentVersion)
    throw new DomainError('NOT_FOUND', `"${record.name}" has no version ${wanted}.`);
  return {
    playbook: await loadPlaybook(store, { id, version: wanted }),
    builtIn: false,
    archived: record.archived,
    record,
  };
}

/**
 * One of the organisation's own playbooks, to change: built-in ones stay as shipped, and
 * `refusal` says what to do instead.
 */
export async function findOwnPlaybook(
  store: Store,
  organizationId: string,
  id: string,
  refusal: (name: string) => string,
): Promise<PlaybookView & { record: PlaybookRecord }> {
  const found = await findPlaybook(store, organizationId, id);
  if (found.builtIn || !found.record) {
    throw new DomainError('BUILT_IN_PLAYBOOK', refusal(found.playbook.name));
  }
  return { ...found, record: found.record };
}
