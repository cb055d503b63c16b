/** A small SSE client for tests (fetch + stream parsing), recording every event. */
export interface SseEvent {
  event: string;
  id?: string;
  data: any;
}

export interface SseClient {
  events: SseEvent[];
  messages(): any[];
  waitFor(pred: (e: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  close(): void;
}

export async function openSse(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
  const ac = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: ac.signal });
  if (res.status !== 200 || !res.body) throw new Error(`SSE ${url} answered ${res.status}: ${await res.text()}`);
  const events: SseEvent[] = [];
  const listeners = new Set<() => void>();
  void (async () => {
    const decoder = new TextDecoder();
    let buf = '';
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buf += decoder.decode(chunk, { stream: true });
        let idx: number;
        while ((idx = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, idx);
          buf = buf.slice(idx + 2);
          const ev: SseEvent = { event: 'message', data: undefined };
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) continue;
            const [field, ...rest] = line.split(':');
            const value = rest.join(':').replace(/^ /, '');
            if (field === 'event') ev.event = value;
            else if (field === 'id') ev.id = value;
            else if (field === 'data') data.push(value);
          }
          if (data.length === 0) continue;
          try {
            ev.data = JSON.parse(data.join('\n'));
          } catch {
            ev.data = data.join('\n');
          }
          events.push(ev);
          for (const l of listeners) l();
        }
      }
    } catch {
      /* aborted */
    }
  })();
  return {
    events,
    messages: () => events.filter((e) => e.event === 'message').map((e) => e.data),
    waitFor(pred, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = events.find(pred);
          if (hit) {
            listeners.delete(check);
            clearTimeout(t);
            resolve(hit);
          }
        };
        const t = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`SSE: timed out; got ${JSON.stringify(events.map((e) => e.event))}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    close: () => ac.abort(),
  };
}
