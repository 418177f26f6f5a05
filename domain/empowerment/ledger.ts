/** What a ledger entry does to the money given: grants and approvals add, reversals take back. */
export type LedgerEntryType = 'granted' | 'approval_requested' | 'approved' | 'denied' | 'reversed';

export interface LedgerLine {
  type: LedgerEntryType;
  amount: number;
  at: string;
  locationId: string | null;
  requesterId: string;
  kind: string;
}

export const SPEND_GROUPS = ['location', 'member', 'kind', 'month'] as const;
export type SpendGroup = (typeof SPEND_GROUPS)[number];

export function netAmount(line: Pick<LedgerLine, 'type' | 'amount'>): number {
  switch (line.type) {
    case 'granted':
    case 'approved':
      return line.amount;
    case 'reversed':
      return -line.amount;
    case 'approval_requested':
    case 'denied':
      return 0;
  }
}

/**
 * Spending grouped by location, member, kind or month: exact integer sums of what was given,
 * net of reversals, with how many gestures were given.
 */
export function spendBy(
  lines: ReadonlyArray<LedgerLine>,
  group: SpendGroup,
): Array<{ key: string | null; total: number; count: number }> {
  const keyOf = (l: LedgerLine): string | null => {
    switch (group) {
      case 'location':
        return l.locationId;
      case 'member':
        return l.requesterId;
      case 'kind':
        return l.kind;
      case 'month':
        return l.at.slice(0, 7);
    }
  };
  const totals = new Map<string | null, { total: number; count: number }>();
  for (const line of lines) {
    const net = netAmount(line);
    if (net === 0) continue;
    const key = keyOf(line);
    const row = totals.get(key) ?? { total: 0, count: 0 };
    row.total += net;
    row.count += net > 0 ? 1 : -1;
    totals.set(key, row);
  }
  return [...totals.entries()]
    .map(([key, row]) => ({ key, ...row }))
    .sort((a, b) => b.total - a.total || String(a.key).localeCompare(String(b.key)));
}
