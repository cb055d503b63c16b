/**
 * The web chat (`/chat/:connectionId`, standalone or inside the widget's
 * iframe with `?embed=1`): greeting, the conversation with rendered answers,
 * source cards, quick replies and ratings, the visitor's messages with their
 * delivery state, and a banner while the stream reconnects.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ChatClient, type ChatAttachment, type ChatConfig, type ChatMessage, type OutgoingMessage, type ThreadConversation } from '../shared/chat-client.js';
import { chatTheme } from '../shared/chat-theme.js';
import { embedStore, localStore } from '../shared/chat-storage.js';

type Entry = { type: 'server'; id: string } | { type: 'local'; cid: string };

const CSAT = /^csat:([1-5])$/;

function timeOf(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '?') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase();
}

function Time({ iso }: { iso: string }) {
  const t = timeOf(iso);
  return t ? (
    <time class="time" dateTime={iso}>
      {t}
    </time>
  ) : null;
}

function Avatar({ name, logoUrl }: { name: string; logoUrl?: string | null }) {
  if (logoUrl) return <img class="avatar" src={logoUrl} alt="" width={28} height={28} />;
  return (
    <span class="avatar" aria-hidden="true">
      {initials(name)}
    </span>
  );
}

/** Links in answers open outside the chat (inside the widget's iframe they would replace it). */
function useExternalLinks(ref: { current: HTMLElement | null }, dep: unknown) {
  useEffect(() => {
    for (const a of Array.from(ref.current?.querySelectorAll('a[href]') ?? [])) {
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
    }
  }, [dep]);
}

