/**
 * Reply / Note composer. The text is the agent's until the server took it:
 * kept as a draft per ticket and tab (localStorage), and still there when a
 * send fails. `/name` opens the canned responses; Enter or Tab inserts one.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError } from '../shared/api.js';
import { clearDraft, loadDraft, saveDraft, type Draft } from './storage.js';
import type { Canned } from './types.js';

type Tab = 'reply' | 'note';

const SLASH = /(^|\s)\/([\w-]*)$/;

function newClientMessageId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export function Composer(props: { ticketId: string; canned: Canned[]; closed: boolean; onSent: () => void }) {
  const { ticketId, canned } = props;
  const [tab, setTab] = useState<Tab>('reply');
  const [draft, setDraft] = useState<Draft>(() => loadDraft(ticketId, 'reply'));
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [pick, setPick] = useState(0);
  const area = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // The reply's file (Reply tab only), kept in memory until the server took it; kept when a send fails.
  const [file, setFile] = useState<File | null>(null);

  // Another ticket or tab: its own draft.
  useEffect(() => {
    setDraft(loadDraft(ticketId, tab));
    setError(null);
  }, [ticketId, tab]);
  useEffect(() => setFile(null), [ticketId]);

  const update = (d: Draft) => {
    setDraft(d);
    saveDraft(ticketId, tab, d);
  };

  const slash = SLASH.exec(draft.text);
  const query = slash ? (slash[2] ?? '').toLowerCase() : null;
  const suggestions = query === null ? [] : canned.filter((c) => c.shortcut.toLowerCase().startsWith(query) || c.text.toLowerCase().includes(query)).slice(0, 8);
  useEffect(() => setPick(0), [query]);

  function insert(c: Canned) {
    const text = draft.text.replace(SLASH, (_m, lead: string) => `${lead}${c.text}`);
    update({ ...draft, text });
    area.current?.focus();
  }

  async function send() {
    const text = draft.text.trim();
    const withFile = tab === 'reply' ? file : null;
    if ((!text && !withFile) || sending) return;
    setSending(true);
    setError(null);
    // One id per message, kept across retries: a send that reached the server but whose answer was lost is not delivered twice.
    const attempt: Draft = tab === 'reply' ? { text: draft.text, clientMessageId: draft.clientMessageId ?? newClientMessageId() } : draft;
    saveDraft(ticketId, tab, attempt);
    setDraft(attempt);
    try {
      if (withFile) {
        const form = new FormData();
        if (text) form.append('text', text);
        if (attempt.clientMessageId) form.append('clientMessageId', attempt.clientMessageId);
        form.append('file', withFile, withFile.name);
        await api(`/tickets/${ticketId}/messages`, { method: 'POST', body: form });
      } else if (tab === 'reply') await api(`/tickets/${ticketId}/messages`, { method: 'POST', body: { text, clientMessageId: attempt.clientMessageId } });
      else await api(`/tickets/${ticketId}/notes`, { method: 'POST', body: { text } });
      clearDraft(ticketId, tab);
      setDraft({ text: '' });
      if (withFile) setFile(null);
      props.onSent();
    } catch (err) {
      const why = err instanceof ApiError ? err.message : 'the gateway could not be reached';
      setError(`Not sent: ${why}. Your ${withFile ? (text ? 'text and file are' : 'file is') : 'text is'} kept — try again.`);
    } finally {
      setSending(false);
    }
  }

  function onKeyDown(e: KeyboardEvent) {
    if (suggestions.length > 0) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        setPick((p) => (p + (e.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length);
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        const c = suggestions[pick];
        if (c) insert(c);
        return;
      }
    }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void send();
    }
  }

  const label = tab === 'reply' ? 'Reply to the customer' : 'Internal note';
  return (
    <div class={`composer composer-${tab}`}>
      <div class="tabs" role="tablist" aria-label="Composer">
        <button role="tab" type="button" aria-selected={tab === 'reply'} onClick={() => setTab('reply')}>
          Reply
        </button>
        <button role="tab" type="button" aria-selected={tab === 'note'} onClick={() => setTab('note')}>
          Note
        </button>
      </div>
      <div class="composer-box">
        <textarea
          ref={area}
          aria-label={label}
          placeholder={tab === 'reply' ? (props.closed ? 'The ticket is closed — a reply reopens the conversation' : 'Write to the customer… (type / for canned responses, Ctrl+Enter sends)') : 'Only agents see notes'}
          value={draft.text}
          onInput={(e) => update({ ...draft, text: e.currentTarget.value })}
          onKeyDown={onKeyDown}
          aria-autocomplete="list"
          aria-controls={suggestions.length ? 'canned-list' : undefined}
          aria-activedescendant={suggestions.length ? `canned-${pick}` : undefined}
        />
        {suggestions.length > 0 && (
          <ul id="canned-list" class="canned" role="listbox" aria-label="Canned responses">
            {suggestions.map((c, i) => (
              <li
                id={`canned-${i}`}
                key={c.id}
                role="option"
                aria-selected={i === pick}
                class={i === pick ? 'picked' : ''}
                onMouseDown={(e) => {
                  e.preventDefault();
                  insert(c);
                }}
              >
                <b>/{c.shortcut}</b> <span>{c.text}</span>
              </li>
            ))}
          </ul>
        )}
        {query !== null && suggestions.length === 0 && canned.length === 0 && <p class="hint">No canned responses yet.</p>}
      </div>
      {error && (
        <p class="composer-error" role="alert">
          {error}
        </p>
      )}
      <div class="composer-actions">
        {tab === 'reply' && (
          <>
            <input
              ref={fileInput}
              type="file"
              class="visually-hidden"
              tabIndex={-1}
              aria-hidden="true"
              data-testid="reply-file"
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                if (f) setFile(f);
                e.currentTarget.value = '';
              }}
            />
            <button type="button" class="attach" disabled={sending} onClick={() => fileInput.current?.click()}>
              Attach file
            </button>
            {file && (
              <span class="attached-file">
                <span class="file-name">{file.name}</span>{' '}
                <button type="button" class="link" aria-label={`Remove ${file.name}`} disabled={sending} onClick={() => setFile(null)}>
                  Remove
                </button>
              </span>
            )}
          </>
        )}
        <button type="button" class="primary" disabled={sending || (!draft.text.trim() && !(tab === 'reply' && file))} onClick={() => void send()}>
          {sending ? 'Sending…' : tab === 'reply' ? 'Send reply' : 'Add note'}
        </button>
      </div>
    </div>
  );
}
