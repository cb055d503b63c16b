/**
 * Where the chat keeps the visitor's token and unsent messages. Standalone:
 * the page's localStorage. In the widget's iframe the page is a third party
 * on the host site, and browsers that block third-party storage refuse it
 * there — so the host page keeps them (the loader, first party, in its own
 * localStorage): it hands the page a snapshot in the iframe's URL fragment
 * (never sent to a server) and stores what the page posts back.
 */
export interface ChatStore {
  get(key: string): string | null;
  set(key: string, value: string | null): void;
}

export const STORE_PREFIX = 'gw-webchat-';

export function localStore(): ChatStore {
  const ls = (): Storage | null => {
    try {
      return window.localStorage;
    } catch {
      return null; // blocked: the chat still works for this page view
    }
  };
  return {
    get: (k) => {
      try {
        return ls()?.getItem(k) ?? null;
      } catch {
        return null;
      }
    },
    set: (k, v) => {
      try {
        if (v === null) ls()?.removeItem(k);
        else ls()?.setItem(k, v);
      } catch {
        /* full or blocked */
      }
    },
  };
}

/** The widget's store: the host page's snapshot (from `#store=`), every change posted to the host page. */
export function embedStore(hash: string = location.hash): ChatStore {
  const values = new Map<string, string>();
  try {
    const raw = new URLSearchParams(hash.replace(/^#/, '')).get('store');
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object') {
      for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) if (k.startsWith(STORE_PREFIX) && typeof v === 'string') values.set(k, v);
    }
  } catch {
    /* no snapshot */
  }
  // Chromium and Safari name the embedding origin; elsewhere the only possible receiver is the parent anyway.
  const parentOrigin = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins?.[0] ?? '*';
  return {
    get: (k) => values.get(k) ?? null,
    set: (k, v) => {
      if (v === null) values.delete(k);
      else values.set(k, v);
      window.parent.postMessage({ type: 'gw-chat:store', key: k, value: v }, parentOrigin);
    },
  };
}
