/**
 * What the workspace keeps in this browser (localStorage): a draft per ticket
 * and composer tab, with the clientMessageId of a send in flight (a retried
 * send is not delivered twice), and the saved list filters.
 */
export interface Draft {
  text: string;
  /** Set on the first send attempt, kept until the send succeeds. */
  clientMessageId?: string;
}

const DRAFT = (ticketId: string, tab: string) => `gw.inbox.draft.${ticketId}.${tab}`;
const FILTERS = 'gw.inbox.savedFilters';

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or disabled: the draft lives only in memory
  }
}

export const loadDraft = (ticketId: string, tab: string): Draft => read<Draft>(DRAFT(ticketId, tab)) ?? { text: '' };
export const saveDraft = (ticketId: string, tab: string, d: Draft): void => write(DRAFT(ticketId, tab), d.text || d.clientMessageId ? d : null);
export const clearDraft = (ticketId: string, tab: string): void => write(DRAFT(ticketId, tab), null);

export interface Filters {
  status: string;
  assignee: string;
  priority: string;
  q: string;
  sort: 'activity' | 'waiting' | 'sla' | 'priority';
}

export const DEFAULT_FILTERS: Filters = { status: 'new,open,pending', assignee: '', priority: '', q: '', sort: 'activity' };

export interface SavedFilter {
  name: string;
  filters: Filters;
}

export const loadSavedFilters = (): SavedFilter[] => read<SavedFilter[]>(FILTERS) ?? [];
export const storeSavedFilters = (list: SavedFilter[]): void => write(FILTERS, list);
