import type { Mood } from '../situation/vocabulary';

export type ApologyType = 'none' | 'generic' | 'targeted' | 'non_apology';
export type CommitmentType = 'none' | 'vague' | 'concrete';
export type Severity = 'good' | 'info' | 'warning' | 'problem';

export type FindingKind =
  | 'apology'
  | 'non_apology'
  | 'refused_apology'
  | 'missing_apology'
  | 'empathy'
  | 'bare_understanding'
  | 'missing_empathy'
  | 'dismissive'
  | 'open_question'
  | 'closed_question'
  | 'closed_question_run'
  | 'assumed_cause'
  | 'blame'
  | 'absolute'
  | 'defensive'
  | 'policy'
  | 'commitment'
  | 'vague_commitment'
  | 'shouting'
  | 'exclamations'
  | 'hard_to_read'
  | 'mood_cue'
  | 'complaint';

export interface Span {
  start: number;
  end: number;
}

export interface Suggestion {
  /** What to put in place of the finding's span (or to add, when the span is empty). */
  replacement: string;
  label: string;
  /**
   * Where the replacement goes when it is not the finding's own span: a rewrite that is a
   * sentence of its own replaces the sentence it stands for, not just the words marked.
   */
  span?: Span;
}

export interface Finding {
  kind: FindingKind;
  span: Span;
  severity: Severity;
  message: string;
  suggestion?: Suggestion;
}

export interface MoodEstimate {
  label: Mood;
  /** 0 (calm) to 1 (furious). */
  intensity: number;
  /** The words and signs that drove the estimate, as written. */
  cues: string[];
}

export interface CoachContext {
  /** Who wrote it: our side ("agent") or the person the situation is about ("customer"). */
  role?: 'agent' | 'customer';
  /** The diagnosed root cause, when the diagnose step has one. */
  rootCause?: string;
  personName?: string;
  /** The playbook step the reply is written in (listen, diagnose, apologize, …). */
  step?: string;
  channel?: string;
  mood?: Mood;
  /**
   * The text was written to us, as every message on a situation is: it then needs no "you",
   * "my" or "@name" to read as a complaint ("The soup was cold again.").
   */
  toUs?: boolean;
}

export interface Analysis {
  findings: Finding[];
  /** 0–100: how ready the draft is to send, given the step and what the product knows. */
  readiness: number;
  apology: ApologyType;
  empathy: boolean;
  questions: { open: number; closed: number };
  blame: boolean;
  commitment: CommitmentType;
  mood: MoodEstimate;
  complaint: boolean;
}
