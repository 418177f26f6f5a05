import { requirePermission } from '../../domain/access/permissions';
import { decodeCursor, encodeCursor } from '../storage/cursor';
import type { LedgerFilter } from '../storage/queries/gestures';
import type { Actor, Deps } from './deps';
import { ledgerNames } from './read-ledger';

/** The ledger a page at a time, newest first, with names to show. */
export async function listLedger(
  deps: Deps,
  actor: Actor,
  filter: LedgerFilter,
  page: { cursor: string | undefined; limit: number },
) {
  requirePermission(actor.role, 'ledger.read');
  const store = deps.storage.read;
  const after = page.cursor ? (decodeCursor(page.cursor) as [string, string]) : null;
  const rows = await store.gestures.ledgerPage(actor.organizationId, filter, {
    after: after && [String(after[0]), after[1]],
    limit: page.limit + 1,
  });
  const entries = rows.slice(0, page.limit);
  const last = entries.at(-1);
  return {
    entries,
    nextCursor: rows.length > page.limit && last ? encodeCursor(last.at, last.id) : null,
    ...(await ledgerNames(deps, actor)),
  };
}
