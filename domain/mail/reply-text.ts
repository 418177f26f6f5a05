/**
 * What the person wrote this time, without the earlier messages their mail program quoted
 * below it: the timeline shows their words, and the coach reads their mood from those alone.
 */
export function withoutQuotedReply(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1] ?? '';
    // "On Mon, 23 Nov 2026 at 10:02, Bramble Bistro <desk@…> wrote:" (one line or two),
    // followed by the quote; or Outlook's "-----Original Message-----".
    if (/^-{2,}\s*Original Message\s*-{2,}$/i.test(line.trim())) break;
    if (/^On .+wrote:\s*$/i.test(line.trim()) && (next.startsWith('>') || next.trim() === ''))
      break;
    if (/^On .+/i.test(line.trim()) && /wrote:\s*$/i.test(next.trim())) break;
    if (line.startsWith('>')) continue;
    kept.push(line);
  }
  const result = kept.join('\n').trim();
  // A message that is nothing but a quote keeps what it had, rather than becoming empty.
  return result || text.trim();
}

/** A subject as a situation title: without the Re:/Fwd: prefixes mail programs add. */
export function titleFromSubject(subject: string | null | undefined): string | null {
  const title = (subject ?? '')
    .replace(/^(\s*(re|fw|fwd|aw|sv|wg)\s*(\[\d+\])?\s*:\s*)+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return title ? title.slice(0, 200) : null;
}
