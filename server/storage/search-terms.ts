/**
 * Turns what a person typed into the search box into safe full-text queries: words only
 * (letters and digits in any script), all of them required. Punctuation and query operators
 * are dropped, so no input can break the query syntax.
 *
 * The last word is matched as a prefix, the others whole, as people type: "margaret thom"
 * finds Margaret Thompson. Matching every word as a prefix would also work, but a prefix
 * lookup of a long word costs the full-text index about three times an exact one.
 */
export function searchTerms(q: string): string[] {
  return (q.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

export function sqliteMatchExpression(terms: string[]): string {
  return terms.map((t, i) => (i === terms.length - 1 ? `"${t}"*` : `"${t}"`)).join(' ');
}

export function postgresTsQuery(terms: string[]): string {
  return terms
    .map((t, i) => (i === terms.length - 1 ? `${t.toLowerCase()}:*` : t.toLowerCase()))
    .join(' & ');
}
