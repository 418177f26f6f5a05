import { spendBy, type SpendGroup } from '../../domain/empowerment/ledger';
import type { LedgerFilter } from '../storage/queries/gestures';
import type { Actor, Deps } from './deps';
import { readLedger } from './read-ledger';

/** Spending grouped by location, member, kind or month, from the same entries. */
export async function readSpend(deps: Deps, actor: Actor, filter: LedgerFilter, group: SpendGroup) {
  const { entries, members, locations } = await readLedger(deps, actor, filter);
  const labelOf = (key: string | null) =>
    key === null
      ? 'No location'
      : group === 'location'
        ? (locations.get(key) ?? key)
        : group === 'member'
          ? (members.get(key) ?? 'A former member')
          : key;
  // Each row gains its label in place (spreading into a literal with a new key is slow).
  return spendBy(entries, group).map((row) => Object.assign(row, { label: labelOf(row.key) }));
}
