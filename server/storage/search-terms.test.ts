import { describe, expect, it } from 'vitest';
import { postgresTsQuery, searchTerms, sqliteMatchExpression } from './search-terms';

describe('search terms', () => {
  it('keeps words in any script and drops query syntax', () => {
    expect(searchTerms(`cold "soup" OR' ; DROP TABLE -- *:& café Zoë 東京`)).toEqual([
      'cold',
      'soup',
      'OR',
      'DROP',
      'TABLE',
      'café',
      'Zoë',
      '東京',
    ]);
  });

  it('uses at most eight words', () => {
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(8);
  });

  it('builds prefix queries for each dialect', () => {
    expect(sqliteMatchExpression(['cold', 'soup'])).toBe('"cold"* "soup"*');
    expect(postgresTsQuery(['Cold', 'soup'])).toBe('cold:* & soup:*');
  });

  it('finds no words in punctuation alone', () => {
    expect(searchTerms(`'"();--`)).toEqual([]);
  });
});
