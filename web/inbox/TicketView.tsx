/** One ticket: header with state-aware actions, the escalation reason, the full history, the composer and the customer. */
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError } from '../shared/api.js';
import type { Me } from '../shared/auth-session.js';
import { Composer } from './Composer.js';
import { CustomerPanel } from './CustomerPanel.js';
import { channelIcon, channelName, clock, slaText } from './format.js';
import type { Agent, Canned, Message, Team, TicketDetail, TicketEvent } from './types.js';

type Line = { at: string; key: string; node: preact.JSX.Element };

const EVENT_TEXT: Record<string, string> = {
  escalated: 'Escalated to a person',
  'assignment-added': 'Assigned to',
  'assignment-removed': 'Unassigned from',
  'status-update': 'Status',
  'priority-changed': 'Priority',
  'tag-added': 'Tag added',
  'tag-removed': 'Tag removed',
  'field-added': 'Field set',
  'field-removed': 'Field removed',
  feedback: 'Customer rating',
  'sla-warning': 'SLA warning',
  'sla-breach': 'SLA breached',
};

/** Evidence values as a person reads them: lists joined, objects as `key: value` pairs (flags left out). */
function readable(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(readable).join(', ');
  if (typeof v === 'object')
    return Object.entries(v as Record<string, unknown>)
      .filter(([k, x]) => k !== 'matched' && x !== true && x !== false)
      .map(([k, x]) => `${k}: ${readable(x)}`)
      .join(' · ');
  return String(v);
}

function evidenceOf(t: TicketDetail): { reason: string; facts: Array<[string, string]> } {
  const ev = t.escalationEvidence ?? {};
  const reason = typeof ev.ruleName === 'string' ? ev.ruleName : typeof ev.reason === 'string' ? ev.reason : Object.keys(ev).length ? 'Escalation rule' : 'Taken over by an agent';
  const facts = Object.entries(ev)
    .filter(([k]) => !['ruleName', 'ruleId', 'match'].includes(k))
    .map(([k, v]) => [k === 'fired' ? 'signals' : k, readable(v)] as [string, string])
    .filter(([, v]) => v !== '');
  return { reason, facts };
}

function messageLine(m: Message): Line {
  const who = m.senderType === 'customer' ? 'Customer' : m.senderType === 'agent' ? 'Agent' : m.senderType === 'bot' ? 'Bot' : 'System';
  return {
    at: m.createdAt,
    key: m.id,
    node: (
      <li class={`msg ${m.senderType} ${m.direction}`} data-sender={m.senderType}>
        <span class="who">
          {who} · <time dateTime={m.createdAt}>{clock(m.createdAt)}</time>
          {m.direction === 'out' && m.deliveryStatus ? ` · ${m.deliveryStatus}` : ''}
        </span>
        <span class="text">{m.text}</span>
        {m.attachments && m.attachments.length > 0 && (
          <ul class="attachments">
            {m.attachments.map((a, i) => (
              <li key={a.id ?? i}>
                {a.url && /^(https?:\/\/|\/)/i.test(a.url) ? (
                  <a href={a.url} target="_blank" rel="noopener noreferrer">
                    {(a.contentType ?? a.mimeType ?? '').startsWith('image/') && <img class="thumb" src={a.url} alt="" loading="lazy" />}
                    {a.name ?? a.fileName ?? 'attachment'}
                  </a>
                ) : (
                  (a.name ?? a.fileName ?? 'attachment')
                )}
              </li>
            ))}
          </ul>
        )}
      </li>
    ),
  };
}

