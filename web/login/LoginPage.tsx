/**
 * Staff sign-in (`/login?next=/inbox`): email + password → the session cookie,
 * then back to `next` (a path of this site only). Workspaces sharing an email
 * ask which one; too many failures show how long to wait.
 */
import { useEffect, useState } from 'preact/hooks';
import { ApiError, API_KEY_STORAGE } from '../shared/api.js';
import { currentUser, login, safeNext } from '../shared/auth-session.js';

type Tenant = { id: string; name: string };

function messageOf(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 401) return 'Wrong email or password.';
    if (err.status === 429) return 'Too many failed attempts. Wait a few minutes, then try again.';
    if (err.status === 400) return 'Enter your email and password.';
    return err.message;
  }
  return 'The gateway cannot be reached. Check your connection and try again.';
}

export function LoginPage() {
  const next = safeNext(new URLSearchParams(window.location.search).get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [tenants, setTenants] = useState<Tenant[] | null>(null);
  const [tenantId, setTenantId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [useKey, setUseKey] = useState(false);
  const [apiKey, setApiKey] = useState('');

  useEffect(() => {
    // Already signed in: straight on.
    void currentUser()
      .then((me) => me && window.location.replace(next))
      .catch(() => undefined);
  }, []);

  async function submit(e: Event) {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      if (useKey) {
        sessionStorage.setItem(API_KEY_STORAGE, apiKey.trim());
        if (!(await currentUser())) {
          sessionStorage.removeItem(API_KEY_STORAGE);
          throw new ApiError(401, 'unauthorized', 'invalid key');
        }
      } else {
        await login(email.trim(), password, tenantId || undefined);
      }
      window.location.assign(next);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        const choices = (err.details as { tenants?: Tenant[] } | undefined)?.tenants ?? [];
        setTenants(choices);
        setTenantId(choices[0]?.id ?? '');
        setError('This email belongs to several workspaces: choose one.');
      } else {
        setError(useKey && err instanceof ApiError && err.status === 401 ? 'This API key is invalid, revoked or expired.' : messageOf(err));
      }
      setBusy(false);
    }
  }

  return (
    <main class="login">
      <form class="login-card" onSubmit={submit} aria-describedby={error ? 'login-error' : undefined}>
        <h1>Sign in</h1>
        <p class="login-sub">Agent workspace and admin console</p>
        {useKey ? (
          <label>
            API key
            <input type="password" value={apiKey} onInput={(e) => setApiKey(e.currentTarget.value)} autoComplete="off" required placeholder="gwk_…" />
          </label>
        ) : (
          <>
            <label>
              Email
              <input type="email" name="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} autoComplete="username" required autoFocus />
            </label>
            <label>
              Password
              <input type="password" name="password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} autoComplete="current-password" required />
            </label>
            {tenants && (
              <label>
                Workspace
                <select value={tenantId} onChange={(e) => setTenantId(e.currentTarget.value)}>
                  {tenants.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </>
        )}
        {error && (
          <p id="login-error" class="login-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        <button type="button" class="link" onClick={() => (setUseKey(!useKey), setError(null))}>
          {useKey ? 'Sign in with email and password' : 'Use an API key instead'}
        </button>
      </form>
    </main>
  );
}
