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

  it('matches the last word as a prefix and the others whole, in each dialect', () => {
    expect(sqliteMatchExpression(['margaret', 'thom'])).toBe('"margaret" "thom"*');
    expect(sqliteMatchExpression(['lindq'])).toBe('"lindq"*');
    expect(postgresTsQuery(['Margaret', 'Thom'])).toBe('margaret & thom:*');
  });

  it('finds no words in punctuation alone', () => {
    expect(searchTerms(`'"();--`)).toEqual([]);
  });
});
