/**
 * The embeddable widget (`/widget.js`), built as one small IIFE by
 * web/vite.widget.config.ts:
 *
 *   <script src="https://<gateway>/widget.js" data-connection="<id>" async></script>
 *
 * adds a launcher button and a panel holding an iframe of `/chat/<id>?embed=1`.
 * The iframe keeps the host page's CSS and scripts away from the chat; the
 * launcher lives in a shadow root for the same reason. The gateway decides
 * where it may appear: the config request is CORS-checked against the
 * connection's allowed origins (nothing is added when it is refused) and the
 * chat page is framed only by those origins.
 */

interface WidgetConfig {
  botName: string;
  color: string;
  position: 'left' | 'right';
}

const CHAT_ICON =
  '<svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>';
const CLOSE_ICON =
  '<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12 19 17.6 17.6 19 12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z"/></svg>';

/** Black or white, whichever reads better on the colour. */
function textOn(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

const css = (side: 'left' | 'right', color: string) => `
:host { all: initial; }
.launcher { position: fixed; box-sizing: border-box; ${side}: max(20px, env(safe-area-inset-${side})); bottom: max(20px, env(safe-area-inset-bottom)); z-index: 2147483000;
  width: 56px; height: 56px; border-radius: 50%; border: 0; cursor: pointer; display: flex; align-items: center; justify-content: center;
  background: ${color}; color: ${textOn(color)}; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.badge { position: absolute; top: -4px; ${side === 'left' ? 'right' : 'left'}: -4px; min-width: 20px; height: 20px; padding: 0 5px; border-radius: 10px;
  background: #b3261e; color: #fff; font: 700 12px/20px system-ui, sans-serif; text-align: center; box-sizing: border-box; }
.badge[hidden] { display: none; }
.launcher:focus-visible { outline: 3px solid ${color}; outline-offset: 3px; }
.panel { position: fixed; ${side}: 20px; bottom: 88px; z-index: 2147483000; width: 380px; height: min(640px, calc(100dvh - 110px));
  border-radius: 12px; overflow: hidden; box-shadow: 0 8px 30px rgba(0,0,0,.3); background: #fff; }
.panel[hidden] { display: none; }
iframe { border: 0; width: 100%; height: 100%; display: block; }
@media (max-width: 480px) {
  .panel { inset: 0; width: 100%; height: 100dvh; border-radius: 0; }
  .launcher[aria-expanded="true"] { display: none; }
}`;

function boot(script: HTMLScriptElement): void {
  const connectionId = script.dataset.connection;
  if (!connectionId) return;
  const origin = new URL(script.src, location.href).origin;
  const base = `${origin}/api/v1/webchat/${encodeURIComponent(connectionId)}`;
  fetch(`${base}/config`, { headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? (r.json() as Promise<WidgetConfig>) : Promise.reject(new Error(String(r.status)))))
    .then((cfg) => mount(origin, connectionId, cfg))
    .catch(() => {
      // Not allowed on this site (CORS refused), or no such chat: the page stays as it is.
    });
}

function mount(origin: string, connectionId: string, cfg: WidgetConfig): void {
  const color = /^#[0-9a-f]{6}$/i.test(cfg.color) ? cfg.color : '#1f5fbf';
  const side = cfg.position === 'left' ? 'left' : 'right';
  const host = document.createElement('div');
  host.setAttribute('data-gateway-chat', connectionId);
  const root = host.attachShadow({ mode: 'open' });
  // A constructed style sheet: applies even under a host CSP that forbids inline <style>.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css(side, color));
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css(side, color);
    root.appendChild(style);
  }

  const panel = document.createElement('div');
  panel.className = 'panel';
  panel.id = 'gw-chat-panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', `Chat with ${cfg.botName}`);

  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.className = 'launcher';
  launcher.setAttribute('aria-controls', panel.id);
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-label', `Open chat with ${cfg.botName}`);
  launcher.innerHTML = CHAT_ICON;

  // The chat's token and unsent messages live here, first party: a third-party iframe may be refused storage.
  const STORE_KEYS = [`gw-webchat-${connectionId}`, `gw-webchat-outbox-${connectionId}`];
  const hostStore = (): Storage | null => {
    try {
      return window.localStorage;
    } catch {
      return null;
    }
  };
  const snapshot = (): string => {
    const values: Record<string, string> = {};
    for (const k of STORE_KEYS) {
      const v = hostStore()?.getItem(k);
      if (v) values[k] = v;
    }
    return `#store=${encodeURIComponent(JSON.stringify(values))}`;
  };

  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.hidden = true;
  badge.setAttribute('aria-hidden', 'true');
  launcher.appendChild(badge);
  let unread = 0;
  const label = (verb: 'Open' | 'Close') =>
    `${verb} chat with ${cfg.botName}${verb === 'Open' && unread > 0 ? ` (${unread} new message${unread > 1 ? 's' : ''})` : ''}`;
  const setUnread = (n: number) => {
    unread = n;
    badge.textContent = String(n);
    badge.hidden = n === 0;
    if (panel.hidden) launcher.setAttribute('aria-label', label('Open'));
  };

  let frame: HTMLIFrameElement | null = null;
  const focusChat = () => frame?.contentWindow?.postMessage({ type: 'gw-chat:focus' }, origin);

  const open = () => {
    if (!frame) {
      // Loaded on first open: no visitor session is created for people who never open the chat.
      frame = document.createElement('iframe');
      frame.title = `Chat with ${cfg.botName}`;
      frame.src = `${origin}/chat/${encodeURIComponent(connectionId)}?embed=1${snapshot()}`;
      frame.setAttribute('allow', 'clipboard-write');
      frame.addEventListener('load', focusChat);
      panel.appendChild(frame);
    }
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    launcher.setAttribute('aria-label', label('Close'));
    launcher.innerHTML = CLOSE_ICON;
    setUnread(0);
    frame.focus();
    focusChat();
  };
  const close = () => {
    if (panel.hidden) return;
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.setAttribute('aria-label', label('Open'));
    launcher.innerHTML = CHAT_ICON;
    launcher.appendChild(badge);
    launcher.focus();
  };

  launcher.addEventListener('click', () => (panel.hidden ? open() : close()));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
  window.addEventListener('message', (e) => {
    if (e.origin !== origin || !frame || e.source !== frame.contentWindow) return;
    const data = e.data as { type?: string; key?: unknown; value?: unknown } | null;
    if (data?.type === 'gw-chat:close') close();
    if (data?.type === 'gw-chat:message' && panel.hidden) setUnread(unread + 1);
    if (data?.type === 'gw-chat:store' && typeof data.key === 'string' && STORE_KEYS.includes(data.key)) {
      try {
        if (typeof data.value === 'string') hostStore()?.setItem(data.key, data.value);
        else hostStore()?.removeItem(data.key);
      } catch {
        /* full or blocked */
      }
    }
  });

  root.append(launcher, panel);
  document.body.appendChild(host);
}

const current = document.currentScript as HTMLScriptElement | null;
const scripts = current ? [current] : Array.from(document.querySelectorAll<HTMLScriptElement>('script[data-connection][src*="widget.js"]'));
for (const s of scripts) {
  if (document.body) boot(s);
  else document.addEventListener('DOMContentLoaded', () => boot(s), { once: true });
}
