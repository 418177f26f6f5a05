declare module 'vader-sentiment/src/vader_lexicon.js' {
  /** VADER's valence lexicon (Hutto & Gilbert 2014): token → mean valence from −4 to +4. */
  export const lexicon: Record<string, number>;
}
