/** The ticket list: filters, search, sorting, saved filters, and one row per ticket. */
import { ago, channelIcon, channelName, duration, slaText } from './format.js';
import { DEFAULT_FILTERS, type Filters, type SavedFilter } from './storage.js';
import type { Agent, Ticket } from './types.js';

interface Props {
  tickets: Ticket[];
  agents: Agent[];
  selected: string | null;
  focus: number;
  now: number;
  filters: Filters;
  saved: SavedFilter[];
  error: string | null;
  onFilters: (f: Filters) => void;
  onSaveFilter: () => void;
  onRemoveFilter: (name: string) => void;
  onOpen: (id: string, index: number) => void;
}

export function TicketList(p: Props) {
  const f = p.filters;
  const set = (patch: Partial<Filters>) => p.onFilters({ ...f, ...patch });
  const agentName = (id: string | null) => (id ? (p.agents.find((a) => a.id === id)?.name ?? 'an agent') : 'Unassigned');
  return (
    <section class="list-pane" aria-label="Tickets">
      <div class="filters">
        <input type="search" aria-label="Search tickets" placeholder="Search title, text, customer…" value={f.q} onInput={(e) => set({ q: e.currentTarget.value })} />
        <div class="filter-row">
          <select aria-label="Status" value={f.status} onChange={(e) => set({ status: e.currentTarget.value })}>
            <option value="new,open,pending">Active</option>
            <option value="new">New</option>
            <option value="open">Open</option>
            <option value="pending">Pending</option>
            <option value="closed">Closed</option>
            <option value="">All</option>
          </select>
          <select aria-label="Assignee" value={f.assignee} onChange={(e) => set({ assignee: e.currentTarget.value })}>
            <option value="">Everyone</option>
            <option value="me">Mine</option>
            <option value="unassigned">Unassigned</option>
          </select>
          <select aria-label="Priority" value={f.priority} onChange={(e) => set({ priority: e.currentTarget.value })}>
            <option value="">Any priority</option>
            <option value="urgent">Urgent</option>
            <option value="high">High</option>
            <option value="medium">Medium</option>
            <option value="low">Low</option>
          </select>
          <select aria-label="Sort by" value={f.sort} onChange={(e) => set({ sort: e.currentTarget.value as Filters['sort'] })}>
            <option value="activity">Latest activity</option>
            <option value="waiting">Longest waiting</option>
            <option value="sla">SLA due first</option>
            <option value="priority">Priority</option>
          </select>
        </div>
        <div class="saved" aria-label="Saved filters">
          {p.saved.map((s) => (
            <span class="chip" key={s.name}>
              <button type="button" onClick={() => p.onFilters(s.filters)}>
                {s.name}
              </button>
              <button type="button" aria-label={`Remove saved filter ${s.name}`} onClick={() => p.onRemoveFilter(s.name)}>
                ×
              </button>
            </span>
          ))}
          <button type="button" class="ghost small" onClick={p.onSaveFilter}>
            Save filter
          </button>
          {JSON.stringify(f) !== JSON.stringify(DEFAULT_FILTERS) && (
            <button type="button" class="ghost small" onClick={() => p.onFilters(DEFAULT_FILTERS)}>
              Reset
            </button>
          )}
        </div>
      </div>
      {p.error && (
        <p class="list-error" role="alert">
          {p.error}
        </p>
      )}
      {p.tickets.length === 0 && !p.error ? (
        <p class="empty">No tickets here.</p>
      ) : (
        <ol class="tickets">
          {p.tickets.map((t, i) => {
            const sla = slaText(t, p.now);
            return (
              <li key={t.id}>
                <button type="button" class={`ticket-row ${t.id === p.selected ? 'selected' : ''} ${i === p.focus ? 'focused' : ''}`} aria-current={t.id === p.selected ? 'true' : undefined} onClick={() => p.onOpen(t.id, i)} data-ticket-id={t.id}>
                  <span class="row-top">
                    <span class="channel" title={channelName(t.sourceChannel)} aria-label={channelName(t.sourceChannel)} role="img">
                      {channelIcon(t.sourceChannel)}
                    </span>
                    <span class="title">{t.title}</span>
                    {(t.unread ?? 0) > 0 && (
                      <span class="unread" aria-label={`${t.unread} unread`}>
                        {t.unread}
                      </span>
                    )}
                  </span>
                  <span class="row-meta">
                    <span>{t.customerName ?? 'Customer'}</span>
                    <span class={`badge status-${t.status}`}>{t.status}</span>
                    <span class={`badge prio-${t.priority}`}>{t.priority}</span>
                    <span class="assignee">{agentName(t.assigneeId)}</span>
                  </span>
                  <span class="row-meta">
                    <time dateTime={t.lastActivityAt}>{ago(t.lastMessageAt ?? t.lastActivityAt, p.now)}</time>
                    {t.waitingSince && <span class="waiting">waiting {duration(p.now - new Date(t.waitingSince).getTime())}</span>}
                    {sla && <span class={`sla sla-${sla.level}`}>{sla.text}</span>}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
