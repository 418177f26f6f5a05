import type { CoachDocument } from './document';
import type { Finding, Span } from './types';

/**
 * A one-click rewrite has to leave a readable draft. Rewrites that are sentences of their own
 * say where they go (`suggestion.span`, the sentence they stand for); this fits the phrases
 * that are spliced into the writer's own sentence to the text around them: no second comma
 * before a comma that follows, a capital only at the start of a sentence, and shouting turned
 * into ordinary case rather than all lower case.
 */
export function fitRewrites(doc: CoachDocument, findings: Finding[]): Finding[] {
  return findings.map((finding) => {
    const suggestion = finding.suggestion;
    if (!suggestion || finding.span.end === finding.span.start) return finding;
    if (suggestion.span) {
      // A sentence put after a greeting ("Hi Ana, …") or a clause goes on in lower case.
      return /[,;:]/.test(markBefore(doc.text, suggestion.span.start))
        ? {
            ...finding,
            suggestion: { ...suggestion, replacement: lowerFirst(suggestion.replacement) },
          }
        : finding;
    }
    const atSentenceStart = /^$|[.!?…]/.test(markBefore(doc.text, finding.span.start));
    let replacement = suggestion.replacement;
    if (finding.kind === 'shouting') replacement = replacement.replace(/\bi\b/g, 'I');
    else if (/^\s*[,.;:!?]/.test(doc.text.slice(finding.span.end)))
      replacement = replacement.replace(/[,.;:]$/, '');
    replacement = atSentenceStart ? upperFirst(replacement) : lowerFirst(replacement);
    return { ...finding, suggestion: { ...suggestion, replacement } };
  });
}

/**
 * The sentence holding character `at`, as a span of the text, less a greeting that opens it
 * ("Hi Ana, you never told us…"): a rewrite of the sentence keeps the greeting.
 */
export function sentenceAt(doc: CoachDocument, at: number): Span {
  for (const sentence of doc.sentences) {
    if (at < sentence.start || at >= sentence.end) continue;
    const opening = doc.text.slice(sentence.start, at);
    const greeting =
      /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,]{0,40},\s*/i.exec(opening);
    return { start: sentence.start + (greeting?.[0].length ?? 0), end: sentence.end };
  }
  return { start: at, end: at };
}

/** The sentence holding `span`, from where `span` starts: a rewrite in its place ends it. */
export function restOfSentence(doc: CoachDocument, span: Span): Span {
  return { start: span.start, end: Math.max(span.end, sentenceAt(doc, span.start).end) };
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The last character before `at` that is not white space, or '' at the start of the text. */
function markBefore(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i >= 0 ? text[i]! : '';
}

/** "Here's" → "here's"; "I", "I'm" and acronyms ("DHL") keep their capitals. */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
