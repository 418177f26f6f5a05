/**
 * Turns what a person typed into the search box into safe full-text queries: words only
 * (letters and digits in any script), each matched as a prefix, all of them required.
 * Punctuation and query operators are dropped, so no input can break the query syntax.
 */
export function searchTerms(q: string): string[] {
  return (q.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

export function sqliteMatchExpression(terms: string[]): string {
  return terms.map((t) => `"${t}"*`).join(' ');
}

export function postgresTsQuery(terms: string[]): string {
  return terms.map((t) => `${t.toLowerCase()}:*`).join(' & ');
}