function Sources({ sources }: { sources: NonNullable<ChatMessage['sources']> }) {
  return (
    <ul class="sources" aria-label="Sources">
      {sources.map((s, i) => {
        let host = '';
        try {
          host = s.url ? new URL(s.url).hostname : '';
        } catch {
          host = '';
        }
        return (
          <li key={i}>
            {s.url && /^https?:/i.test(s.url) ? (
              <a class="source-card" href={s.url} target="_blank" rel="noopener noreferrer">
                <span class="source-title">{s.title}</span>
                {host && <span class="source-host">{host}</span>}
              </a>
            ) : (
              <span class="source-card">
                <span class="source-title">{s.title}</span>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** A paperclip (drawn, not an emoji: every system shows it). */
function Clip() {
  return (
    <svg class="clip" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d="M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
    </svg>
  );
}

const SAFE_URL = /^(https?:\/\/|\/)/i;

/** A message's files: images inline (a link to the full file), anything else a link with its name. */
function Files({ files }: { files: Array<Pick<ChatAttachment, 'fileName' | 'contentType' | 'url'>> }) {
  if (files.length === 0) return null;
  return (
    <ul class="files" aria-label="Attachments">
      {files.map((f, i) => (
        <li key={i}>
          {f.url && SAFE_URL.test(f.url) ? (
            <a class="attachment" href={f.url} target="_blank" rel="noopener noreferrer">
              {f.contentType?.startsWith('image/') ? <img class="attachment-image" src={f.url} alt={f.fileName} /> : f.fileName}
            </a>
          ) : (
            <span class="attachment">{f.fileName}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

function Rating({ rating, onRate, disabled }: { rating: number | null; onRate: (n: number) => void; disabled: boolean }) {
  if (rating !== null) {
    return (
      <p class="rated">
        <span aria-hidden="true">{'★'.repeat(rating) + '☆'.repeat(5 - rating)}</span> You rated this conversation {rating} of 5
      </p>
    );
  }
  return (
    <div class="rating" role="group" aria-label="Rate this conversation">
      {[1, 2, 3, 4, 5].map((n) => (
        <button type="button" class="star" aria-label={`Rate ${n} of 5`} disabled={disabled} onClick={() => onRate(n)}>
          <span aria-hidden="true">{'★'.repeat(n)}</span>
        </button>
      ))}
    </div>
  );
}

function ServerMessage(props: {
  m: ChatMessage;
  config: ChatConfig;
  isLast: boolean;
  rating: number | null | undefined;
  onQuickReply: (title: string, payload: string) => void;
}) {
  const { m, config } = props;
  const body = useRef<HTMLDivElement>(null);
  useExternalLinks(body, m.html);
  if (m.direction === 'in') {
    const csat = typeof m.payload.buttonPayload === 'string' ? CSAT.exec(m.payload.buttonPayload) : null;
    return (
      <li class="m in" data-id={m.id}>
        <div class="bubble">
          {csat ? (
            <>
              <span aria-hidden="true">{m.text}</span>
              <span class="visually-hidden">Rated {csat[1]} of 5</span>
            </>
          ) : (
            m.text
          )}
          <Files files={m.attachments ?? []} />
        </div>
        <div class="meta">
          <Time iso={m.createdAt} /> <span class="state">Sent</span>
        </div>
      </li>
    );
  }
  const buttons = m.payload.buttons ?? [];
  const isRating = buttons.length > 0 && buttons.every((b) => CSAT.test(b.payload));
  const name = m.senderType === 'agent' ? (m.senderName ?? 'Support agent') : config.botName;
  const content = (
    <>
      {typeof m.html === 'string' ? <div class="body" ref={body} dangerouslySetInnerHTML={{ __html: m.html }} /> : <div class="body">{m.text}</div>}
      {m.sources && m.sources.length > 0 && <Sources sources={m.sources} />}
      <Files files={m.attachments ?? []} />
      {(m.attachments?.length ? [] : (m.payload.attachments ?? []))
        .filter((a) => a.url && /^https?:/i.test(a.url))
        .map((a) => (
          <a class="attachment" href={a.url} target="_blank" rel="noopener noreferrer">
            {a.name ?? a.url}
          </a>
        ))}
    </>
  );
  const rating = isRating ? (
    <Rating rating={props.rating ?? null} disabled={false} onRate={(n) => props.onQuickReply('★'.repeat(n), `csat:${n}`)} />
  ) : null;
  if (m.senderType === 'system') {
    return (
      <li class="m out system" data-id={m.id} data-sender="system">
        <div class="note">{content}</div>
        {isRating && (props.rating != null || props.isLast) && rating}
        <div class="meta">
          <Time iso={m.createdAt} />
        </div>
      </li>
    );
  }
  return (
    <li class={`m out ${m.senderType === 'agent' ? 'agent' : 'bot'}`} data-id={m.id} data-sender={m.senderType}>
      <div class="who">
        <Avatar name={name} logoUrl={m.senderType === 'agent' ? null : config.logoUrl} />
        <span class="name">{name}</span>
        {m.senderType === 'agent' && <span class="role">Support team</span>}
      </div>
      <div class="bubble">{content}</div>
      {isRating && (props.rating != null || props.isLast) && rating}
      {!isRating && props.isLast && buttons.length > 0 && (
        <div class="quick-replies" role="group" aria-label="Suggested replies">
          {buttons.map((b) => (
            <button type="button" class="quick-reply" onClick={() => props.onQuickReply(b.title, b.payload)}>
              {b.title}
            </button>
          ))}
        </div>
      )}
      <div class="meta">
        <Time iso={m.createdAt} />
      </div>
    </li>
  );
}

function LocalMessage({ m, onRetry }: { m: OutgoingMessage; onRetry: () => void }) {
  const csat = m.buttonPayload ? CSAT.exec(m.buttonPayload) : null;
  return (
    <li class={`m in ${m.state}`} data-client-id={m.clientMessageId}>
      <div class="bubble">
        {csat ? (
          <>
            <span aria-hidden="true">{m.text}</span>
            <span class="visually-hidden">Rated {csat[1]} of 5</span>
          </>
        ) : (
          m.text
        )}
        {m.fileName !== undefined &&
          (m.fileUrl ? (
            <Files files={[{ fileName: m.fileName, contentType: m.contentType ?? null, url: m.fileUrl }]} />
          ) : (
            <span class="attachment pending-file">
              <Clip /> {m.fileName}
            </span>
          ))}
      </div>
      <div class="meta">
        <Time iso={m.createdAt} />{' '}
        {m.state === 'pending' && <span class="state">Sending…</span>}
        {m.state === 'sent' && <span class="state">Sent</span>}
        {m.state === 'failed' && (
          <>
            <span class="state failed">{m.error ? `Not sent: ${m.error}` : 'Not sent yet'}</span>{' '}
            <button type="button" class="retry" onClick={onRetry}>
              Retry
            </button>
          </>
        )}
      </div>
    </li>
  );
}

function PreChatForm({ onStart }: { onStart: (p: { name?: string; email?: string }) => void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <form
      class="prechat"
      onSubmit={(e) => {
        e.preventDefault();
        onStart({ name: name.trim() || undefined, email: email.trim() || undefined });
      }}
    >
      <p>Before we start, tell us who you are (optional).</p>
      <label>
        Name
        <input ref={first} name="name" autoComplete="name" maxLength={100} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label>
        Email
        <input name="email" type="email" autoComplete="email" maxLength={254} value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
      </label>
      <button type="submit" class="primary">
        Start chat
      </button>
    </form>
  );
}

export function App({ connectionId, embed }: { connectionId: string; embed: boolean }) {
  const client = useMemo(() => ({ current: null as ChatClient | null }), []);
  const [config, setConfig] = useState<ChatConfig | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [phase, setPhase] = useState<'loading' | 'prechat' | 'chat'>('loading');
  const [entries, setEntries] = useState<Entry[]>([]);
  const [messages, setMessages] = useState<Map<string, ChatMessage>>(new Map());
  const [outbox, setOutbox] = useState<OutgoingMessage[]>([]);
  const [conversations, setConversations] = useState<Map<string, ThreadConversation>>(new Map());
  const [localRatings, setLocalRatings] = useState<Map<string, number>>(new Map());
  const [conn, setConn] = useState<'connecting' | 'open' | 'reconnecting'>('connecting');
  const [typing, setTyping] = useState(false);
  const [text, setText] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const log = useRef<HTMLOListElement>(null);
  const serverIdsOfLocal = useRef(new Set<string>());
  const seen = useRef(new Set<string>());
  const readyRef = useRef(false);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const c = new ChatClient(connectionId, {
      message: (m) => {
        // The visitor's own message already shown from the outbox, or one the stream replays twice.
        if (serverIdsOfLocal.current.has(m.id) || seen.current.has(m.id)) return;
        seen.current.add(m.id);
        if (m.direction === 'out') {
          setTyping(false);
          // Live replies (not the replay) let the widget's launcher count unread messages while it is closed.
          if (embed && readyRef.current) window.parent.postMessage({ type: 'gw-chat:message' }, '*');
        }
        setMessages((prev) => new Map(prev).set(m.id, m));
        setEntries((e) => [...e, { type: 'server', id: m.id }]);
      },
      typing: () => {
        setTyping(true);
        if (typingTimer.current) clearTimeout(typingTimer.current);
        typingTimer.current = setTimeout(() => setTyping(false), 8000);
      },
      ready: (info) => {
        readyRef.current = true;
        setConn('open');
        setConversations(new Map((info.conversations ?? []).map((x) => [x.id, x])));
      },
      outbox: (items) => {
        for (const m of items) if (m.serverId) serverIdsOfLocal.current.add(m.serverId);
        setOutbox(items);
        setEntries((e) => {
          const known = new Set(e.flatMap((x) => (x.type === 'local' ? [x.cid] : [])));
          const added = items.filter((m) => !known.has(m.clientMessageId)).map((m): Entry => ({ type: 'local', cid: m.clientMessageId }));
          return added.length ? [...e, ...added] : e;
        });
      },
      connection: setConn,
    }, embed ? embedStore() : localStore());
    client.current = c;
    c.config()
      .then((cfg) => {
        setConfig(cfg);
        if (cfg.preChatForm && !c.hasSession) setPhase('prechat');
        else {
          setPhase('chat');
          c.start().catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
        }
      })
      .catch((err: unknown) => setError(err instanceof Error ? err.message : 'The chat is unavailable.'));
    const onParent = (e: MessageEvent) => {
      if (e.source === window.parent && (e.data as { type?: string } | null)?.type === 'gw-chat:focus') input.current?.focus();
    };
    window.addEventListener('message', onParent);
    return () => {
      c.stop();
      window.removeEventListener('message', onParent);
    };
  }, [connectionId]);

  // Keep the newest message in view.
  useEffect(() => {
    const el = log.current?.closest('.scroller');
    if (el) el.scrollTop = el.scrollHeight;
  }, [entries, outbox, typing]);

  const theme = useMemo(() => chatTheme(config?.color ?? '#1f5fbf'), [config?.color]);
  // Set through the CSSOM (style.setProperty), which the page's CSP allows; no inline style attribute.
  const style = { '--chat-accent': theme.accent, '--chat-on-accent': theme.onAccent, '--chat-accent-ink': theme.accentInk } as Record<string, string>;

  const send = (body: string, payload?: string) => {
    const t = body.trim();
    if (!t || !client.current) return;
    client.current.send(t, payload);
  };
  const onQuickReply = (title: string, payload: string) => {
    const m = CSAT.exec(payload);
    const last = lastServer();
    if (m && last) setLocalRatings((r) => new Map(r).set(last.conversationId, Number(m[1])));
    send(title, payload);
    input.current?.focus();
  };
  const closeEmbed = () => window.parent.postMessage({ type: 'gw-chat:close' }, '*');

  const outboxById = new Map(outbox.map((m) => [m.clientMessageId, m]));
  const visible = entries.filter((e) => (e.type === 'server' ? messages.has(e.id) : outboxById.has(e.cid)));
  const lastEntry = visible[visible.length - 1];
  function lastServer(): ChatMessage | undefined {
    for (let i = visible.length - 1; i >= 0; i--) {
      const e = visible[i]!;
      if (e.type === 'server') return messages.get(e.id);
    }
    return undefined;
  }
  const ratingOf = (conversationId: string): number | null | undefined => localRatings.get(conversationId) ?? conversations.get(conversationId)?.rating ?? null;

  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  const botName = config?.botName ?? 'Chat';

  return (
    <div class={`chat${embed ? ' embed' : ''}`} style={style} onKeyDown={(e) => embed && e.key === 'Escape' && closeEmbed()}>
      <header class="header">
        <Avatar name={botName} logoUrl={config?.logoUrl} />
        <div class="title">
          <h1>{botName}</h1>
          <p class="subtitle">We usually answer right away</p>
        </div>
        {embed && (
          <button type="button" class="close" aria-label="Close chat" onClick={closeEmbed}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </header>
      {(conn === 'reconnecting' || offline) && phase === 'chat' && !error && (
        <div class="banner" role="status">
          Reconnecting… Messages you write are kept and sent when the connection is back.
        </div>
      )}
      {error && (
        <div class="banner error" role="alert">
          {error}
        </div>
      )}
      <main class="scroller">
        {config && (
          <div class="m greeting" data-sender="bot">
            <div class="who">
              <Avatar name={botName} logoUrl={config.logoUrl} />
              <span class="name">{botName}</span>
            </div>
            <div class="bubble">
              <div class="body">{config.welcomeMessage}</div>
            </div>
          </div>
        )}
        {phase === 'prechat' && (
          <PreChatForm
            onStart={(p) => {
              setPhase('chat');
              client.current
                ?.start(p)
                .then(() => input.current?.focus())
                .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
            }}
          />
        )}
        <div role="log" aria-live="polite" aria-relevant="additions" aria-label="Conversation">
        <ol class="log" ref={log}>
          {visible.map((e) => {
            if (e.type === 'local') {
              const m = outboxById.get(e.cid)!;
              return <LocalMessage key={e.cid} m={m} onRetry={() => client.current?.retry(m.clientMessageId)} />;
            }
            const m = messages.get(e.id)!;
            return <ServerMessage key={e.id} m={m} config={config!} isLast={e === lastEntry} rating={ratingOf(m.conversationId)} onQuickReply={onQuickReply} />;
          })}
        </ol>
        </div>
        {typing && (
          <p class="typing" role="status">
            {botName} is typing…
          </p>
        )}
      </main>
      {phase === 'chat' && (
        <form
          class="composer"
          onSubmit={(e) => {
            e.preventDefault();
            send(text);
            setText('');
            input.current?.focus();
          }}
        >
          <label class="visually-hidden" for="chat-input">
            Message
          </label>
          <textarea
            id="chat-input"
            ref={input}
            rows={1}
            maxLength={4000}
            placeholder="Type a message…"
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
          <input
            ref={fileInput}
            id="chat-file"
            type="file"
            class="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              if (f && client.current) client.current.sendFile(f);
              e.currentTarget.value = '';
              input.current?.focus();
            }}
          />
          <button type="button" class="attach" aria-label="Attach a file" title="Attach a file" disabled={!config} onClick={() => fileInput.current?.click()}>
            <Clip />
          </button>
          <button type="submit" class="primary send" disabled={!config}>
            Send
          </button>
        </form>
      )}
    </div>
  );
}
