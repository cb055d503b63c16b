/**
 * The admin console: channels, knowledge, rules, agents and teams, API keys
 * and reports, one section per hash route (admin-router.ts).
 *
 * Sign-in: a staff session (`GET /api/v1/auth/me`) when there is one;
 * otherwise an API key pasted into the form below, kept for this tab only in
 * sessionStorage (`gw.apiKey`, sent by web/shared/api.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, API_KEY_STORAGE } from '../shared/api.js';
import { navigate, SECTIONS, useRoute } from './admin-router.js';
import { errorText } from './admin-hooks.js';
import { Field, Notice } from './admin-ui.js';
import { Channels } from './Channels.js';
import { Knowledge } from './Knowledge.js';
import { Rules } from './Rules.js';
import { People } from './People.js';
import { ApiKeys } from './ApiKeys.js';
import { Reports } from './Reports.js';

interface Me {
  user: { id: string; name?: string; email?: string } | null;
  tenant: { id: string; name: string } | null;
  role: string;
}

type AuthState = { state: 'checking' } | { state: 'signed-out'; reason?: string } | { state: 'signed-in'; me: Me };

/** Who is calling: the session or key's identity, or null when nobody is signed in. */
async function whoAmI(): Promise<Me | null> {
  try {
    return await api<Me>('/auth/me');
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    if (!(e instanceof ApiError) || e.status !== 404) throw e;
  }
  // Without the sign-in API (404), a pasted key is checked against an admin-only endpoint.
  if (!sessionStorage.getItem(API_KEY_STORAGE)) return null;
  try {
    await api('/tenant');
    return { user: null, tenant: null, role: 'admin' };
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    if (e instanceof ApiError && e.status === 403) return { user: null, tenant: null, role: 'not-admin' };
    throw e;
  }
}

export function App() {
  const [auth, setAuth] = useState<AuthState>({ state: 'checking' });
  const check = () => {
    setAuth({ state: 'checking' });
    whoAmI()
      .then((me) => setAuth(me ? { state: 'signed-in', me } : { state: 'signed-out' }))
      .catch((e: unknown) => setAuth({ state: 'signed-out', reason: errorText(e) }));
  };
  useEffect(check, []);

  const signOut = () => {
    const hadKey = sessionStorage.getItem(API_KEY_STORAGE) !== null;
    sessionStorage.removeItem(API_KEY_STORAGE);
    // A staff session ends on the server (best effort: the form shows either way).
    if (!hadKey) void api('/auth/logout', { method: 'POST' }).catch(() => undefined);
    setAuth({ state: 'signed-out' });
  };

  return (
    <div class="shell">
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <h1>Admin console</h1>
        {auth.state === 'signed-in' ? (
          <div class="who">
            <span>{auth.me.tenant?.name ?? 'Signed in with an API key'}</span>
            <button type="button" class="link" onClick={signOut}>
              Sign out
            </button>
          </div>
        ) : null}
      </header>
      {auth.state === 'checking' ? (
        <main id="main">
          <p role="status">Checking your sign-in…</p>
        </main>
      ) : auth.state === 'signed-out' ? (
        <main id="main">
          <SignIn reason={auth.reason} onSignedIn={check} />
        </main>
      ) : auth.me.role !== 'admin' ? (
        <main id="main">
          <p role="alert">The admin console needs an admin. This key or account has the role “{auth.me.role}”.</p>
          <button type="button" onClick={signOut}>
            Use another key
          </button>
        </main>
      ) : (
        <Console />
      )}
    </div>
  );
}

function Console() {
  const { segments } = useRoute();
  const section = `/${segments[0] ?? 'channels'}`;
  useEffect(() => {
    const label = SECTIONS.find((s) => s.path === section)?.label;
    document.title = label ? `${label} · Admin console` : 'Admin console';
  }, [section]);
  return (
    <div class="layout">
      <nav aria-label="Sections" class="side">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.path}>
              <a href={`#${s.path}`} aria-current={section === s.path ? 'page' : undefined}>
                {s.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {section === '/knowledge' ? (
          <Knowledge selected={segments[1] ?? null} />
        ) : section === '/rules' ? (
          <Rules />
        ) : section === '/people' ? (
          <People />
        ) : section === '/keys' ? (
          <ApiKeys />
        ) : section === '/reports' ? (
          <Reports />
        ) : (
          <Channels segments={segments} />
        )}
      </main>
    </div>
  );
}

function SignIn({ reason, onSignedIn }: { reason?: string; onSignedIn(): void }) {
  const [key, setKey] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    const k = key.trim();
    if (!k) return;
    sessionStorage.setItem(API_KEY_STORAGE, k);
    setKey('');
    if (location.hash === '') navigate('/channels');
    onSignedIn();
  };
  return (
    <section class="card signin" aria-labelledby="signin-title">
      <h2 id="signin-title">Sign in</h2>
      <p>
        Staff sign in on the <a href="/login?next=/admin">sign-in page</a>. Or paste an admin API key (<code>gwk_…</code>); it is kept in this tab only.
      </p>
      <form onSubmit={submit}>
        <Field label="Admin API key" name="apiKey" type="password" value={key} onInput={setKey} required autoComplete="off" />
        <button type="submit">Sign in with the key</button>
      </form>
      <Notice message={reason ? { kind: 'error', text: reason } : null} />
    </section>
  );
}
