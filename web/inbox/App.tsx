/**
 * The agent workspace (`/inbox`): the ticket list (live over the inbox
 * stream), one ticket with its history and composer, the customer beside it.
 * Signed in with the staff session (or an API key kept in sessionStorage);
 * without one, the browser goes to /login and comes back.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, ApiError } from '../shared/api.js';
import { currentUser, logout, redirectToLogin, type Me } from '../shared/auth-session.js';
import { TicketList } from './TicketList.js';
import { TicketView } from './TicketView.js';
import { askNotificationPermission, notificationsAllowed, notify, setTitleBadge } from './notify.js';
import { DEFAULT_FILTERS, loadSavedFilters, storeSavedFilters, type Filters, type SavedFilter } from './storage.js';
import type { Agent, Canned, Team, Ticket } from './types.js';

type Live = 'connecting' | 'live' | 'reconnecting' | 'ended';

const PRIORITY_RANK: Record<string, number> = { urgent: 0, high: 1, medium: 2, low: 3 };

function sortTickets(items: Ticket[], sort: Filters['sort']): Ticket[] {
  const time = (s: string | null | undefined, empty: number) => (s ? new Date(s).getTime() : empty);
  const due = (t: Ticket) => (t.status === 'closed' || t.status === 'resolved' || t.sla.paused ? Infinity : !t.firstResponseAt && t.firstResponseDueAt ? time(t.firstResponseDueAt, Infinity) : time(t.resolutionDueAt, Infinity));
  const copy = [...items];
  if (sort === 'waiting') copy.sort((a, b) => time(a.waitingSince, Infinity) - time(b.waitingSince, Infinity));
  else if (sort === 'sla') copy.sort((a, b) => due(a) - due(b));
  else if (sort === 'priority') copy.sort((a, b) => (PRIORITY_RANK[a.priority] ?? 9) - (PRIORITY_RANK[b.priority] ?? 9) || time(b.lastActivityAt, 0) - time(a.lastActivityAt, 0));
  else copy.sort((a, b) => time(b.lastActivityAt, 0) - time(a.lastActivityAt, 0));
  return copy;
}

function ticketIdFromHash(): string | null {
  const id = window.location.hash.slice(1);
  return /^[0-9a-f-]{36}$/i.test(id) ? id : null;
}

export function App() {
  const [me, setMe] = useState<Me | null>(null);
  const [agents, setAgents] = useState<Agent[]>([]);
  const [teams, setTeams] = useState<Team[]>([]);
  const [canned, setCanned] = useState<Canned[]>([]);
  const [filters, setFilters] = useState<Filters>(DEFAULT_FILTERS);
  const [saved, setSaved] = useState<SavedFilter[]>(loadSavedFilters);
  const [tickets, setTickets] = useState<Ticket[]>([]);
  const [listError, setListError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(ticketIdFromHash);
  const [focus, setFocus] = useState(0);
  const [live, setLive] = useState<Live>('connecting');
  const [liveNote, setLiveNote] = useState('');
  const [version, setVersion] = useState(0);
  const [now, setNow] = useState(Date.now());
  const [canNotify, setCanNotify] = useState(notificationsAllowed());

  const meRef = useRef<Me | null>(null);
  const ticketsRef = useRef<Ticket[]>([]);
  const selectedRef = useRef<string | null>(selected);
  const reloadTimer = useRef<number | undefined>(undefined);
  selectedRef.current = selected;

  // Who is here; nobody → sign in first.
  useEffect(() => {
    currentUser()
      .then((m) => {
        if (!m) return redirectToLogin();
        meRef.current = m;
        setMe(m);
      })
      .catch(() => setListError('The gateway cannot be reached. Reload to try again.'));
  }, []);

  useEffect(() => {
    if (!me) return;
    void api<{ items: Agent[] }>('/agents').then((r) => setAgents(r.items)).catch(() => undefined);
    void api<{ items: Team[] }>('/teams').then((r) => setTeams(r.items)).catch(() => undefined);
    void api<{ items: Canned[] }>('/canned-responses').then((r) => setCanned(r.items)).catch(() => undefined);
  }, [me]);

  const loadList = useCallback(async () => {
    const q = new URLSearchParams();
    if (filters.status) q.set('status', filters.status);
    if (filters.assignee) q.set('assignee', filters.assignee);
    if (filters.priority) q.set('priority', filters.priority);
    if (filters.q.trim()) q.set('q', filters.q.trim());
    try {
      const { items } = await api<{ items: Ticket[] }>(`/tickets?${q.toString()}`);
      ticketsRef.current = items;
      setTickets(items);
      setListError(null);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return redirectToLogin();
      setListError(err instanceof ApiError ? err.message : 'The ticket list could not be loaded.');
    }
  }, [filters]);

  useEffect(() => {
    if (!me) return;
    const timer = window.setTimeout(() => void loadList(), filters.q ? 250 : 0);
    return () => window.clearTimeout(timer);
  }, [me, loadList]);

  /** Many events in a burst → one reload. */
  const reloadSoon = useCallback(() => {
    window.clearTimeout(reloadTimer.current);
    reloadTimer.current = window.setTimeout(() => void loadList(), 150);
  }, [loadList]);
  const reloadRef = useRef(reloadSoon);
  reloadRef.current = reloadSoon;

  // The live stream: a single-use ticket each time (the key or cookie never goes in a URL).
  useEffect(() => {
    if (!me) return;
    let es: EventSource | null = null;
    let retry: number | undefined;
    let stopped = false;
    const userId = me.user?.id ?? null;
    // Who had each ticket, as the events said (the list may not have caught up between two quick changes).
    const assignees = new Map<string, unknown>();
    const previousAssignee = (id: string) => (assignees.has(id) ? assignees.get(id) : ticketsRef.current.find((t) => t.id === id)?.assigneeId);
    const open = async () => {
      if (stopped) return;
      let ticket: string;
      try {
        ticket = (await api<{ ticket: string }>('/inbox/stream-tickets', { method: 'POST' })).ticket;
      } catch (err) {
        if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
          setLive('ended');
          setLiveNote('signed out: sign in again');
          return;
        }
        setLive('reconnecting');
        retry = window.setTimeout(() => void open(), 3000);
        return;
      }
      const s = new EventSource(`/api/v1/inbox/stream?ticket=${encodeURIComponent(ticket)}`);
      es = s;
      const data = (e: Event): Record<string, unknown> => {
        try {
          return JSON.parse((e as MessageEvent<string>).data) as Record<string, unknown>;
        } catch {
          return {};
        }
      };
      const touched = (d: Record<string, unknown>) => {
        reloadRef.current();
        const id = (d.ticketId ?? d.id) as string | undefined;
        if (id && id === selectedRef.current) setVersion((v) => v + 1);
      };
      s.addEventListener('ready', () => {
        setLive('live');
        setLiveNote('');
        reloadRef.current();
      });
      s.addEventListener('ticket.created', (e) => {
        const d = data(e);
        assignees.set(String(d.id), d.assigneeId ?? null);
        touched(d);
        if (d.assigneeId && d.assigneeId === userId) notify('New ticket for you', String(d.title ?? ''), () => setSelected(String(d.id)));
        else if (!d.assigneeId) notify('New ticket in the queue', String(d.title ?? ''), () => setSelected(String(d.id)));
      });
      s.addEventListener('ticket.updated', (e) => {
        const d = data(e);
        const before = previousAssignee(String(d.id));
        assignees.set(String(d.id), d.assigneeId ?? null);
        touched(d);
        if (userId && d.assigneeId === userId && before !== userId) notify('Ticket assigned to you', String(d.title ?? ''), () => setSelected(String(d.id)));
      });
      s.addEventListener('ticket.message', (e) => {
        const d = data(e);
        touched(d);
        notify('New customer message', String(d.text ?? '').slice(0, 140), () => setSelected(String(d.ticketId)));
      });
      s.addEventListener('ticket.sla_warning', (e) => {
        const d = data(e);
        touched(d);
        notify('SLA warning', `A ticket's ${d.target === 'firstResponse' ? 'first reply' : 'resolution'} is due soon`, () => setSelected(String(d.ticketId)));
      });
      s.addEventListener('ticket.sla_breached', (e) => touched(data(e)));
      s.addEventListener('error', (e) => {
        if (es !== s) return;
        s.close();
        es = null;
        const d = (e as MessageEvent<string>).data ? data(e) : {};
        if (d.code === 'unauthorized') {
          setLive('ended');
          setLiveNote(`disconnected: ${String(d.message ?? 'access ended')}`);
          return;
        }
        setLive('reconnecting');
        retry = window.setTimeout(() => void open(), 3000);
      });
    };
    void open();
    return () => {
      stopped = true;
      window.clearTimeout(retry);
      es?.close();
    };
  }, [me]);

  // Clocks (waiting time, SLA countdowns) move on their own.
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);

  const sorted = useMemo(() => sortTickets(tickets, filters.sort), [tickets, filters.sort]);
  const unreadTotal = tickets.reduce((n, t) => n + (t.unread ?? 0), 0);
  useEffect(() => setTitleBadge(unreadTotal), [unreadTotal]);

  // The open ticket is in the address (#<id>): back/forward and links work; a phone shows one pane at a time.
  useEffect(() => {
    const onHash = () => setSelected(ticketIdFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const open = (id: string | null) => {
    setSelected(id);
    const hash = id ? `#${id}` : '';
    if (window.location.hash !== hash) history.pushState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
  };

  // Keyboard: j/k move through the list, Enter opens, Escape goes back to the list.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))) return;
      if (e.key === 'j' || e.key === 'k') {
        e.preventDefault();
        setFocus((i) => {
          const next = Math.max(0, Math.min(sorted.length - 1, i + (e.key === 'j' ? 1 : -1)));
          document.querySelectorAll<HTMLElement>('.ticket-row')[next]?.focus();
          return next;
        });
      } else if (e.key === 'Enter' && (!el || !['BUTTON', 'A'].includes(el.tagName))) {
        const t = sorted[focus];
        if (t) open(t.id);
      } else if (e.key === 'Escape' && selectedRef.current) open(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [sorted, focus]);

  if (!me) return <main class="boot">{listError ?? 'Loading…'}</main>;

  const saveFilter = () => {
    const name = window.prompt('Name this filter')?.trim();
    if (!name) return;
    const next = [...saved.filter((s) => s.name !== name), { name, filters }];
    setSaved(next);
    storeSavedFilters(next);
  };
  const removeFilter = (name: string) => {
    const next = saved.filter((s) => s.name !== name);
    setSaved(next);
    storeSavedFilters(next);
  };

  return (
    <div class={`inbox ${selected ? 'has-detail' : ''}`}>
      <header class="topbar">
        <h1>Inbox</h1>
        <span class={`live live-${live}`} role="status">
          {live === 'live' ? `live · signed in as ${me.user?.name ?? me.role} (${me.role})` : live === 'connecting' ? 'connecting…' : live === 'reconnecting' ? 'reconnecting…' : liveNote}
        </span>
        <span class="spacer" />
        {!canNotify && typeof Notification !== 'undefined' && (
          <button type="button" class="ghost" onClick={() => void askNotificationPermission().then(setCanNotify)}>
            Enable notifications
          </button>
        )}
        <span class="tenant">{me.tenant.name}</span>
        <button type="button" class="ghost" onClick={() => void logout().finally(() => window.location.assign('/login?next=/inbox'))}>
          Sign out
        </button>
      </header>
      <div class="panes">
        <TicketList
          tickets={sorted}
          agents={agents}
          selected={selected}
          focus={focus}
          now={now}
          filters={filters}
          saved={saved}
          error={listError}
          onFilters={setFilters}
          onSaveFilter={saveFilter}
          onRemoveFilter={removeFilter}
          onOpen={(id, index) => {
            setFocus(index);
            open(id);
          }}
        />
        <section class="detail-pane" aria-label="Ticket">
          {selected ? (
            <TicketView ticketId={selected} me={me} agents={agents} teams={teams} canned={canned} version={version} now={now} onChanged={reloadSoon} onBack={() => open(null)} />
          ) : (
            <div class="detail-empty">
              <p>Select a ticket (j / k to move, Enter to open).</p>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
