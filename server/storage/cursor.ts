import { DomainError } from '../../domain/shared/domain-error';

/** Opaque cursors: the last row's sort key and id, so pages stay stable under inserts. */
export function encodeCursor(sortValue: string | number, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');
}

export function decodeCursor(cursor: string): [string | number, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === 'string' || typeof value[0] === 'number') &&
      typeof value[1] === 'string'
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through to the error below
  }
  throw new DomainError('VALIDATION', 'The cursor is not one this server handed out.', [
    { path: 'cursor', message: 'Use the nextCursor value from the previous page.' },
  ]);
}