function eventLine(e: TicketEvent, agentName: (id: string | null) => string): Line | null {
  if (e.type === 'note-added')
    return {
      at: e.createdAt,
      key: e.id,
      node: (
        <li class="msg note">
          <span class="who">
            Note · {agentName(e.createdBy)} · <time dateTime={e.createdAt}>{clock(e.createdAt)}</time>
          </span>
          <span class="text">{e.content}</span>
        </li>
      ),
    };
  // Messages are in the conversation already; the escalation evidence is shown above.
  if (e.type === 'message') return null;
  const what = EVENT_TEXT[e.type] ?? e.type.replace(/-/g, ' ');
  const isAgent = e.type.startsWith('assignment-');
  const value = isAgent ? agentName(e.agentId ?? e.newValue) : e.newValue;
  const change = e.type === 'escalated' ? '' : value ? ` ${e.oldValue && !isAgent ? `${e.oldValue} → ` : ''}${value}` : e.content && e.content.length < 200 ? `: ${e.content}` : '';
  return {
    at: e.createdAt,
    key: e.id,
    node: (
      <li class="event">
        <time dateTime={e.createdAt}>{clock(e.createdAt)}</time> {what}
        {change}
      </li>
    ),
  };
}

export function TicketView(props: { ticketId: string; me: Me; agents: Agent[]; teams: Team[]; canned: Canned[]; version: number; now: number; onChanged: () => void; onBack: () => void }) {
  const { ticketId, me, agents } = props;
  const [t, setT] = useState<TicketDetail | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [own, setOwn] = useState(0);
  const [customerShown, setCustomerShown] = useState(false);
  const timeline = useRef<HTMLOListElement>(null);
  const count = t ? t.messages.length + t.history.length : 0;

  // The latest is what matters: keep the conversation scrolled to its end as it grows.
  useEffect(() => {
    const el = timeline.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [count, ticketId]);

  useEffect(() => {
    let stale = false;
    api<TicketDetail>(`/tickets/${ticketId}`)
      .then((d) => {
        if (stale) return;
        setT(d);
        setLoadError(null);
      })
      .catch((err: unknown) => !stale && setLoadError(err instanceof ApiError && err.status === 404 ? 'This ticket is not visible to you (reassigned, or gone).' : 'The ticket could not be loaded.'));
    return () => {
      stale = true;
    };
  }, [ticketId, props.version, own]);

  useEffect(() => setActionError(null), [ticketId]);

  const agentName = (id: string | null) => (id ? (agents.find((a) => a.id === id)?.name ?? 'an agent') : 'nobody');
  const seesAll = me.role === 'admin' || me.role === 'supervisor';

  async function act(path: string, method = 'POST', body: unknown = {}) {
    setBusy(true);
    setActionError(null);
    try {
      await api(path, { method, body });
      setOwn((n) => n + 1);
      props.onChanged();
    } catch (err) {
      setActionError(err instanceof ApiError ? err.message : 'The gateway could not be reached.');
    } finally {
      setBusy(false);
    }
  }

  if (loadError) return <div class="detail-empty"><button type="button" class="back" onClick={props.onBack}>← Tickets</button><p>{loadError}</p></div>;
  if (!t || t.id !== ticketId) return <div class="detail-empty"><p>Loading…</p></div>;

  const closed = t.status === 'closed' || t.status === 'resolved';
  const { reason, facts } = evidenceOf(t);
  const sla = slaText(t, props.now);
  const lines: Line[] = [...t.messages.map(messageLine), ...t.history.map((e) => eventLine(e, agentName)).filter((l): l is Line => l !== null)].sort((a, b) => a.at.localeCompare(b.at));
  const userId = me.user?.id ?? null;

  return (
    <div class="ticket">
      <div class="ticket-main">
        <header class="ticket-head">
          <button type="button" class="back" onClick={props.onBack}>
            ← Tickets
          </button>
          <h2>{t.title}</h2>
          <button type="button" class="customer-toggle" aria-expanded={customerShown} onClick={() => setCustomerShown(!customerShown)}>
            Customer
          </button>
          <div class="meta">
            <span class={`badge status-${t.status} ticket-status`}>{t.status}</span>
            <span class={`badge prio-${t.priority}`}>{t.priority}</span>
            <span class="badge">
              <span aria-hidden="true">{channelIcon(t.sourceChannel)}</span> {channelName(t.sourceChannel)}
            </span>
            <span class="badge assignee">Assignee: {agentName(t.assigneeId)}</span>
            {sla && <span class={`badge sla-${sla.level}`}>{sla.text}</span>}
            <span class="muted">opened {clock(t.createdAt)}</span>
          </div>
          <div class="actions" role="group" aria-label="Ticket actions">
            {!closed && userId && t.assigneeId !== userId && (
              <button type="button" disabled={busy} onClick={() => void act(`/tickets/${t.id}/assign`, 'POST', { agentId: userId })}>
                Assign to me
              </button>
            )}
            {!closed && seesAll && (
              <label class="inline">
                Assign to
                <select
                  aria-label="Assign to agent"
                  value={t.assigneeId ?? ''}
                  disabled={busy}
                  onChange={(e) => e.currentTarget.value && void act(`/tickets/${t.id}/assign`, 'POST', { agentId: e.currentTarget.value })}
                >
                  <option value="">{t.assigneeId ? '—' : 'Unassigned'}</option>
                  {agents
                    .filter((a) => a.status !== 'deactivated' && a.role !== 'analyst')
                    .map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.name} ({a.status})
                      </option>
                    ))}
                </select>
              </label>
            )}
            {!closed && props.teams.length > 0 && (
              <label class="inline">
                Team
                <select aria-label="Assign to team" value={t.teamId ?? ''} disabled={busy} onChange={(e) => void act(`/tickets/${t.id}`, 'PATCH', { teamId: e.currentTarget.value || null })}>
                  <option value="">No team</option>
                  {props.teams.map((tm) => (
                    <option key={tm.id} value={tm.id}>
                      {tm.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {!closed && t.status !== 'pending' && (
              <button type="button" disabled={busy} onClick={() => void act(`/tickets/${t.id}`, 'PATCH', { status: 'pending' })} title="Waiting on the customer: the SLA clock pauses">
                Mark pending
              </button>
            )}
            {t.status === 'pending' && (
              <button type="button" disabled={busy} onClick={() => void act(`/tickets/${t.id}`, 'PATCH', { status: 'open' })}>
                Mark open
              </button>
            )}
            {!closed && t.conversationId && (
              <button type="button" disabled={busy} onClick={() => void act(`/tickets/${t.id}/handback`)}>
                Hand back to bot
              </button>
            )}
            {!closed && (
              <button type="button" class="danger" disabled={busy} onClick={() => void act(`/tickets/${t.id}/close`)}>
                Close
              </button>
            )}
            {closed && (
              <button type="button" disabled={busy} onClick={() => void act(`/tickets/${t.id}`, 'PATCH', { status: 'open' })}>
                Reopen
              </button>
            )}
          </div>
          {actionError && (
            <p class="action-error" role="alert">
              {actionError}
            </p>
          )}
        </header>
        {/* Open on a desk; on a phone a tap away, so the conversation keeps the screen. */}
        <details class="escalation" open={!window.matchMedia('(max-width: 760px)').matches}>
          <summary>
            <span class="why">Why a person is needed:</span> <span class="reason">{reason}</span>
          </summary>
          {facts.length > 0 && (
            <dl class="facts">
              {facts.map(([k, v]) => (
                <>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </>
              ))}
            </dl>
          )}
        </details>
        <ol class="timeline" ref={timeline} aria-label="Conversation and history">
          {lines.map((l) => (
            <Fragment key={l.key}>{l.node}</Fragment>
          ))}
        </ol>
        <Composer ticketId={t.id} canned={props.canned} closed={closed} onSent={() => (setOwn((n) => n + 1), props.onChanged())} />
      </div>
      <CustomerPanel customerId={t.customerId} conversationId={t.conversationId} ticketId={t.id} version={props.version + own} shown={customerShown} onClose={() => setCustomerShown(false)} />
    </div>
  );
}
