/** One Server-Sent Event as a browser's EventSource would hand it over. */
export interface StreamEvent {
  event: string;
  data: string;
}

/**
 * Reads a Server-Sent Events stream over a real HTTP connection, collecting its events as
 * they arrive, the way the browser's EventSource does.
 */
export async function openEventStream(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; events: StreamEvent[]; close(): void }> {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  const events: StreamEvent[] = [];
  if (response.ok && response.body) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const fields = block.split('\n').filter((line) => line && !line.startsWith(':'));
            const event = fields.find((l) => l.startsWith('event: '))?.slice(7) ?? 'message';
            const data = fields.find((l) => l.startsWith('data: '))?.slice(6);
            if (data !== undefined) events.push({ event, data });
          }
        }
      } catch {
        // Aborted by close().
      }
    })();
  } else await response.body?.cancel();
  return { status: response.status, events, close: () => controller.abort() };
}
